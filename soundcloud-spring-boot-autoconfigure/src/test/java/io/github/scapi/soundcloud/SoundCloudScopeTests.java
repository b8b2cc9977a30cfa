package io.github.scapi.soundcloud;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.model.Group;
import io.github.scapi.soundcloud.model.Track;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SoundCloudScopeTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
		server.stubFor(any(anyUrl()).willReturn(okJson("{\"collection\":[{\"urn\":\"soundcloud:tracks:1\"}]}")));
	}

	private SoundCloudConnector connector(boolean collapse) {
		return SoundCloudConnector.builder().baseUrl("http://localhost:" + server.port()).collapseScope(collapse).build();
	}

	@Test
	void collapsedScopesAddressTheInnermostResource() {
		SoundCloudScope track = connector(true).scope("users", "1001").scope("tracks", "5");
		assertThat(track.describe("comments")).isEqualTo("/tracks/5/comments");
		track.list("comments", Track.class, Pageable.unpaged());
		assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).startsWith("/tracks/5/comments?");
	}

	@Test
	void uncollapsedScopesKeepTheirParents() {
		SoundCloudScope track = connector(false).scope("users", "1001").scope("tracks", "5");
		assertThat(track.describe("comments")).isEqualTo("/users/1001/tracks/5/comments");
	}

	@Test
	void readsAResourceOfAnyType() {
		server.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":42,\"kind\":\"group\",\"name\":\"Field recordings\"}")));
		assertThat(connector(true).scope("groups", "42").get(Group.class)).get()
			.extracting(Group::name)
			.isEqualTo("Field recordings");
	}

	@Test
	void sendsRailsFormsForLegacyWrites() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
		connector(true).scope("tracks", "5")
			.send(HttpMethod.PUT, "permissions", "permissions", Map.of("user_id", List.of(1001, 1002)), Void.class);
		var request = server.getAllServeEvents().get(0).getRequest();
		assertThat(request.getUrl()).isEqualTo("/tracks/5/permissions");
		assertThat(request.getBodyAsString())
			.isEqualTo("permissions%5Buser_id%5D%5B%5D=1001&permissions%5Buser_id%5D%5B%5D=1002");
	}

	@Test
	void rejectsDotSegmentsAsIdsBeforeAnyRequest() {
		SoundCloudConnector connector = connector(false);
		for (String id : List.of(".", "..", " .. ", "\t.\n")) {
			assertThatIllegalArgumentException().isThrownBy(() -> connector.scope("users", id).get(Group.class))
				.withMessageContaining("'.' or '..'");
			assertThatIllegalArgumentException()
				.isThrownBy(() -> connector.scope("users", "1001").scope("tracks", id).list("comments", Track.class,
						Pageable.unpaged()))
				.withMessageContaining("'.' or '..'");
		}
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void keepsIdsThatOnlyContainDots() {
		connector(true).scope("users", "...").get(Group.class);
		connector(true).scope("users", "a..b").get(Group.class);
		assertThat(server.getAllServeEvents()).extracting((event) -> event.getRequest().getUrl())
			.containsExactlyInAnyOrder("/users/...", "/users/a..b");
	}

	@Test
	void rejectsCollectionNamesThatAreNotPathSegments() {
		assertThatIllegalArgumentException().isThrownBy(() -> connector(true).scope("users/../admin", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> connector(true).scope("users", " "));
	}

}
