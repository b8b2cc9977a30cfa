package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serving the API under a base path, as scapi's {@code base} allowed.
 */
class BasePathTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension(
			SoundCloudFake.builder().basePath("api/v2/"));

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void baseUrlEndsWithTheNormalisedBasePath() {
		assertThat(fake.get().baseUrl()).isEqualTo("http://localhost:" + fake.get().port() + "/api/v2");
		assertThat(fake.get().tokenUrl()).isEqualTo(fake.get().baseUrl() + "/oauth/token");
	}

	@Test
	void servesTheApiOnlyUnderTheBasePath() {
		assertThat(http.get("/me").status()).isEqualTo(200);
		String root = "http://localhost:" + fake.get().port();
		FakeHttp.Response outside = http.getUrl(root + "/me");
		assertThat(outside.status()).isEqualTo(404);
		assertThat(outside.json().get("code").asInt()).isEqualTo(404);
		assertThat(http.getUrl(root + "/api/v2x/me").status()).isEqualTo(404);
	}

	@Test
	void linksKeepTheBasePath() {
		JsonNode page = http.get("/users/soundcloud:users:1007/tracks?limit=2&linked_partitioning=true").ok();
		assertThat(page.get("next_href").stringValue())
			.startsWith(fake.get().baseUrl() + "/users/soundcloud:users:1007/tracks?");
		assertThat(http.getUrl(page.get("next_href").stringValue()).ok().get("collection").size()).isEqualTo(2);
		assertThat(page.get("collection").get(0).get("uri").stringValue()).startsWith(fake.get().baseUrl() + "/tracks/");
	}

	@Test
	void recordsPathsWithoutTheBasePath() {
		fake.get().resetRequests();
		http.get("/tracks/soundcloud%3Atracks%3A200001");
		FakeRequest request = fake.get().requests().get(0);
		assertThat(request.path()).isEqualTo("/tracks/soundcloud:tracks:200001");
		assertThat(request.url()).isEqualTo("/api/v2/tracks/soundcloud%3Atracks%3A200001");
		assertThat(fake.get().requestCount("GET", "/tracks/.*")).isEqualTo(1);
	}

	@Test
	void answersTokenRequestsUnderAndOutsideTheBasePath() {
		String form = "grant_type=client_credentials&client_id=fake-client-id&client_secret=fake-client-secret";
		assertThat(http.send("POST", fake.get().tokenUrl(), null, form).status()).isEqualTo(200);
		assertThat(http.send("POST", "http://localhost:" + fake.get().port() + "/oauth/token", null, form).status())
			.isEqualTo(200);
	}

}
