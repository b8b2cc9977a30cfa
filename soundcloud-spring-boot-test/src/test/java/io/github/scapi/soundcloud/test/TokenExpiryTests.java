package io.github.scapi.soundcloud.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expiring access tokens and the refresh tokens that renew them.
 */
class TokenExpiryTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void expiredTokensGet401UntilRefreshed() {
		JsonNode token = post("grant_type=client_credentials").ok();
		String accessToken = token.get("access_token").stringValue();
		assertThat(http.get("/me", "OAuth " + accessToken).status()).isEqualTo(200);

		fake.get().expireAccessTokens();
		FakeHttp.Response expired = http.get("/me", "OAuth " + accessToken);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(expired.message()).isEqualTo("401 - Unauthorized");
		assertThat(http.get("/me", "OAuth " + fake.get().accessToken()).status()).isEqualTo(200);

		JsonNode renewed = post("grant_type=refresh_token&refresh_token=" + token.get("refresh_token").stringValue())
			.ok();
		assertThat(http.get("/me", "OAuth " + renewed.get("access_token").stringValue()).status()).isEqualTo(200);
	}

	@Test
	void expiresTokensAfterTheirLifetime() throws InterruptedException {
		try (SoundCloudFake shortLived = SoundCloudFake.builder()
			.accessTokenLifetime(Duration.ofMillis(300))
			.start()) {
			FakeHttp client = new FakeHttp(shortLived);
			JsonNode token = client.send("POST", shortLived.tokenUrl(), basic(shortLived), "grant_type=client_credentials")
				.ok();
			assertThat(token.get("expires_in").asLong()).isEqualTo(1);
			String authorization = "OAuth " + token.get("access_token").stringValue();
			assertThat(client.get("/me", authorization).status()).isEqualTo(200);
			Thread.sleep(350);
			assertThat(client.get("/me", authorization).status()).isEqualTo(401);
		}
	}

	@Test
	void signOutRevokesTheIssuedTokenItCarries() {
		String accessToken = post("grant_type=client_credentials").ok().get("access_token").stringValue();
		FakeHttp.Response signOut = http.send("POST", fake.get().baseUrl() + "/sign-out", "OAuth " + accessToken, null);
		assertThat(signOut.ok().get("status").stringValue()).isEqualTo("200 - OK");
		assertThat(http.get("/me", "OAuth " + accessToken).status()).isEqualTo(401);
		assertThat(http.send("POST", fake.get().baseUrl() + "/sign-out", "OAuth " + fake.get().accessToken(), null).status())
			.isEqualTo(200);
		assertThat(http.get("/me", "OAuth " + fake.get().accessToken()).status()).isEqualTo(200);
	}

	@Test
	void issuesRefreshTokensForHeadlessSetUps() {
		String refreshToken = fake.get().issueRefreshToken();
		FakeHttp.Response first = post("grant_type=refresh_token&refresh_token=" + refreshToken);
		assertThat(http.get("/me", "OAuth " + first.ok().get("access_token").stringValue()).status()).isEqualTo(200);
		assertThat(post("grant_type=refresh_token&refresh_token=" + refreshToken).status()).isEqualTo(400);
		assertThat(fake.get().issueRefreshToken()).isNotEqualTo(refreshToken);
	}

	private static FakeHttp.Response post(String body) {
		return http.send("POST", fake.get().tokenUrl(), basic(fake.get()), body);
	}

	private static String basic(SoundCloudFake fake) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((fake.clientId() + ":" + fake.clientSecret()).getBytes(StandardCharsets.UTF_8));
	}

}
