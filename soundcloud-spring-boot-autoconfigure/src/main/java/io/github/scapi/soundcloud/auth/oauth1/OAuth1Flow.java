package io.github.scapi.soundcloud.auth.oauth1;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.SoundCloudServerErrorException;
import io.github.scapi.soundcloud.SoundCloudTransportException;
import io.github.scapi.soundcloud.UnexpectedResponseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The three-legged OAuth 1.0a flow (RFC 5849 §2), the successor of scapi's
 * {@code fetch_request_token}, {@code get_request_token_authorization_url} and
 * {@code fetch_access_token}:
 * <ol>
 * <li>{@link #fetchRequestToken()} obtains temporary credentials;</li>
 * <li>{@link #authorizationUrl(RequestToken)} is where the user authorizes them and is shown
 * (or redirected back with) a verifier;</li>
 * <li>{@link #fetchAccessToken(RequestToken, String)} exchanges them for the access token
 * that {@link OAuth1Authenticator} signs requests with.</li>
 * </ol>
 *
 * <p>Both token requests are {@code POST}s with an empty body and every protocol
 * parameter ({@code oauth_callback} and {@code oauth_verifier} included) in the
 * {@code Authorization} header, as RFC 5849 §2.1 and §2.3 ask; scapi sent GETs, which
 * put the same parameters where logs and caches see them. Each request is signed just
 * before it is sent, for the URL actually requested.
 *
 * <p>Failures: a 4xx answer raises {@link OAuth1FlowException}, a 5xx answer a
 * {@link SoundCloudServerErrorException}, an I/O error a {@link SoundCloudTransportException},
 * and a successful answer without the expected tokens an
 * {@link UnexpectedResponseException}. Messages carry the redacted URL, never a token, a
 * secret or a verifier.
 *
 * <p>Instances are thread-safe. The {@link RestClient} must not add an
 * {@code Authorization} header of its own for these URLs (the signed header replaces it).
 *
 * @author scapi contributors
 */
public final class OAuth1Flow {

	/** The callback value for clients that cannot receive callbacks ("out of band"). */
	public static final String OUT_OF_BAND = "oob";

	private static final int MAX_BODY = 64 * 1024;

	private static final int MAX_MESSAGE = 200;

	private final OAuth1Credentials consumer;

	private final OAuth1Endpoints endpoints;

	private final RestClient restClient;

	private final OAuth1Signer signer;

	/**
	 * Create a flow that signs with HMAC-SHA1.
	 * @param consumer the consumer key and secret; a token in them is ignored
	 * @param endpoints the flow's endpoints
	 * @param restClient the client to send the token requests with
	 */
	public OAuth1Flow(OAuth1Credentials consumer, OAuth1Endpoints endpoints, RestClient restClient) {
		this(consumer, endpoints, restClient, new OAuth1Signer());
	}

	/**
	 * Create a flow.
	 * @param consumer the consumer key and secret; a token in them is ignored
	 * @param endpoints the flow's endpoints
	 * @param restClient the client to send the token requests with
	 * @param signer the signer
	 */
	public OAuth1Flow(OAuth1Credentials consumer, OAuth1Endpoints endpoints, RestClient restClient,
			OAuth1Signer signer) {
		Assert.notNull(consumer, "'consumer' must not be null");
		Assert.notNull(endpoints, "'endpoints' must not be null");
		Assert.notNull(restClient, "'restClient' must not be null");
		Assert.notNull(signer, "'signer' must not be null");
		this.consumer = consumer.withoutToken();
		this.endpoints = endpoints;
		this.restClient = restClient;
		this.signer = signer;
	}

	/**
	 * Return the endpoints this flow talks to.
	 * @return the endpoints
	 */
	public OAuth1Endpoints getEndpoints() {
		return this.endpoints;
	}

	/**
	 * Obtain a request token for a client that cannot receive callbacks: the user is shown
	 * the verifier and types it into the application ({@code oauth_callback=oob}).
	 * @return the request token
	 * @throws OAuth1FlowException if the server rejects the request
	 */
	public RequestToken fetchRequestToken() {
		return fetchRequestToken(OUT_OF_BAND);
	}

	/**
	 * Obtain a request token; after authorization the user is redirected to the callback
	 * with {@code oauth_token} and {@code oauth_verifier}.
	 * @param callbackUrl the absolute callback URL, or {@value #OUT_OF_BAND}
	 * @return the request token
	 * @throws OAuth1FlowException if the server rejects the request
	 */
	public RequestToken fetchRequestToken(String callbackUrl) {
		Assert.hasText(callbackUrl, "'callbackUrl' must not be empty");
		URI url = this.endpoints.requestTokenUrl();
		Map<String, String> answer = post("fetching a request token", url, this.consumer,
				Map.of("oauth_callback", callbackUrl), List.of());
		String token = required(answer, "oauth_token", url);
		String secret = required(answer, "oauth_token_secret", url);
		if (!"true".equals(answer.get("oauth_callback_confirmed"))) {
			// RFC 5849 §2.1: without the confirmation the server may have ignored the callback
			throw new UnexpectedResponseException(200, HttpMethod.POST, url, List.of(),
					"the server did not confirm the callback (oauth_callback_confirmed is not 'true')", null);
		}
		return new RequestToken(token, secret, true);
	}

	/**
	 * Return the URL where the user authorizes a request token: the authorize endpoint with
	 * {@code oauth_token} added to its query.
	 * @param token the request token
	 * @return the URL to open in the user's browser
	 */
	public URI authorizationUrl(RequestToken token) {
		Assert.notNull(token, "'token' must not be null");
		String authorizeUrl = this.endpoints.authorizeUrl().toString();
		char separator = (this.endpoints.authorizeUrl().getRawQuery() != null) ? '&' : '?';
		return URI.create(authorizeUrl + separator + "oauth_token=" + OAuth1Encoding.encode(token.token()));
	}

	/**
	 * Exchange an authorized request token and its verifier for an access token.
	 * @param token the request token the user authorized
	 * @param verifier the verifier the user was shown or the callback received
	 * @return the consumer credentials with the access token and secret
	 * @throws OAuth1FlowException if the server rejects the request, for example because
	 * the verifier is wrong or the request token expired
	 */
	public OAuth1Credentials fetchAccessToken(RequestToken token, String verifier) {
		Assert.notNull(token, "'token' must not be null");
		Assert.hasText(verifier, "'verifier' must not be empty");
		URI url = this.endpoints.accessTokenUrl();
		Map<String, String> answer = post("fetching an access token", url,
				this.consumer.withToken(token.token(), token.secret()), Map.of("oauth_verifier", verifier),
				List.of(token.token(), token.secret(), verifier));
		return this.consumer.withToken(required(answer, "oauth_token", url), required(answer, "oauth_token_secret", url));
	}

	private Map<String, String> post(String step, URI url, OAuth1Credentials credentials,
			Map<String, String> protocolParameters, List<String> secrets) {
		List<String> hidden = new ArrayList<>(secrets);
		hidden.add(this.consumer.consumerSecret());
		try {
			return this.restClient.post()
				.uri(url)
				.httpRequest((request) -> request.getHeaders()
					.set(HttpHeaders.AUTHORIZATION, this.signer.authorizationHeader(credentials, request.getMethod(),
							request.getURI(), null, null, protocolParameters)))
				.exchange((request, response) -> read(step, url, response, hidden));
		}
		catch (RestClientException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new SoundCloudTransportException(0, HttpMethod.POST, url, List.of(),
					step + " failed: " + cause.getClass().getSimpleName(), ex);
		}
	}

	private static Map<String, String> read(String step, URI url, ClientHttpResponse response, List<String> secrets)
			throws IOException {
		int status = response.getStatusCode().value();
		byte[] body = response.getBody().readNBytes(MAX_BODY);
		MediaType contentType = response.getHeaders().getContentType();
		if (status >= 200 && status < 300) {
			Map<String, String> answer = new LinkedHashMap<>();
			for (Map.Entry<String, String> pair : OAuth1Encoding.parseForm(text(body, contentType).strip())) {
				answer.putIfAbsent(pair.getKey(), pair.getValue());
			}
			return answer;
		}
		List<String> messages = messages(body, contentType, secrets);
		if (status >= 400 && status < 500) {
			throw new OAuth1FlowException(status, HttpMethod.POST, url, messages,
					step + " was rejected with status " + status, null);
		}
		if (status >= 500) {
			throw new SoundCloudServerErrorException(status, HttpMethod.POST, url, messages,
					step + " failed with status " + status, null);
		}
		throw new UnexpectedResponseException(status, HttpMethod.POST, url, messages,
				step + " got the unexpected status " + status, null);
	}

	private static String required(Map<String, String> answer, String name, URI url) {
		String value = answer.get(name);
		if (value == null || (value.isEmpty() && name.equals("oauth_token"))) {
			throw new UnexpectedResponseException(200, HttpMethod.POST, url, List.of(),
					"the response has no " + name, null);
		}
		return value;
	}

	private static String text(byte[] body, @Nullable MediaType contentType) {
		Charset charset = (contentType != null && contentType.getCharset() != null) ? contentType.getCharset()
				: StandardCharsets.UTF_8;
		return new String(body, charset);
	}

	/**
	 * Extract what the server said went wrong: the {@code oauth_problem} of the OAuth
	 * Problem Reporting extension, the message of a JSON error, or the first line of text;
	 * anything that equals a secret of the request is masked.
	 */
	private static List<String> messages(byte[] body, @Nullable MediaType contentType, List<String> secrets) {
		String text = text(body, contentType).strip();
		List<String> messages = new ArrayList<>();
		if (contentType != null && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| contentType.getSubtype().endsWith("+json"))) {
			jsonMessages(body, messages);
		}
		else if (text.contains("oauth_problem=")) {
			Map<String, String> form = new LinkedHashMap<>();
			OAuth1Encoding.parseForm(text).forEach((pair) -> form.putIfAbsent(pair.getKey(), pair.getValue()));
			String problem = form.getOrDefault("oauth_problem", "");
			String advice = form.get("oauth_problem_advice");
			messages.add((advice != null) ? problem + ": " + advice : problem);
		}
		else if (!text.isEmpty()) {
			String firstLine = text.lines().map(String::strip).filter((line) -> !line.isEmpty()).findFirst().orElse("");
			messages.add(firstLine.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
		}
		List<String> safe = new ArrayList<>();
		for (String message : messages) {
			String masked = message;
			for (String secret : secrets) {
				if (!secret.isEmpty()) {
					masked = masked.replace(secret, "***");
				}
			}
			if (!masked.isBlank()) {
				safe.add((masked.length() <= MAX_MESSAGE) ? masked : masked.substring(0, MAX_MESSAGE - 1) + "…");
			}
		}
		return safe;
	}

	private static void jsonMessages(byte[] body, List<String> messages) {
		try {
			JsonNode json = JsonMapper.shared().readTree(body);
			for (String field : new String[] { "message", "error_description", "error" }) {
				JsonNode node = json.get(field);
				if (node != null && node.isString() && !node.asString().isBlank()) {
					messages.add(node.asString().strip());
				}
			}
			JsonNode errors = json.get("errors");
			if (errors != null && errors.isArray()) {
				for (JsonNode error : errors) {
					JsonNode text = error.isObject() ? error.get("error_message") : error;
					if (text != null && text.isString()) {
						messages.add(text.asString().strip());
					}
				}
			}
		}
		catch (JacksonException ex) {
			// an unreadable error body: the status alone has to do
		}
	}

	@Override
	public String toString() {
		URI url = this.endpoints.requestTokenUrl();
		// scheme, host and path: what identifies the endpoint, nothing that could hold a secret
		return "OAuth1Flow[consumerKey=" + this.consumer.consumerKey() + ", requestTokenUrl=" + url.getScheme() + "://"
				+ url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "") + url.getRawPath() + "]";
	}

}
