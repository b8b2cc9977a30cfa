package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Serving the API under a base path, as scapi's {@code base} allowed.
 */
class BasePathTests {

	private static SoundCloudFake fake;

	private static FakeHttp http;

	@BeforeAll
	static void start() {
		fake = SoundCloudFake.builder().basePath("api/v2/").start();
		http = new FakeHttp(fake);
	}

	@AfterAll
	static void stop() {
		fake.stop();
	}

	@Test
	void baseUrlEndsWithTheNormalisedBasePath() {
		assertThat(fake.baseUrl()).isEqualTo("http://localhost:" + fake.port() + "/api/v2");
		assertThat(fake.tokenUrl()).isEqualTo(fake.baseUrl() + "/oauth/token");
	}

	@Test
	void servesTheApiOnlyUnderTheBasePath() {
		assertThat(http.get("/me").status()).isEqualTo(200);
		String root = "http://localhost:" + fake.port();
		FakeHttp.Response outside = http.getUrl(root + "/me");
		assertThat(outside.status()).isEqualTo(404);
		assertThat(outside.json().get("code").asInt()).isEqualTo(404);
		assertThat(http.getUrl(root + "/api/v2x/me").status()).isEqualTo(404);
	}

	@Test
	void linksKeepTheBasePath() {
		JsonNode page = http.get("/users/soundcloud:users:1007/tracks?limit=2&linked_partitioning=true").ok();
		assertThat(page.get("next_href").stringValue())
			.startsWith(fake.baseUrl() + "/users/soundcloud:users:1007/tracks?");
		assertThat(http.getUrl(page.get("next_href").stringValue()).ok().get("collection").size()).isEqualTo(2);
		assertThat(page.get("collection").get(0).get("uri").stringValue()).startsWith(fake.baseUrl() + "/tracks/");
	}

	@Test
	void recordsPathsWithoutTheBasePath() {
		fake.resetRequests();
		http.get("/tracks/soundcloud%3Atracks%3A200001");
		FakeRequest request = fake.requests().get(0);
		assertThat(request.path()).isEqualTo("/tracks/soundcloud:tracks:200001");
		assertThat(request.url()).isEqualTo("/api/v2/tracks/soundcloud%3Atracks%3A200001");
		assertThat(fake.requestCount("GET", "/tracks/.*")).isEqualTo(1);
	}

	@Test
	void answersTokenRequestsUnderAndOutsideTheBasePath() {
		String form = "grant_type=client_credentials&client_id=fake-client-id&client_secret=fake-client-secret";
		assertThat(http.send("POST", fake.tokenUrl(), null, form).status()).isEqualTo(200);
		assertThat(http.send("POST", "http://localhost:" + fake.port() + "/oauth/token", null, form).status())
			.isEqualTo(200);
	}

}
