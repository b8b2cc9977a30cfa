package io.github.scapi.soundcloud.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.test.internal.FakeCredentials;
import io.github.scapi.soundcloud.test.internal.FakeServer;
import io.github.scapi.soundcloud.test.internal.FakeSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * An embedded, SoundCloud-compatible fake of the SoundCloud HTTP API, running on WireMock.
 * <p>
 * It serves every operation of the official API (users, tracks, playlists, comments, likes,
 * reposts, followings, feeds, streams, {@code /resolve}) and the legacy resources scapi
 * used (groups, events, track permissions, user updates), over a deterministic dataset
 * (see {@link #dataset()}) that writes change and {@link #resetData()} restores. Creates
 * answer 201 with a {@code Location} (see {@link CreatedResponse}). Stream links redirect
 * to a CDN on another origin, {@link #cdnUrl()}, with signed links that expire. Lists honour
 * {@code limit}, {@code offset} and {@code linked_partitioning} the way SoundCloud does,
 * including its habit of returning a {@code next_href} after an exactly full last page.
 * <p>
 * It is also the authorization server: {@code POST /oauth/token} ({@code client_credentials},
 * {@code authorization_code} with PKCE, {@code refresh_token} with rotation),
 * {@code GET /authorize} (OAuth 2.1, approved at once), and an OAuth 1.0a provider at
 * {@code /oauth/request_token}, {@code /oauth/authorize} and {@code /oauth/access_token}.
 * <p>
 * API requests act as {@link FakeDataset#me()} when they carry one of:
 * {@code Authorization: OAuth <token>} with {@link #accessToken()} or a live token the fake
 * issued ({@code Bearer} is refused, as SoundCloud documents {@code OAuth});
 * {@code Authorization: Basic} with {@link #username()} and {@link #password()}; or an
 * OAuth 1.0a signature (HMAC-SHA1 or PLAINTEXT) with {@link #consumerKey()} and an access
 * token, in the header, the query or a form body. Anything else gets a 401, unless
 * authentication is switched off. Start one per test class and close it afterwards:
 * <pre class="code">
 * try (SoundCloudFake fake = SoundCloudFake.start()) {
 *     // call fake.baseUrl() + "/tracks?q=cafe" with "Authorization: OAuth " + fake.accessToken()
 * }
 * </pre>
 */
public final class SoundCloudFake implements AutoCloseable {

	private final FakeServer server;

	private SoundCloudFake(FakeServer server) {
		this.server = server;
	}

	/**
	 * Starts a fake with the default settings on a random port.
	 * @return the running fake
	 */
	public static SoundCloudFake start() {
		return builder().start();
	}

	/**
	 * Returns a builder to start a fake with custom settings.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Returns the base URL of the API, with the base path if one is set, without a trailing
	 * slash, e.g. {@code http://localhost:54321/api/v2}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/**
	 * Returns the URL of the token endpoint: {@code baseUrl() + "/oauth/token"}. The
	 * endpoint also answers at {@code /oauth/token} outside the base path.
	 * @return the token endpoint URL
	 */
	public String tokenUrl() {
		return baseUrl() + "/oauth/token";
	}

	/**
	 * Returns the URL of the OAuth 2.1 authorization endpoint, {@code /authorize} outside the
	 * base path (SoundCloud's {@code https://secure.soundcloud.com/authorize}). It approves
	 * every valid request at once and redirects to the {@code redirect_uri} with a
	 * {@code code} and the {@code state}.
	 * @return the authorization endpoint URL
	 */
	public String authorizationUrl() {
		return this.server.origin() + "/authorize";
	}

	/**
	 * Returns the URL of the OAuth 1.0a temporary credentials endpoint:
	 * {@code baseUrl() + "/oauth/request_token"}.
	 * @return the request token URL
	 */
	public String requestTokenUrl() {
		return baseUrl() + "/oauth/request_token";
	}

	/**
	 * Returns the URL of the OAuth 1.0a resource owner authorization page:
	 * {@code baseUrl() + "/oauth/authorize"}; add {@code ?oauth_token=<request token>}.
	 * @return the user authorization URL
	 */
	public String oauth1AuthorizationUrl() {
		return baseUrl() + "/oauth/authorize";
	}

	/**
	 * Returns the URL of the OAuth 1.0a token credentials endpoint:
	 * {@code baseUrl() + "/oauth/access_token"}.
	 * @return the access token URL
	 */
	public String accessTokenUrl() {
		return baseUrl() + "/oauth/access_token";
	}

	/**
	 * Returns the static access token the fake accepts.
	 * @return the access token
	 */
	public String accessToken() {
		return this.server.settings().accessToken();
	}

	/**
	 * Returns the client id accepted by the token endpoint.
	 * @return the client id
	 */
	public String clientId() {
		return this.server.settings().clientId();
	}

	/**
	 * Returns the client secret accepted by the token endpoint.
	 * @return the client secret
	 */
	public String clientSecret() {
		return this.server.settings().clientSecret();
	}

	/**
	 * Returns the user name accepted with HTTP Basic authentication.
	 * @return the user name
	 */
	public String username() {
		return this.server.settings().credentials().username();
	}

	/**
	 * Returns the password accepted with HTTP Basic authentication.
	 * @return the password
	 */
	public String password() {
		return this.server.settings().credentials().password();
	}

	/**
	 * Returns the OAuth 1.0a consumer key.
	 * @return the consumer key
	 */
	public String consumerKey() {
		return this.server.settings().credentials().consumerKey();
	}

	/**
	 * Returns the OAuth 1.0a consumer secret.
	 * @return the consumer secret
	 */
	public String consumerSecret() {
		return this.server.settings().credentials().consumerSecret();
	}

	/**
	 * Returns a pre-approved OAuth 1.0a access token, for tests that skip the three-legged
	 * flow.
	 * @return the access token
	 */
	public String oauth1AccessToken() {
		return this.server.settings().credentials().oauth1Token();
	}

	/**
	 * Returns the secret of {@link #oauth1AccessToken()}.
	 * @return the access token secret
	 */
	public String oauth1AccessTokenSecret() {
		return this.server.settings().credentials().oauth1TokenSecret();
	}

	/**
	 * Returns how long issued OAuth 2 access tokens stay valid.
	 * @return the lifetime
	 */
	public Duration accessTokenLifetime() {
		return this.server.settings().accessTokenLifetime();
	}

	/**
	 * Approves an OAuth 1.0a request token, as the user would by clicking "allow" on
	 * {@link #oauth1AuthorizationUrl()}; approving it again returns the same verifier.
	 * @param requestToken a token issued by {@link #requestTokenUrl()}
	 * @return the {@code oauth_verifier} to send to {@link #accessTokenUrl()}
	 * @throws IllegalArgumentException if the token is unknown or already exchanged
	 */
	public String authorizeRequestToken(String requestToken) {
		Assert.hasText(requestToken, "'requestToken' must not be empty");
		return this.server.authorizeRequestToken(requestToken);
	}

	/**
	 * Expires every OAuth 2 access token the fake issued, so that the next API request with
	 * one gets a 401 and the client has to renew it. Refresh tokens, the static
	 * {@link #accessToken()} and OAuth 1.0a tokens stay valid.
	 */
	public void expireAccessTokens() {
		this.server.expireAccessTokens();
	}

	/**
	 * Makes the app's play limit reached until {@code resetTime}: until then every request
	 * that counts as a play ({@code GET /tracks/{urn}/stream} and
	 * {@code /tracks/{urn}/streams/{format}}, the requests that lead to audio) gets a 429 with
	 * the body SoundCloud documents for it, naming the {@code plays} group and the reset time.
	 * {@code null} lifts the limit. For tests of clients that share rate-limit state.
	 * @param resetTime when the limit resets, or {@code null}
	 */
	public void limitPlaysUntil(@Nullable Instant resetTime) {
		this.server.limitPlaysUntil(resetTime);
	}

	/**
	 * Issues a refresh token, as if a user had authorized the client earlier, for tests of a
	 * headless {@code refresh_token} set-up. Like every refresh token, it works once.
	 * @return an unused refresh token
	 */
	public String issueRefreshToken() {
		return this.server.issueRefreshToken();
	}

	/**
	 * Returns the port the fake listens on.
	 * @return the HTTP port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * Returns a read-only view of the data the fake serves, as it is at each call.
	 * @return the dataset
	 */
	public FakeDataset dataset() {
		return this.server.dataset();
	}

	/**
	 * Throws away every change that writes made (tracks, playlists, comments, likes,
	 * reposts, followings, permissions, plays, user updates) and the recorded
	 * {@link #uploads()}: the fake serves the generated dataset again. Tokens and recorded
	 * requests stay. Tests that write call it before or after each test, since fakes started
	 * by {@link AutoConfigureSoundCloudFake} are shared by every test class of a cached context.
	 */
	public void resetData() {
		this.server.resetData();
	}

	/**
	 * Returns the files accepted in multipart requests (track audio, artwork, playlist
	 * artwork) since the start or the last {@link #resetData()}, oldest first: part name,
	 * file name, content type and size; the bytes are not kept.
	 * @return the uploads
	 */
	public List<FakeUpload> uploads() {
		return this.server.uploads();
	}

	/**
	 * Returns the base URL of the fake's CDN, {@code http://127.0.0.1:<port>/cdn}: another
	 * origin than the API's {@code http://localhost:<port>}, on the same server. Stream,
	 * preview and download links redirect there (to {@code localhost} instead for a client
	 * that calls the API as {@code 127.0.0.1}). The CDN checks no credentials, only each
	 * link's signature and expiry, and a client must not send it its API credentials.
	 * @return the CDN URL
	 */
	public String cdnUrl() {
		return this.server.cdnUrl();
	}

	/**
	 * Counts the requests to the CDN since the start or the last {@link #resetRequests()};
	 * {@link #requests()} holds them too ({@link FakeRequest#isCdn()}), with their headers,
	 * to check that none carried an {@code Authorization}.
	 * @return the number of CDN requests
	 */
	public long cdnRequestCount() {
		return requests().stream().filter(FakeRequest::isCdn).count();
	}

	/**
	 * Returns how creates answer now.
	 * @return the current setting
	 */
	public CreatedResponse createdResponses() {
		return this.server.createdResponse();
	}

	/**
	 * Changes how creates answer from now on, e.g. to make a client follow a
	 * {@code Location} without a body. {@link #resetData()} does not change it back.
	 * @param createdResponse the new setting
	 */
	public void createdResponses(CreatedResponse createdResponse) {
		Assert.notNull(createdResponse, "'createdResponse' must not be null");
		this.server.createdResponse(createdResponse);
	}

	/**
	 * Returns the requests received since the start or the last {@link #resetRequests()},
	 * oldest first, including those answered by stubs added through {@link #wireMock()}.
	 * @return the recorded requests
	 */
	public List<FakeRequest> requests() {
		return this.server.requests();
	}

	/**
	 * Returns how many requests were received since the start or the last reset.
	 * @return the number of requests
	 */
	public int requestCount() {
		return requests().size();
	}

	/**
	 * Counts the requests with a method and a path, as in {@link FakeRequest#path()}.
	 * @param method the HTTP method, in any case
	 * @param pathRegex a regular expression that must match the whole decoded path
	 * @return the number of matching requests
	 */
	public long requestCount(String method, String pathRegex) {
		Assert.hasText(method, "'method' must not be empty");
		Assert.notNull(pathRegex, "'pathRegex' must not be null");
		Pattern pattern = Pattern.compile(pathRegex);
		return requests().stream()
			.filter((request) -> request.method().equalsIgnoreCase(method))
			.filter((request) -> pattern.matcher(request.path()).matches())
			.count();
	}

	/**
	 * Counts the requests to the token endpoint, to check that a client caches its tokens.
	 * @return the number of {@code POST /oauth/token} requests
	 */
	public long tokenRequestCount() {
		return requestCount("POST", "/oauth/token");
	}

	/**
	 * Counts the requests to the token endpoint with one grant type.
	 * @param grantType the {@code grant_type} form field, e.g. {@code refresh_token}
	 * @return the number of {@code POST /oauth/token} requests with that grant type
	 */
	public long tokenRequestCount(String grantType) {
		Assert.hasText(grantType, "'grantType' must not be empty");
		return this.server.tokenRequestCount(grantType);
	}

	/**
	 * Counts the OAuth 1.0a requests the fake refused (bad signature, reused nonce, old
	 * timestamp, unknown token, wrong verifier, ...), on any endpoint, since the start or the
	 * last {@link #resetRequests()}. {@link FakeRequest#oauth1Parameters()} shows what each
	 * request carried.
	 * @return the number of refused OAuth 1.0a requests
	 */
	public long oauth1RejectionCount() {
		return this.server.oauth1RejectionCount();
	}

	/**
	 * Forgets the recorded requests and the {@link #oauth1RejectionCount()}; issued tokens
	 * stay valid.
	 */
	public void resetRequests() {
		this.server.resetRequests();
	}

	/**
	 * Returns the underlying WireMock server, e.g. to add stubs that inject faults. Stubs
	 * added there take precedence over the fake API, which answers everything else through
	 * one catch-all stub: remove your stubs one by one ({@code removeStub}), since
	 * {@code resetMappings()} or {@code resetAll()} would remove the fake API as well.
	 * @return the WireMock server
	 */
	public WireMockServer wireMock() {
		return this.server.wireMock();
	}

	/**
	 * Stops the fake. Calling it again has no effect.
	 */
	public void stop() {
		this.server.stop();
	}

	/**
	 * Stops the fake, like {@link #stop()}.
	 */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return "SoundCloudFake[" + baseUrl() + "]";
	}

	/**
	 * Settings for a {@link SoundCloudFake}; every one has a default.
	 */
	public static final class Builder {

		private int port;

		private String basePath = "";

		private boolean requireAuthentication = true;

		private String accessToken = "fake-access-token";

		private String clientId = "fake-client-id";

		private String clientSecret = "fake-client-secret";

		private String username = "fake-user";

		private String password = "fake-password";

		private String consumerKey = "fake-consumer-key";

		private String consumerSecret = "fake-consumer-secret";

		private String oauth1Token = "fake-oauth1-token";

		private String oauth1TokenSecret = "fake-oauth1-token-secret";

		private Duration accessTokenLifetime = Duration.ofHours(1);

		private Duration latency = Duration.ZERO;

		private CreatedResponse createdResponse = CreatedResponse.BODY_AND_LOCATION;

		private Duration cdnLinkLifetime = Duration.ofMinutes(5);

		private Builder() {
		}

		/**
		 * Sets the port to listen on; {@code 0}, the default, picks a free one.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			Assert.isTrue(port >= 0 && port <= 65535, "'port' must be between 0 and 65535");
			this.port = port;
			return this;
		}

		/**
		 * Serves the API under a base path such as {@code /api/v2}; none by default.
		 * @param basePath the base path; leading and trailing slashes are optional
		 * @return this builder
		 */
		public Builder basePath(String basePath) {
			Assert.notNull(basePath, "'basePath' must not be null");
			this.basePath = basePath;
			return this;
		}

		/**
		 * Sets whether API requests need credentials; {@code true} by default. The OAuth
		 * endpoints check credentials either way.
		 * @param requireAuthentication whether to reject requests without valid credentials
		 * @return this builder
		 */
		public Builder requireAuthentication(boolean requireAuthentication) {
			this.requireAuthentication = requireAuthentication;
			return this;
		}

		/**
		 * Sets the static access token; {@code fake-access-token} by default.
		 * @param accessToken the token to accept
		 * @return this builder
		 */
		public Builder accessToken(String accessToken) {
			Assert.hasText(accessToken, "'accessToken' must not be empty");
			this.accessToken = accessToken;
			return this;
		}

		/**
		 * Sets the client id the token endpoint accepts; {@code fake-client-id} by default.
		 * @param clientId the client id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			Assert.hasText(clientId, "'clientId' must not be empty");
			this.clientId = clientId;
			return this;
		}

		/**
		 * Sets the client secret the token endpoint accepts; {@code fake-client-secret} by
		 * default.
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			Assert.hasText(clientSecret, "'clientSecret' must not be empty");
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Sets the user name and password accepted with HTTP Basic authentication;
		 * {@code fake-user} and {@code fake-password} by default.
		 * @param username the user name, without a colon
		 * @param password the password
		 * @return this builder
		 */
		public Builder basicCredentials(String username, String password) {
			Assert.hasText(username, "'username' must not be empty");
			Assert.isTrue(username.indexOf(':') < 0, "'username' must not contain a colon");
			Assert.notNull(password, "'password' must not be null");
			this.username = username;
			this.password = password;
			return this;
		}

		/**
		 * Sets the OAuth 1.0a consumer; {@code fake-consumer-key} and
		 * {@code fake-consumer-secret} by default.
		 * @param consumerKey the consumer key
		 * @param consumerSecret the consumer secret
		 * @return this builder
		 */
		public Builder oauth1Consumer(String consumerKey, String consumerSecret) {
			Assert.hasText(consumerKey, "'consumerKey' must not be empty");
			Assert.notNull(consumerSecret, "'consumerSecret' must not be null");
			this.consumerKey = consumerKey;
			this.consumerSecret = consumerSecret;
			return this;
		}

		/**
		 * Sets the pre-approved OAuth 1.0a access token; {@code fake-oauth1-token} and
		 * {@code fake-oauth1-token-secret} by default.
		 * @param token the access token
		 * @param tokenSecret its secret
		 * @return this builder
		 */
		public Builder oauth1AccessToken(String token, String tokenSecret) {
			Assert.hasText(token, "'token' must not be empty");
			Assert.notNull(tokenSecret, "'tokenSecret' must not be null");
			this.oauth1Token = token;
			this.oauth1TokenSecret = tokenSecret;
			return this;
		}

		/**
		 * Sets how long the OAuth 2 access tokens the fake issues stay valid; one hour by
		 * default. {@code expires_in} reports it in seconds, rounded up; the API answers 401
		 * to expired tokens.
		 * @param accessTokenLifetime the lifetime, positive
		 * @return this builder
		 */
		public Builder accessTokenLifetime(Duration accessTokenLifetime) {
			Assert.notNull(accessTokenLifetime, "'accessTokenLifetime' must not be null");
			Assert.isTrue(accessTokenLifetime.toMillis() > 0, "'accessTokenLifetime' must be at least a millisecond");
			this.accessTokenLifetime = accessTokenLifetime;
			return this;
		}

		/**
		 * Delays every response of the fake API; none by default.
		 * @param latency the delay, zero or positive, at millisecond precision
		 * @return this builder
		 */
		public Builder latency(Duration latency) {
			Assert.notNull(latency, "'latency' must not be null");
			Assert.isTrue(!latency.isNegative(), "'latency' must not be negative");
			this.latency = latency;
			return this;
		}

		/**
		 * Sets how creates answer: {@link CreatedResponse#BODY_AND_LOCATION} by default.
		 * @param createdResponse the setting
		 * @return this builder
		 */
		public Builder createdResponses(CreatedResponse createdResponse) {
			Assert.notNull(createdResponse, "'createdResponse' must not be null");
			this.createdResponse = createdResponse;
			return this;
		}

		/**
		 * Sets how long signed CDN links stay valid; five minutes by default. Expiry has a
		 * precision of a second and is rounded up, except that {@link Duration#ZERO} makes
		 * every link expired from the start, to test how a client copes.
		 * @param cdnLinkLifetime the lifetime, zero or positive
		 * @return this builder
		 */
		public Builder cdnLinkLifetime(Duration cdnLinkLifetime) {
			Assert.notNull(cdnLinkLifetime, "'cdnLinkLifetime' must not be null");
			Assert.isTrue(!cdnLinkLifetime.isNegative(), "'cdnLinkLifetime' must not be negative");
			this.cdnLinkLifetime = cdnLinkLifetime;
			return this;
		}

		/**
		 * Starts a fake with these settings.
		 * @return the running fake
		 */
		public SoundCloudFake start() {
			FakeCredentials credentials = new FakeCredentials(this.accessToken, this.clientId, this.clientSecret,
					this.username, this.password, this.consumerKey, this.consumerSecret, this.oauth1Token,
					this.oauth1TokenSecret);
			FakeSettings settings = new FakeSettings(this.port, this.basePath, this.requireAuthentication, credentials,
					this.accessTokenLifetime, this.latency, this.createdResponse, this.cdnLinkLifetime);
			return new SoundCloudFake(FakeServer.start(settings));
		}

	}

}
