package io.github.scapi.soundcloud.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API calls signed with OAuth 1.0a: header and query forms accepted, every failed check
 * refused with its own message, and refusals counted.
 */
class OAuth1SignedRequestTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	private static OAuth1TestSigner user;

	@BeforeAll
	static void signAsTheUser() {
		user = OAuth1TestSigner.consumer(fake.get())
			.withToken(fake.get().oauth1AccessToken(), fake.get().oauth1AccessTokenSecret());
	}

	@Test
	void hasDefaultCredentials() {
		assertThat(fake.get().consumerKey()).isEqualTo("fake-consumer-key");
		assertThat(fake.get().consumerSecret()).isEqualTo("fake-consumer-secret");
		assertThat(fake.get().oauth1AccessToken()).isEqualTo("fake-oauth1-token");
		assertThat(fake.get().oauth1AccessTokenSecret()).isEqualTo("fake-oauth1-token-secret");
	}

	@Test
	void acceptsASignedHeaderWithQueryParameters() {
		String url = fake.get().baseUrl() + "/tracks?q=caf%C3%A9%20bar&limit=3&tags=a,b%20c";
		FakeHttp.Response response = http.send("GET", url, user.authorization("GET", url), null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void acceptsASignedUrlLikeScapisOauthSignGetRequest() {
		String signed = user.signUrl(fake.get().baseUrl() + "/me/tracks?limit=2&linked_partitioning=true");
		FakeHttp.Response response = http.send("GET", signed, null, null);
		assertThat(response.ok().get("collection")).hasSize(2);
		assertThat(fake.get().requests()).singleElement()
			.satisfies((request) -> assertThat(request.oauth1Parameters()).containsKeys("oauth_nonce",
					"oauth_signature", "oauth_timestamp")
				.containsEntry("oauth_token", fake.get().oauth1AccessToken()));
	}

	@Test
	void acceptsPlaintextSignatures() {
		String authorization = "OAuth oauth_consumer_key=\"fake-consumer-key\", oauth_token=\"fake-oauth1-token\", "
				+ "oauth_signature_method=\"PLAINTEXT\", oauth_signature=\"fake-consumer-secret%26fake-oauth1-token-secret\"";
		assertThat(http.get("/me", authorization).status()).isEqualTo(200);
	}

	@Test
	void refusesABadSignatureAndShowsTheBaseString() {
		OAuth1TestSigner wrongSecret = new OAuth1TestSigner(fake.get().consumerKey(), "wrong", fake.get().oauth1AccessToken(),
				fake.get().oauth1AccessTokenSecret());
		String url = fake.get().baseUrl() + "/me";
		FakeHttp.Response response = http.send("GET", url, wrongSecret.authorization("GET", url), null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
		assertThat(response.message()).isEqualTo("invalid_signature");
		assertThat(response.json().get("signature_base_string").stringValue()).startsWith("GET&http%3A%2F%2Flocalhost%3A");
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("OAuth realm=\"SoundCloud\"");
	}

	@Test
	void refusesATamperedSignedUrl() {
		String signed = user.signUrl(fake.get().baseUrl() + "/tracks?limit=2");
		FakeHttp.Response response = http.send("GET", signed.replace("limit=2", "limit=3"), null, null);
		assertThat(response.message()).isEqualTo("invalid_signature");
	}

	@Test
	void refusesAReplayedNonce() {
		String url = fake.get().baseUrl() + "/me";
		String authorization = user.authorization("GET", url);
		assertThat(http.send("GET", url, authorization, null).status()).isEqualTo(200);
		FakeHttp.Response replay = http.send("GET", url, authorization, null);
		assertThat(replay.status()).isEqualTo(401);
		assertThat(replay.message()).isEqualTo("nonce_reused");
		assertThat(fake.get().oauth1RejectionCount()).isEqualTo(1);
		assertThat(fake.get().requests()).extracting((request) -> request.oauth1Parameters().get("oauth_nonce"))
			.containsOnly(fake.get().requests().get(0).oauth1Parameters().get("oauth_nonce"));
	}

	@Test
	void refusesOldAndFutureTimestamps() {
		String url = fake.get().baseUrl() + "/me";
		long now = Instant.now().getEpochSecond();
		for (long timestamp : new long[] { now - 11 * 60, now + 11 * 60 }) {
			FakeHttp.Response response = http.send("GET", url,
					user.authorization("GET", url, null, Map.of("oauth_timestamp", Long.toString(timestamp))), null);
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.message()).isEqualTo("timestamp_out_of_window");
		}
		FakeHttp.Response recent = http.send("GET", url,
				user.authorization("GET", url, null, Map.of("oauth_timestamp", Long.toString(now - 9 * 60))), null);
		assertThat(recent.status()).isEqualTo(200);
		assertThat(fake.get().oauth1RejectionCount()).isEqualTo(2);
	}

	@Test
	void refusesUnknownTokensAndConsumers() {
		String url = fake.get().baseUrl() + "/me";
		FakeHttp.Response unknownToken = http.send("GET", url,
				OAuth1TestSigner.consumer(fake.get()).withToken("nope", "x").authorization("GET", url), null);
		assertThat(unknownToken.message()).isEqualTo("unknown_token");
		FakeHttp.Response unknownConsumer = http.send("GET", url,
				new OAuth1TestSigner("nope", "x", null, "").authorization("GET", url), null);
		assertThat(unknownConsumer.message()).isEqualTo("unknown_consumer");
		FakeHttp.Response noToken = http.send("GET", url, OAuth1TestSigner.consumer(fake.get()).authorization("GET", url),
				null);
		assertThat(noToken.status()).isEqualTo(400);
		assertThat(noToken.message()).isEqualTo("parameter_absent");
		assertThat(fake.get().oauth1RejectionCount()).isEqualTo(3);
	}

	@Test
	void verifiesTheBodyHashOfNonFormBodies() {
		String url = fake.get().requestTokenUrl();
		String json = "{\"title\":\"Hello\"}";
		String hash = Base64.getEncoder().encodeToString(sha1(json));
		OAuth1TestSigner consumer = OAuth1TestSigner.consumer(fake.get());
		FakeHttp.Response good = http.send("POST", url, consumer.authorization("POST", url, null,
				Map.of("oauth_callback", "oob", "oauth_body_hash", hash)), json, "application/json");
		assertThat(good.status()).as(good.body()).isEqualTo(200);
		FakeHttp.Response bad = http.send("POST", url, consumer.authorization("POST", url, null,
				Map.of("oauth_callback", "oob", "oauth_body_hash", hash)), json + " ", "application/json");
		assertThat(bad.message()).isEqualTo("body_hash_invalid");
		FakeHttp.Response onForm = http.send("POST", url, consumer.authorization("POST", url, "a=b",
				Map.of("oauth_callback", "oob", "oauth_body_hash", hash)), "a=b");
		assertThat(onForm.status()).isEqualTo(400);
		assertThat(onForm.message()).isEqualTo("parameter_rejected");
	}

	@Test
	void stillAcceptsOAuth2TokensWithTheSameScheme() {
		assertThat(http.get("/me", "OAuth " + fake.get().accessToken()).status()).isEqualTo(200);
		assertThat(fake.get().oauth1RejectionCount()).isZero();
	}

	private static byte[] sha1(String text) {
		try {
			return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
