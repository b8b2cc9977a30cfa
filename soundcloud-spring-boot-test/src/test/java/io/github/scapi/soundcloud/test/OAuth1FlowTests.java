package io.github.scapi.soundcloud.test;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The OAuth 1.0a three-legged flow, done by hand: request token, authorization, access token,
 * then a signed API call.
 */
class OAuth1FlowTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension(
			SoundCloudFake.builder().basePath("/api").oauth1Consumer("my-key", "my secret&more"));

	private static final FakeHttp http = new FakeHttp(fake);

	private static OAuth1TestSigner consumer;

	@BeforeAll
	static void signAsTheConsumer() {
		consumer = OAuth1TestSigner.consumer(fake.get());
	}

	@Test
	void completesTheFlowWithACallbackUrl() {
		String callback = "http://client.example/done?session=42";
		Map<String, String> requestToken = requestToken("POST", callback);
		assertThat(requestToken).containsEntry("oauth_callback_confirmed", "true").containsKeys("oauth_token_secret");

		FakeHttp.Response approval = http.send("GET",
				fake.get().oauth1AuthorizationUrl() + "?oauth_token=" + requestToken.get("oauth_token"), null, null);
		assertThat(approval.status()).isEqualTo(302);
		assertThat(approval.location()).startsWith(callback + "&oauth_token=" + requestToken.get("oauth_token")
				+ "&oauth_verifier=");
		String verifier = OAuth1TestSigner.parseForm(approval.location().substring(approval.location().indexOf('?') + 1))
			.get("oauth_verifier");

		OAuth1TestSigner signer = consumer.withToken(requestToken.get("oauth_token"),
				requestToken.get("oauth_token_secret"));
		Map<String, String> accessToken = accessToken(signer, Map.of("oauth_verifier", verifier));
		assertThat(accessToken).containsOnlyKeys("oauth_token", "oauth_token_secret");

		OAuth1TestSigner user = consumer.withToken(accessToken.get("oauth_token"), accessToken.get("oauth_token_secret"));
		String me = fake.get().baseUrl() + "/me";
		FakeHttp.Response response = http.send("GET", me, user.authorization("GET", me), null);
		assertThat(response.ok().get("urn").stringValue()).isEqualTo(fake.get().dataset().meUrn());

		FakeHttp.Response reused = http.send("POST", fake.get().accessTokenUrl(),
				signer.authorization("POST", fake.get().accessTokenUrl(), null, Map.of("oauth_verifier", verifier)), null);
		assertThat(reused.status()).isEqualTo(401);
		assertThat(reused.message()).isEqualTo("token_used");
	}

	@Test
	void completesTheOutOfBandFlowLikeScapi() {
		Map<String, String> requestToken = requestToken("GET", "oob");
		OAuth1TestSigner signer = consumer.withToken(requestToken.get("oauth_token"),
				requestToken.get("oauth_token_secret"));
		FakeHttp.Response early = http.send("GET", fake.get().accessTokenUrl(),
				signer.authorization("GET", fake.get().accessTokenUrl(), null, Map.of("oauth_verifier", "guess")), null);
		assertThat(early.status()).isEqualTo(401);
		assertThat(early.message()).isEqualTo("token_not_authorized");

		String verifier = fake.get().authorizeRequestToken(requestToken.get("oauth_token"));
		FakeHttp.Response page = http.send("GET",
				fake.get().oauth1AuthorizationUrl() + "?oauth_token=" + requestToken.get("oauth_token"), null, null);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<code id=\"oauth_verifier\">" + verifier + "</code>");

		FakeHttp.Response wrong = http.send("GET", fake.get().accessTokenUrl(),
				signer.authorization("GET", fake.get().accessTokenUrl(), null, Map.of("oauth_verifier", "wrong")), null);
		assertThat(wrong.message()).isEqualTo("invalid_verifier");
		FakeHttp.Response missing = http.send("GET", fake.get().accessTokenUrl(),
				signer.authorization("GET", fake.get().accessTokenUrl()), null);
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.message()).isEqualTo("invalid_verifier");

		// scapi sent its default oauth_callback=oob along with the verifier
		Map<String, String> accessToken = accessToken(signer, Map.of("oauth_verifier", verifier, "oauth_callback", "oob"));
		OAuth1TestSigner user = consumer.withToken(accessToken.get("oauth_token"), accessToken.get("oauth_token_secret"));
		assertThat(http.send("GET", user.signUrl(fake.get().baseUrl() + "/me/tracks?limit=2"), null, null).status())
			.isEqualTo(200);
		assertThatIllegalArgumentException().isThrownBy(() -> fake.get().authorizeRequestToken(requestToken.get("oauth_token")))
			.withMessageContaining("token_used");
	}

	@Test
	void acceptsProtocolParametersInAFormBody() {
		String url = fake.get().requestTokenUrl();
		String body = "extra=x+y&" + OAuth1TestSigner.formEncode(consumer.sign("POST", url, "extra=x+y",
				Map.of("oauth_callback", "oob")));
		FakeHttp.Response response = http.send("POST", url, null, body);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/x-www-form-urlencoded");
	}

	@Test
	void servesTheFlowOutsideTheBasePathToo() {
		String url = fake.get().wireMock().baseUrl() + "/oauth/request_token";
		FakeHttp.Response response = http.send("GET", url,
				consumer.authorization("GET", url, null, Map.of("oauth_callback", "oob")), null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void refusesRequestTokensWithoutACallbackOrSignedWithAToken() {
		String url = fake.get().requestTokenUrl();
		FakeHttp.Response noCallback = http.send("GET", url, consumer.authorization("GET", url), null);
		assertThat(noCallback.status()).isEqualTo(400);
		assertThat(noCallback.message()).isEqualTo("parameter_absent");
		FakeHttp.Response badCallback = http.send("GET", url,
				consumer.authorization("GET", url, null, Map.of("oauth_callback", "javascript:alert(1)")), null);
		assertThat(badCallback.message()).isEqualTo("parameter_rejected");
		FakeHttp.Response withToken = http.send("GET", url, consumer.withToken(fake.get().oauth1AccessToken(),
				fake.get().oauth1AccessTokenSecret()).authorization("GET", url, null, Map.of("oauth_callback", "oob")), null);
		assertThat(withToken.message()).isEqualTo("parameter_rejected");
		FakeHttp.Response unknown = http.send("GET", fake.get().oauth1AuthorizationUrl() + "?oauth_token=nope", null, null);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.message()).isEqualTo("unknown_token");
	}

	private static Map<String, String> requestToken(String method, String callback) {
		String url = fake.get().requestTokenUrl();
		FakeHttp.Response response = http.send(method, url,
				consumer.authorization(method, url, null, Map.of("oauth_callback", callback)), null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/x-www-form-urlencoded");
		return OAuth1TestSigner.parseForm(response.body());
	}

	private static Map<String, String> accessToken(OAuth1TestSigner signer, Map<String, String> parameters) {
		String url = fake.get().accessTokenUrl();
		FakeHttp.Response response = http.send("POST", url, signer.authorization("POST", url, null, parameters), null);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return OAuth1TestSigner.parseForm(response.body());
	}

}
