package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.Options.ChunkedEncodingPolicy;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.scapi.soundcloud.test.CreatedResponse;
import io.github.scapi.soundcloud.test.FakeDataset;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.FakeUpload;
import org.jspecify.annotations.Nullable;

/**
 * Runs the WireMock server behind a fake: one catch-all stub, at the lowest priority, whose
 * responses {@link FakeApiTransformer} computes, so stubs added by tests win.
 */
public final class FakeServer {

	private static final int CATCH_ALL_PRIORITY = 1000;

	/**
	 * Enough request threads for 64 concurrent clients plus Jetty's own.
	 */
	private static final int CONTAINER_THREADS = 96;

	/**
	 * How much of each response body the request journal keeps: enough for JSON, little of
	 * streamed audio, which would otherwise be read whole into memory.
	 */
	private static final int LOGGED_RESPONSE_LIMIT = 64 * 1024;

	private final FakeSettings settings;

	private final FakeState state;

	private final AuthState auth;

	private final AtomicReference<CreatedResponse> createdResponse;

	private final WireMockServer wireMock;

	private final int port;

	private final AtomicBoolean stopped = new AtomicBoolean();

	private FakeServer(FakeSettings settings, FakeState state, AuthState auth,
			AtomicReference<CreatedResponse> createdResponse, WireMockServer wireMock) {
		this.settings = settings;
		this.state = state;
		this.auth = auth;
		this.createdResponse = createdResponse;
		this.wireMock = wireMock;
		this.port = wireMock.port();
	}

	/**
	 * Starts a server.
	 * @param settings the settings
	 * @return the running server
	 */
	public static FakeServer start(FakeSettings settings) {
		FakeState state = FakeState.standard();
		AuthState auth = new AuthState(settings, Clock.systemUTC());
		AtomicReference<CreatedResponse> createdResponse = new AtomicReference<>(settings.createdResponse());
		CdnSigner signer = new CdnSigner(settings.cdnLinkLifetime(), Clock.systemUTC());
		ApiRouter router = new ApiRouter(settings, state, auth, createdResponse::get, signer);
		WireMockConfiguration options = WireMockConfiguration.options()
			.port(settings.port())
			.containerThreads(CONTAINER_THREADS)
			.extensions(new FakeApiTransformer(router), new MultipartDigestFilter())
			.notifier(new ConsoleNotifier(false))
			.templatingEnabled(false)
			.gzipDisabled(true)
			.maxLoggedResponseSize(LOGGED_RESPONSE_LIMIT)
			.useChunkedTransferEncoding(ChunkedEncodingPolicy.NEVER);
		WireMockServer wireMock = new WireMockServer(options);
		wireMock.start();
		wireMock.stubFor(WireMock.any(WireMock.anyUrl())
			.atPriority(CATCH_ALL_PRIORITY)
			.willReturn(WireMock.aResponse()
				.withFixedDelay((int) Math.min(settings.latency().toMillis(), Integer.MAX_VALUE))
				.withTransformers(FakeApiTransformer.NAME)));
		return new FakeServer(settings, state, auth, createdResponse, wireMock);
	}

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	public FakeSettings settings() {
		return this.settings;
	}

	/**
	 * Returns a live view of the data served.
	 * @return the dataset
	 */
	public FakeDataset dataset() {
		return new LiveDataset(this.state);
	}

	/**
	 * Restores the generated dataset.
	 */
	public void resetData() {
		this.state.reset();
	}

	/**
	 * Returns the files accepted in multipart requests since the start or the last data reset.
	 * @return the uploads, oldest first
	 */
	public List<FakeUpload> uploads() {
		return this.state.read((store) -> List.copyOf(store.uploads()));
	}

	/**
	 * Returns how creates answer now.
	 * @return the current setting
	 */
	public CreatedResponse createdResponse() {
		return this.createdResponse.get();
	}

	/**
	 * Changes how creates answer.
	 * @param createdResponse the new setting
	 */
	public void createdResponse(CreatedResponse createdResponse) {
		this.createdResponse.set(createdResponse);
	}

	/**
	 * Returns the WireMock server.
	 * @return the server
	 */
	public WireMockServer wireMock() {
		return this.wireMock;
	}

	/**
	 * Returns the port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns the base URL, with the base path.
	 * @return the base URL
	 */
	public String baseUrl() {
		return origin() + this.settings.basePath();
	}

	/**
	 * Returns scheme, host and port, without the base path.
	 * @return the origin, e.g. {@code http://localhost:54321}
	 */
	public String origin() {
		return "http://localhost:" + port();
	}

	/**
	 * Returns the base URL of the CDN, the origin the API's stream links redirect to when
	 * the client uses {@link #origin()}.
	 * @return the CDN URL, e.g. {@code http://127.0.0.1:54321/cdn}
	 */
	public String cdnUrl() {
		return "http://127.0.0.1:" + port() + "/cdn";
	}

	/**
	 * Returns the recorded requests, oldest first.
	 * @return the requests
	 */
	public List<FakeRequest> requests() {
		return RequestJournal.requests(this.wireMock, this.settings.basePath());
	}

	/**
	 * Counts the token endpoint requests with a grant type.
	 * @param grantType the {@code grant_type} form field
	 * @return the number of requests
	 */
	public long tokenRequestCount(String grantType) {
		return RequestJournal.tokenRequestCount(this.wireMock, this.settings.basePath(), grantType);
	}

	/**
	 * Forgets the recorded requests and the count of refused OAuth 1.0a requests.
	 */
	public void resetRequests() {
		this.wireMock.resetRequests();
		this.auth.resetOAuth1Rejections();
	}

	/**
	 * Approves an OAuth 1.0a request token.
	 * @param requestToken the token
	 * @return the verifier
	 * @throws IllegalArgumentException for an unknown or already exchanged token
	 */
	public String authorizeRequestToken(String requestToken) {
		try {
			String verifier = this.auth.oauth1Tokens().authorize(requestToken).verifier();
			if (verifier == null) {
				throw new IllegalStateException("Approved token without a verifier");
			}
			return verifier;
		}
		catch (OAuth1Exception ex) {
			throw new IllegalArgumentException("Cannot approve request token '" + requestToken + "': " + ex.getMessage());
		}
	}

	/**
	 * Returns how many OAuth 1.0a requests were refused since the start or the last reset.
	 * @return the number of refused requests
	 */
	public long oauth1RejectionCount() {
		return this.auth.oauth1Rejections();
	}

	/**
	 * Expires every issued OAuth 2 access token.
	 */
	public void expireAccessTokens() {
		this.auth.tokens().expireAll();
	}

	/**
	 * Answers play requests with SoundCloud's plays 429 until the given time.
	 * @param resetTime the reset time, or {@code null} to lift the limit
	 */
	public void limitPlaysUntil(@Nullable Instant resetTime) {
		this.auth.playsLimit().reachedUntil(resetTime);
	}

	/**
	 * Issues an unused refresh token.
	 * @return the refresh token
	 */
	public String issueRefreshToken() {
		return this.auth.tokens().issueRefreshToken();
	}

	/**
	 * Stops the server once.
	 */
	public void stop() {
		if (this.stopped.compareAndSet(false, true)) {
			this.wireMock.stop();
		}
	}

}
