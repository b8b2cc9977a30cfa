package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Authorization: OAuth <token>} on API endpoints, and 405 for other methods.
 */
class AuthenticationTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension(
			SoundCloudFake.builder().accessToken("static-token"));

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void acceptsTheStaticTokenWithTheOAuthScheme() {
		assertThat(fake.get().accessToken()).isEqualTo("static-token");
		assertThat(http.get("/me", "OAuth static-token").status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Bearer static-token", "OAuth wrong-token", "OAuth", "static-token",
			"Basic c3RhdGljLXRva2VuOg==" })
	void rejectsRequestsWithoutAKnownOAuthToken(String authorization) {
		FakeHttp.Response response = http.get("/tracks", authorization.isEmpty() ? null : authorization);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
		JsonNode body = response.json();
		assertThat(body.get("code").asInt()).isEqualTo(401);
		assertThat(body.get("message").stringValue()).isEqualTo("401 - Unauthorized");
		assertThat(body.get("errors").get(0).get("error_message").stringValue()).isEqualTo("401 - Unauthorized");
		assertThat(body.has("link")).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "POST, /tracks", "PUT, /tracks/200001", "DELETE, /playlists/700001", "POST, /likes/tracks/200002",
			"PUT, /me/followings/1002", "POST, /tracks/200002/comments", "GET, /tracks/200002/streams",
			"GET, /resolve?url=https://soundcloud.com/scapi-fan", "GET, /groups", "POST, /sign-out" })
	void refusesEveryEndpointWithoutCredentials(String method, String path) {
		FakeHttp.Response response = http.send(method, fake.get().baseUrl() + path, null, "");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("code").asInt()).isEqualTo(401);
	}

	@Test
	void rejectsOtherMethodsWith405() {
		for (String method : new String[] { "POST", "PUT", "DELETE", "PATCH" }) {
			FakeHttp.Response response = http.send(method, fake.get().baseUrl() + "/me", "OAuth static-token", "");
			assertThat(response.status()).as(method).isEqualTo(405);
			assertThat(response.json().get("code").asInt()).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		}
		FakeHttp.Response patch = http.send("PATCH", fake.get().baseUrl() + "/tracks/200001", "OAuth static-token", "");
		assertThat(patch.headers().firstValue("Allow")).hasValue("GET, PUT, DELETE");
		assertThat(http.send("GET", fake.get().tokenUrl(), null, null).status()).isEqualTo(405);
	}

	@Test
	void canRunWithoutAuthentication() {
		try (SoundCloudFake open = SoundCloudFake.builder().requireAuthentication(false).start()) {
			FakeHttp.Response response = new FakeHttp(open).get("/me", null);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.json().get("urn").stringValue()).isEqualTo(open.dataset().meUrn());
		}
	}

}
