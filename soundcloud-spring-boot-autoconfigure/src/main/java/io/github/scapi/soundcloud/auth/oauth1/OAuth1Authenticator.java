package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.util.Assert;
import org.springframework.util.MultiValueMap;

/**
 * Signs each request with OAuth 1.0a and sends the result as the {@code Authorization}
 * header, as scapi's {@code OAuthAuthenticator} did. Every call signs afresh with a new
 * nonce and timestamp, so a request that is retried or follows a redirect carries a
 * signature for its own URL.
 *
 * <p>The parameters of an {@code application/x-www-form-urlencoded} body are signed when
 * the connector provides them in the request attribute
 * {@link SoundCloudAuthenticator#FORM_PARAMETERS_ATTRIBUTE}; other bodies are not part of
 * the signature.
 *
 * @author scapi contributors
 */
public final class OAuth1Authenticator implements SoundCloudAuthenticator {

	private final OAuth1Credentials credentials;

	private final OAuth1Signer signer;

	/**
	 * Create an authenticator that signs with HMAC-SHA1.
	 * @param credentials the consumer key and secret and, usually, an access token
	 */
	public OAuth1Authenticator(OAuth1Credentials credentials) {
		this(credentials, new OAuth1Signer());
	}

	/**
	 * Create an authenticator that signs with the given signer.
	 * @param credentials the consumer key and secret and, usually, an access token
	 * @param signer the signer
	 */
	public OAuth1Authenticator(OAuth1Credentials credentials, OAuth1Signer signer) {
		Assert.notNull(credentials, "'credentials' must not be null");
		Assert.notNull(signer, "'signer' must not be null");
		this.credentials = credentials;
		this.signer = signer;
	}

	@Override
	public void authenticate(HttpRequest request) {
		Assert.notNull(request, "'request' must not be null");
		request.getHeaders()
			.set(HttpHeaders.AUTHORIZATION, this.signer.authorizationHeader(this.credentials, request.getMethod(),
					request.getURI(), formParameters(request)));
	}

	@SuppressWarnings("unchecked")
	private static @Nullable MultiValueMap<String, String> formParameters(HttpRequest request) {
		Object parameters = request.getAttributes().get(FORM_PARAMETERS_ATTRIBUTE);
		return (parameters instanceof MultiValueMap<?, ?> map) ? (MultiValueMap<String, String>) map : null;
	}

	/**
	 * Sign a URL with these credentials so that it can be fetched without an
	 * {@code Authorization} header, as for stream and download links; see
	 * {@link OAuth1Signer#signUrl(OAuth1Credentials, HttpMethod, URI)}.
	 * @param method the HTTP method the URL will be fetched with, usually GET
	 * @param url the absolute URL
	 * @return the URL with the OAuth parameters and signature appended to its query
	 */
	public URI signUrl(HttpMethod method, URI url) {
		Assert.notNull(method, "'method' must not be null");
		Assert.notNull(url, "'url' must not be null");
		return this.signer.signUrl(this.credentials, method, url);
	}

	/**
	 * Return the consumer key these requests are signed for. Not a secret.
	 * @return the consumer key
	 */
	public String getConsumerKey() {
		return this.credentials.consumerKey();
	}

	@Override
	public SoundCloudAuthType type() {
		return SoundCloudAuthType.OAUTH1;
	}

	@Override
	public String toString() {
		return "SoundCloudAuthenticator[oauth1, " + this.signer.getSignatureMethod().getValue() + ", consumerKey="
				+ this.credentials.consumerKey() + ", token=" + (this.credentials.hasToken() ? "present" : "absent")
				+ "]";
	}

}
