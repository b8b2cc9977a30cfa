package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class OAuth1AuthenticatorTests {

	private static final OAuth1Credentials CREDENTIALS = new OAuth1Credentials("consumer-key-1", "consumer-secret-2",
			"access-token-3", "token-secret-4");

	private final OAuth1Authenticator authenticator = new OAuth1Authenticator(CREDENTIALS);

	@Test
	void signsEveryCallWithAFreshNonce() {
		TestRequest first = new TestRequest(HttpMethod.GET, "https://api.soundcloud.com/me");
		TestRequest second = new TestRequest(HttpMethod.GET, "https://api.soundcloud.com/me");
		this.authenticator.authenticate(first);
		this.authenticator.authenticate(second);
		Map<String, String> one = AuthorizationHeaders.parse(first.header());
		Map<String, String> two = AuthorizationHeaders.parse(second.header());
		assertThat(one.get("oauth_nonce")).isNotEqualTo(two.get("oauth_nonce"));
		assertThat(one).containsEntry("oauth_consumer_key", "consumer-key-1")
			.containsEntry("oauth_token", "access-token-3")
			.containsEntry("oauth_signature_method", "HMAC-SHA1")
			.containsEntry("oauth_version", "1.0");
		assertThat(OAuth1SignerTests.verifies(first.header(), HttpMethod.GET, "https://api.soundcloud.com/me", null,
				CREDENTIALS))
			.isTrue();
	}

	@Test
	void tokensThatCannotBeSentAsTheyArePercentEncodedIntoAValidHeader() {
		// unlike OAuth 2.1's "OAuth <token>", every OAuth 1.0a value is percent-encoded into
		// the header (RFC 5849 §3.5.1), so no token can make the header invalid
		OAuth1Credentials odd = new OAuth1Credentials("ck\u0007", "cs", "tok\r\n€n", "ts\u0000");
		TestRequest request = new TestRequest(HttpMethod.GET, "https://api.soundcloud.com/me");
		new OAuth1Authenticator(odd).authenticate(request);
		assertThat(request.header()).contains("oauth_token=\"tok%0D%0A%E2%82%ACn\"")
			.contains("oauth_consumer_key=\"ck%07\"");
		assertThat(request.header().chars()).allMatch((c) -> c >= 0x20 && c <= 0x7e);
		assertThat(OAuth1SignerTests.verifies(request.header(), HttpMethod.GET, "https://api.soundcloud.com/me", null,
				odd))
			.isTrue();
	}

	@Test
	void signsAgainForEachHopReplacingTheOldHeader() {
		TestRequest request = new TestRequest(HttpMethod.GET, "https://api.soundcloud.com/resolve?url=x");
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, "OAuth stale");
		this.authenticator.authenticate(request);
		assertThat(request.getHeaders().get(HttpHeaders.AUTHORIZATION)).hasSize(1);
		assertThat(request.header()).isNotEqualTo("OAuth stale");
	}

	@Test
	void signsFormParametersFromTheRequestAttribute() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("comment[body]", "nice & loud");
		form.add("comment[timestamp]", "1200");
		TestRequest request = new TestRequest(HttpMethod.POST, "https://api.soundcloud.com/tracks/1/comments");
		request.getAttributes().put(SoundCloudAuthenticator.FORM_PARAMETERS_ATTRIBUTE, form);
		this.authenticator.authenticate(request);
		assertThat(OAuth1SignerTests.verifies(request.header(), HttpMethod.POST,
				"https://api.soundcloud.com/tracks/1/comments", form, CREDENTIALS))
			.isTrue();
		assertThat(OAuth1SignerTests.verifies(request.header(), HttpMethod.POST,
				"https://api.soundcloud.com/tracks/1/comments", null, CREDENTIALS))
			.isFalse();
	}

	@Test
	void signsLikeSignpostForAFormRequest() throws Exception {
		OAuth1Authenticator fixed = new OAuth1Authenticator(CREDENTIALS,
				new OAuth1Signer().withNonceSource(() -> "n0nce"));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("track[title]", "a b+c");
		TestRequest request = new TestRequest(HttpMethod.PUT, "https://api.soundcloud.com/tracks/7?x=%2F");
		request.getAttributes().put(SoundCloudAuthenticator.FORM_PARAMETERS_ATTRIBUTE, form);
		fixed.authenticate(request);
		Map<String, String> header = AuthorizationHeaders.parse(request.header());
		SignpostOracle.Result signpost = SignpostOracle.sign("PUT", "https://api.soundcloud.com/tracks/7?x=%2F",
				"track%5Btitle%5D=a+b%2Bc", CREDENTIALS, "n0nce", Long.parseLong(header.get("oauth_timestamp")),
				Map.of(), false);
		assertThat(header.get("oauth_signature")).isEqualTo(signpost.signature());
	}

	@Test
	void signsUrlsWithItsCredentials() {
		URI signed = this.authenticator.signUrl(HttpMethod.GET, URI.create("https://api.soundcloud.com/tracks/1/stream"));
		assertThat(signed.getRawQuery()).contains("oauth_consumer_key=consumer-key-1", "oauth_token=access-token-3",
				"oauth_signature=");
	}

	@Test
	void isOAuth1AndKeepsSecretsOutOfToString() {
		assertThat(this.authenticator.type()).isEqualTo(SoundCloudAuthType.OAUTH1);
		assertThat(this.authenticator.getConsumerKey()).isEqualTo("consumer-key-1");
		assertThat(this.authenticator.toString()).contains("consumer-key-1", "token=present")
			.doesNotContain("consumer-secret-2", "access-token-3", "token-secret-4");
		assertThat(CREDENTIALS.toString()).contains("consumer-key-1")
			.doesNotContain("consumer-secret-2", "access-token-3", "token-secret-4");
	}

	private static final class TestRequest implements HttpRequest {

		private final HttpMethod method;

		private final URI uri;

		private final HttpHeaders headers = new HttpHeaders();

		private final Map<String, Object> attributes = new HashMap<>();

		TestRequest(HttpMethod method, String uri) {
			this.method = method;
			this.uri = URI.create(uri);
		}

		String header() {
			return this.headers.getFirst(HttpHeaders.AUTHORIZATION);
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		public Map<String, Object> getAttributes() {
			return this.attributes;
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

	}

}
