package io.github.scapi.soundcloud.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /oauth/token}: client credentials by HTTP Basic or form, issued tokens, refresh.
 */
class TokenEndpointTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension(
			SoundCloudFake.builder().clientId("my-id").clientSecret("my-secret"));

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void issuesATokenForBasicCredentials() {
		FakeHttp.Response response = http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"),
				"grant_type=client_credentials");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
		JsonNode token = response.json();
		assertThat(token.get("access_token").stringValue()).isNotBlank().isNotEqualTo(fake.get().accessToken());
		assertThat(token.get("token_type").stringValue()).isEqualTo("bearer");
		assertThat(token.get("expires_in").asInt()).isEqualTo(3600);
		assertThat(token.get("scope").stringValue()).isEmpty();
		assertThat(token.get("refresh_token").stringValue()).isNotBlank();
		assertThat(http.get("/me", "OAuth " + token.get("access_token").stringValue()).status()).isEqualTo(200);
	}

	@Test
	void issuesATokenForFormCredentials() {
		JsonNode token = http.send("POST", fake.get().tokenUrl(), null,
				"grant_type=client_credentials&client_id=my-id&client_secret=my-secret").ok();
		String authorization = "OAuth " + token.get("access_token").stringValue();
		assertThat(http.get("/tracks?limit=1", authorization).status()).isEqualTo(200);
	}

	@Test
	void issuesADifferentTokenEachTime() {
		String first = clientCredentials().get("access_token").stringValue();
		String second = clientCredentials().get("access_token").stringValue();
		assertThat(first).isNotEqualTo(second);
		assertThat(http.get("/me", "OAuth " + first).status()).isEqualTo(200);
		assertThat(http.get("/me", "OAuth " + second).status()).isEqualTo(200);
	}

	@Test
	void countsTokenRequests() {
		clientCredentials();
		clientCredentials();
		http.get("/me");
		assertThat(fake.get().tokenRequestCount()).isEqualTo(2);
		assertThat(fake.get().requestCount("POST", "/oauth/token")).isEqualTo(2);
		assertThat(fake.get().requestCount()).isEqualTo(3);
	}

	@Test
	void rejectsUnknownClients() {
		FakeHttp.Response response = http.send("POST", fake.get().tokenUrl(), basic("my-id", "wrong"),
				"grant_type=client_credentials");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("message").stringValue()).isEqualTo("invalid_client");
		assertThat(http.send("POST", fake.get().tokenUrl(), null, "grant_type=client_credentials").status()).isEqualTo(401);
	}

	@Test
	void rejectsUnsupportedGrants() {
		FakeHttp.Response response = http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"),
				"grant_type=password&username=a&password=b");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").stringValue()).isEqualTo("unsupported_grant_type");
		assertThat(response.json().get("error").stringValue()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void rotatesRefreshTokens() {
		String refreshToken = clientCredentials().get("refresh_token").stringValue();
		String body = "grant_type=refresh_token&refresh_token=" + refreshToken;
		JsonNode refreshed = http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"), body).ok();
		String next = refreshed.get("refresh_token").stringValue();
		assertThat(next).isNotEqualTo(refreshToken);
		assertThat(http.get("/me", "OAuth " + refreshed.get("access_token").stringValue()).status()).isEqualTo(200);
		FakeHttp.Response reused = http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"), body);
		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.json().get("message").stringValue()).isEqualTo("invalid_grant");
		assertThat(reused.json().get("error").stringValue()).isEqualTo("invalid_grant");
		JsonNode again = http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"),
				"grant_type=refresh_token&refresh_token=" + next).ok();
		assertThat(again.get("refresh_token").stringValue()).isNotIn(refreshToken, next);
	}

	@Test
	void countsTokenRequestsByGrantType() {
		String refreshToken = clientCredentials().get("refresh_token").stringValue();
		clientCredentials();
		http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"), "grant_type=refresh_token&refresh_token="
				+ refreshToken);
		assertThat(fake.get().tokenRequestCount("client_credentials")).isEqualTo(2);
		assertThat(fake.get().tokenRequestCount("refresh_token")).isEqualTo(1);
		assertThat(fake.get().tokenRequestCount("authorization_code")).isZero();
		assertThat(fake.get().tokenRequestCount()).isEqualTo(3);
	}

	@Test
	void answersSpringSecuritysTokenClient() {
		try (SoundCloudFake special = SoundCloudFake.builder().clientId("my client").clientSecret("s3cr&t:+/=").start()) {
			String basic = basic(URLEncoder.encode("my client", StandardCharsets.UTF_8),
					URLEncoder.encode("s3cr&t:+/=", StandardCharsets.UTF_8));
			String refreshToken = special.issueRefreshToken();
			FakeHttp.Response response = http.send("POST", special.tokenUrl(), basic,
					"grant_type=refresh_token&refresh_token=" + refreshToken,
					"application/x-www-form-urlencoded;charset=UTF-8", "Accept", "application/json;charset=UTF-8");
			JsonNode token = response.ok();
			assertThat(token.properties()).extracting(Map.Entry::getKey)
				.containsExactly("access_token", "token_type", "expires_in", "scope", "refresh_token");
			assertThat(token.get("expires_in").isNumber()).isTrue();
			assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
			assertThat(http.send("POST", special.tokenUrl(), basic, "grant_type=refresh_token&refresh_token="
					+ refreshToken).json().get("error").stringValue()).isEqualTo("invalid_grant");
		}
	}

	@Test
	void reportsAConfiguredLifetime() {
		try (SoundCloudFake shortLived = SoundCloudFake.builder().accessTokenLifetime(Duration.ofSeconds(90)).start()) {
			JsonNode token = http.send("POST", shortLived.tokenUrl(),
					basic(shortLived.clientId(), shortLived.clientSecret()), "grant_type=client_credentials").ok();
			assertThat(token.get("expires_in").asLong()).isEqualTo(90);
			assertThat(shortLived.accessTokenLifetime()).isEqualTo(Duration.ofSeconds(90));
		}
	}

	@Test
	void requiresTheSecretForClientCredentials() {
		FakeHttp.Response response = http.send("POST", fake.get().tokenUrl(), null,
				"grant_type=client_credentials&client_id=my-id");
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("error").stringValue()).isEqualTo("invalid_client");
	}

	private static JsonNode clientCredentials() {
		return http.send("POST", fake.get().tokenUrl(), basic("my-id", "my-secret"), "grant_type=client_credentials").ok();
	}

	private static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
