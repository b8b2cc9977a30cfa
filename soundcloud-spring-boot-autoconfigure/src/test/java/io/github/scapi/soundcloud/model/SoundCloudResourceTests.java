package io.github.scapi.soundcloud.model;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SoundCloudResource}.
 *
 * @author scapi contributors
 */
class SoundCloudResourceTests {

	@Test
	void permitsExactlyTheFourAddressableRecords() {
		assertThat(SoundCloudResource.class.isSealed()).isTrue();
		assertThat(SoundCloudResource.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Track.class,
				User.class, Playlist.class, Comment.class);
	}

	@Test
	void exposesUrnAndKindOfEveryResource() {
		Map<String, Class<? extends SoundCloudResource>> fixtures = Map.of("track.json", Track.class, "user.json",
				User.class, "playlist-with-tracks.json", Playlist.class, "comment.json", Comment.class);
		Map<Class<?>, String> kinds = Map.of(Track.class, "track", User.class, "user", Playlist.class, "playlist",
				Comment.class, "comment");
		fixtures.forEach((fixture, type) -> {
			SoundCloudResource resource = ModelFixtures.read(fixture, type);
			assertThat(resource.kind()).isEqualTo(kinds.get(type));
			assertThat(resource.urn()).startsWith("soundcloud:" + kinds.get(type) + "s:");
		});
	}

	@Test
	void writesResourceTheSameWhateverTheDeclaredType() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Track track = mapper.readValue(ModelFixtures.json("track.json"), Track.class);
		SoundCloudResource resource = track;
		assertThat(mapper.writeValueAsString(resource)).isEqualTo(mapper.writeValueAsString(track));
	}

	@Test
	void describesResourceByItsOwnSummary() {
		SoundCloudResource resource = ModelFixtures.read("comment.json", Comment.class);
		assertThat(resource.toString()).startsWith("Comment[urn=soundcloud:comments:2049911738");
	}

}
