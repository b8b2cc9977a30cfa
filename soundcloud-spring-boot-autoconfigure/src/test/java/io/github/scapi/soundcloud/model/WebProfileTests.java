package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link WebProfile}.
 *
 * @author scapi contributors
 */
class WebProfileTests {

	private static final TypeReference<List<WebProfile>> LIST = new TypeReference<>() {
	};

	@Test
	void mapsWebProfilesOfUser() {
		List<WebProfile> profiles = ModelFixtures.plainMapper().readValue(ModelFixtures.json("web-profiles.json"), LIST);
		assertThat(profiles).hasSize(2);
		WebProfile instagram = profiles.get(0);
		assertThat(instagram.id()).isEqualTo(94810233L);
		assertThat(instagram.urn()).isEqualTo("soundcloud:web-profiles:94810233");
		assertThat(instagram.kind()).isEqualTo("web-profile");
		assertThat(instagram.service()).isEqualTo("instagram");
		assertThat(instagram.title()).isEqualTo("Instagram");
		assertThat(instagram.url()).isEqualTo("https://www.instagram.com/mira.kos.music");
		assertThat(instagram.username()).isEqualTo("mira.kos.music");
		assertThat(instagram.createdAt()).isEqualTo(Instant.parse("2016-04-11T09:31:07Z"));
		assertThat(instagram.extra()).isEmpty();
		WebProfile site = profiles.get(1);
		assertThat(site.service()).isEqualTo("personal");
		assertThat(site.username()).isNull();
		assertThat(site.createdAt()).isEqualTo(Instant.parse("2019-02-27T15:04:44Z"));
	}

	@Test
	void readsWebProfilesBackUnchangedAfterWritingThem() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		List<WebProfile> profiles = mapper.readValue(ModelFixtures.json("web-profiles.json"), LIST);
		assertThat(mapper.readValue(mapper.writeValueAsString(profiles), LIST)).isEqualTo(profiles);
	}

	@Test
	void toStringOfWebProfileLeavesTheAddressOut() {
		WebProfile instagram = ModelFixtures.plainMapper()
			.readValue(ModelFixtures.json("web-profiles.json"), LIST)
			.get(0);
		assertThat(instagram).hasToString("WebProfile[urn=soundcloud:web-profiles:94810233, id=94810233, "
				+ "service=instagram, username=mira.kos.music]");
	}

}
