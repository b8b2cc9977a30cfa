package io.github.scapi.soundcloud.test;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.test.internal.FakeServer;
import io.github.scapi.soundcloud.test.internal.FakeSettings;
import org.springframework.util.Assert;

/**
 * An embedded, SoundCloud-compatible fake of the SoundCloud HTTP API, running on WireMock.
 * <p>
 * It serves a fixed, deterministic dataset (see {@link #dataset()}) through the read
 * endpoints of the official API: {@code /me}, {@code /me/tracks}, {@code /me/followings},
 * {@code /me/followers}, {@code /users}, {@code /users/{user_urn}} and its
 * {@code tracks}, {@code followers} and {@code followings}, {@code /tracks} and
 * {@code /tracks/{track_urn}}, plus {@code POST /oauth/token} for the
 * {@code client_credentials} and {@code refresh_token} grants. Lists honour {@code limit},
 * {@code offset} and {@code linked_partitioning} the way SoundCloud does, including its habit
 * of returning a {@code next_href} after an exactly full last page.
 * <p>
 * API requests need {@code Authorization: OAuth <token>} with {@link #accessToken()} or a
 * token the fake issued ({@code Bearer} is refused, as SoundCloud documents {@code OAuth}),
 * unless authentication is switched off. Every accepted token belongs to
 * {@link FakeDataset#me()}. Start one per test class and close it afterwards:
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
	 * Returns the port the fake listens on.
	 * @return the HTTP port
	 */
	public int port() {
		return this.server.port();
	}

	/**
	 * Returns a read-only view of the data the fake serves.
	 * @return the dataset
	 */
	public FakeDataset dataset() {
		return this.server.dataset();
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
	 * Forgets the recorded requests; the issued tokens stay valid.
	 */
	public void resetRequests() {
		this.server.wireMock().resetRequests();
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

		private Duration latency = Duration.ZERO;

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
		 * Sets whether API requests need a known token; {@code true} by default.
		 * @param requireAuthentication whether to reject requests without a valid token
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
		 * Starts a fake with these settings.
		 * @return the running fake
		 */
		public SoundCloudFake start() {
			FakeSettings settings = new FakeSettings(this.port, this.basePath, this.requireAuthentication,
					this.accessToken, this.clientId, this.clientSecret, this.latency);
			return new SoundCloudFake(FakeServer.start(settings));
		}

	}

}
