package io.github.scapi.soundcloud.auth.oauth1;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.OAuth;
import oauth.signpost.http.HttpParameters;
import oauth.signpost.http.HttpRequest;
import oauth.signpost.signature.PlainTextMessageSigner;
import oauth.signpost.signature.SignatureBaseString;
import org.jspecify.annotations.Nullable;

/**
 * Signs requests with Signpost, an OAuth 1.0a implementation written independently of
 * ours, so that both can be compared on the same input.
 *
 * <p>Known limits of Signpost 2.1.1 that callers must stay within: parameters with an
 * identical name and value are merged (it keeps them in a set), a form parameter replaces
 * every query parameter of the same name, a name that equals the encoding of another name
 * (" " and "%20") loses parameters, a parameter without {@code =} corrupts its
 * parameter string, and paths are taken raw (no ASCII conversion).
 */
final class SignpostOracle {

	private SignpostOracle() {
	}

	/**
	 * Sign a request with Signpost.
	 * @param formBody an {@code application/x-www-form-urlencoded} body, or {@code null}
	 * @return the base string and the (decoded) signature
	 */
	static Result sign(String method, String url, @Nullable String formBody, OAuth1Credentials credentials,
			String nonce, long timestamp, Map<String, String> extraParameters, boolean plaintext) throws Exception {
		FixedConsumer consumer = new FixedConsumer(credentials.consumerKey(), credentials.consumerSecret(), nonce,
				Long.toString(timestamp));
		if (plaintext) {
			consumer.setMessageSigner(new PlainTextMessageSigner());
		}
		if (credentials.token() != null) {
			consumer.setTokenWithSecret(credentials.token(), credentials.tokenSecret());
		}
		if (!extraParameters.isEmpty()) {
			HttpParameters additional = new HttpParameters();
			extraParameters.forEach((name, value) -> additional.put(name, value, true));
			consumer.setAdditionalParameters(additional);
		}
		Request request = new Request(method, url, formBody);
		consumer.sign(request);
		String baseString = new SignatureBaseString(request, consumer.getRequestParameters()).generate();
		HttpParameters written = OAuth.oauthHeaderToParamsMap(request.getHeader(OAuth.HTTP_AUTHORIZATION_HEADER));
		return new Result(baseString, OAuth.percentDecode(written.getFirst(OAuth.OAUTH_SIGNATURE)));
	}

	record Result(String baseString, String signature) {
	}

	private static final class FixedConsumer extends AbstractOAuthConsumer {

		private final String nonce;

		private final String timestamp;

		FixedConsumer(String consumerKey, String consumerSecret, String nonce, String timestamp) {
			super(consumerKey, consumerSecret);
			this.nonce = nonce;
			this.timestamp = timestamp;
		}

		@Override
		protected HttpRequest wrap(Object request) {
			return (HttpRequest) request;
		}

		@Override
		protected String generateNonce() {
			return this.nonce;
		}

		@Override
		protected String generateTimestamp() {
			return this.timestamp;
		}

	}

	private static final class Request implements HttpRequest {

		private final String method;

		private String url;

		private final @Nullable String formBody;

		private final Map<String, String> headers = new HashMap<>();

		Request(String method, String url, @Nullable String formBody) {
			this.method = method;
			this.url = url;
			this.formBody = formBody;
		}

		@Override
		public String getMethod() {
			return this.method;
		}

		@Override
		public String getRequestUrl() {
			return this.url;
		}

		@Override
		public void setRequestUrl(String url) {
			this.url = url;
		}

		@Override
		public void setHeader(String name, String value) {
			this.headers.put(name, value);
		}

		@Override
		public @Nullable String getHeader(String name) {
			return this.headers.get(name);
		}

		@Override
		public Map<String, String> getAllHeaders() {
			return this.headers;
		}

		@Override
		public @Nullable InputStream getMessagePayload() {
			return (this.formBody != null) ? new ByteArrayInputStream(this.formBody.getBytes(StandardCharsets.US_ASCII))
					: null;
		}

		@Override
		public @Nullable String getContentType() {
			return (this.formBody != null) ? "application/x-www-form-urlencoded" : null;
		}

		@Override
		public Object unwrap() {
			return this;
		}

	}

}
