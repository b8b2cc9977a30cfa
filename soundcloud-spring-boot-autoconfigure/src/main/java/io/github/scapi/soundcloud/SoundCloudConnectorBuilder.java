package io.github.scapi.soundcloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.observation.SoundCloudRequestContext;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

/**
 * Builds a {@link SoundCloudConnector}. Spring Boot applications get one from the
 * auto-configuration; this builder is for a second connector with other credentials, or for
 * use without Spring Boot.
 *
 * @author scapi contributors
 */
public final class SoundCloudConnectorBuilder {

	private static final DataSize DEFAULT_RESPONSE_SIZE = DataSize.ofMegabytes(4);

	private static final DataSize MIN_RESPONSE_SIZE = DataSize.ofKilobytes(64);

	/** The public SoundCloud API. */
	public static final URI DEFAULT_BASE_URL = URI.create("https://api.soundcloud.com");

	/** The page size the API uses when none is requested. */
	public static final int DEFAULT_PAGE_SIZE = 50;

	private URI baseUrl = DEFAULT_BASE_URL;

	private SoundCloudAuthenticator authenticator = SoundCloudAuthenticator.ANONYMOUS;

	private @Nullable Supplier<RestClient.Builder> restClientBuilder;

	private @Nullable ClientHttpRequestFactory requestFactory;

	private int pageSize = DEFAULT_PAGE_SIZE;

	private final Set<String> trustedHosts = new LinkedHashSet<>();

	private @Nullable String userAgent;

	private SoundCloudRetryPolicy retryPolicy = SoundCloudRetryPolicy.DEFAULT;

	private SoundCloudRateLimiter rateLimiter = SoundCloudRateLimiter.NONE;

	private DataSize maxResponseSize = DEFAULT_RESPONSE_SIZE;

	private Sleeper sleeper = Sleeper.THREAD;

	private Clock clock = Clock.systemUTC();

	// null: a generator of its own, made with the request engine (for the first request)
	private @Nullable RandomGenerator random;

	private boolean collapseScope = true;

	// the default executor is named, not taken, until build(): taking it starts a thread pool,
	// which an application that brings its own (Boot's, say) would pay for at start-up for nothing
	private boolean defaultPrefetch = true;

	private @Nullable Executor prefetchExecutor;

	private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

	private @Nullable ObservationConvention<SoundCloudRequestContext> observationConvention;

	SoundCloudConnectorBuilder() {
	}

	/**
	 * Set the API's base URL. A path is kept as a base path in front of every request path
	 * (scapi's {@code base}); a trailing slash is ignored.
	 * @param baseUrl an absolute {@code http} or {@code https} URL without query, fragment or user info
	 * @return this builder
	 * @throws IllegalArgumentException if the URL is not such a URL
	 */
	public SoundCloudConnectorBuilder baseUrl(String baseUrl) {
		Assert.hasText(baseUrl, "'baseUrl' must not be empty");
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (java.net.URISyntaxException ex) {
			// the reason only: the input may carry user info, which is a secret
			throw new IllegalArgumentException("'baseUrl' is not a valid URL: " + ex.getReason() + " at index "
					+ ex.getIndex(), ex);
		}
		return baseUrl(uri);
	}

	/**
	 * Set the API's base URL.
	 * @param baseUrl an absolute {@code http} or {@code https} URL without query, fragment or user info
	 * @return this builder
	 * @see #baseUrl(String)
	 */
	public SoundCloudConnectorBuilder baseUrl(URI baseUrl) {
		Assert.notNull(baseUrl, "'baseUrl' must not be null");
		String scheme = baseUrl.getScheme();
		Assert.isTrue("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme),
				"'baseUrl' must be an absolute http or https URL");
		Assert.isTrue(baseUrl.getHost() != null, "'baseUrl' must name a host");
		Assert.isTrue(baseUrl.getRawQuery() == null && baseUrl.getRawFragment() == null,
				"'baseUrl' must not have a query or fragment");
		Assert.isTrue(baseUrl.getRawUserInfo() == null,
				"'baseUrl' must not carry user info; configure credentials under soundcloud.auth instead");
		String path = (baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "";
		while (path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		this.baseUrl = URI.create(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + baseUrl.getRawAuthority() + path);
		return this;
	}

	/**
	 * Set the authenticator that adds credentials to requests.
	 * @param authenticator the authenticator; {@link SoundCloudAuthenticator#ANONYMOUS} by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder authenticator(SoundCloudAuthenticator authenticator) {
		Assert.notNull(authenticator, "'authenticator' must not be null");
		this.authenticator = authenticator;
		return this;
	}

	/**
	 * Start from a {@link RestClient.Builder}, typically Spring Boot's, so that its message
	 * converters, observation registry and customizations apply. The builder is cloned, so
	 * the caller's instance is left untouched.
	 * @param restClientBuilder the builder to start from
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder restClientBuilder(RestClient.Builder restClientBuilder) {
		Assert.notNull(restClientBuilder, "'restClientBuilder' must not be null");
		this.restClientBuilder = () -> restClientBuilder;
		return this;
	}

	/**
	 * Start from a {@link RestClient.Builder} obtained when the first request is sent. Spring
	 * Boot's builder makes an HTTP client when it is created, TLS included, which is a large
	 * part of an application's start-up; the auto-configuration uses this so that it is paid
	 * by the first request instead. The builder is cloned.
	 * @param restClientBuilder supplies the builder to start from, once
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder restClientBuilder(Supplier<RestClient.Builder> restClientBuilder) {
		Assert.notNull(restClientBuilder, "'restClientBuilder' must not be null");
		this.restClientBuilder = restClientBuilder;
		return this;
	}

	/**
	 * Set the HTTP transport. It must not follow redirects itself: the connector decides
	 * which redirects are followed and where credentials go. By default a JDK
	 * {@link HttpClient} that never follows redirects is used, with a 10 s connect timeout and
	 * a 30 s read timeout.
	 * @param requestFactory the request factory
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder requestFactory(ClientHttpRequestFactory requestFactory) {
		Assert.notNull(requestFactory, "'requestFactory' must not be null");
		this.requestFactory = requestFactory;
		return this;
	}

	/**
	 * Set the number of items requested per page when a caller does not choose one.
	 * @param pageSize between 1 and 200
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder pageSize(int pageSize) {
		Assert.isTrue(pageSize >= 1 && pageSize <= SoundCloudConnector.MAX_PAGE_SIZE,
				"'pageSize' must be between 1 and 200");
		this.pageSize = pageSize;
		return this;
	}

	/**
	 * Add hosts, besides the base URL's, that may receive credentials over HTTPS.
	 * @param hosts host names
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder trustedHosts(Collection<String> hosts) {
		Assert.notNull(hosts, "'hosts' must not be null");
		for (String host : hosts) {
			Assert.hasText(host, "trusted host names must not be empty");
		}
		this.trustedHosts.addAll(hosts);
		return this;
	}

	/**
	 * Set the {@code User-Agent} header. By default it names this library and its version.
	 * @param userAgent the header value
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder userAgent(String userAgent) {
		Assert.hasText(userAgent, "'userAgent' must not be empty");
		this.userAgent = userAgent;
		return this;
	}

	/**
	 * Set whether nested scopes address a resource by itself ({@code /tracks/5}) rather than
	 * through its parents ({@code /users/1/tracks/5}), as scapi's {@code collapse_scope}.
	 * @param collapseScope whether to collapse; {@code true} by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder collapseScope(boolean collapseScope) {
		this.collapseScope = collapseScope;
		return this;
	}

	/**
	 * Set whether {@code Stream} walks fetch the next page in the background while the
	 * current one is consumed, with the default executor (virtual threads on Java 21+, else
	 * at most 8 daemon threads).
	 * @param prefetch whether to prefetch; {@code true} by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder prefetch(boolean prefetch) {
		this.defaultPrefetch = prefetch;
		this.prefetchExecutor = null;
		return this;
	}

	/**
	 * Fetch pages ahead with an executor of the default kind, but with at most
	 * {@code maxThreads} platform threads before Java 21 (virtual threads on 21+, which cost
	 * next to nothing while they wait for the network).
	 * @param maxThreads the most platform threads, at least 1
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder prefetchThreads(int maxThreads) {
		Assert.isTrue(maxThreads >= 1, "'maxThreads' must be at least 1");
		this.defaultPrefetch = (maxThreads == ConnectorDefaults.Prefetch.THREADS);
		this.prefetchExecutor = this.defaultPrefetch ? null : PrefetchExecutors.create(maxThreads);
		return this;
	}

	/**
	 * Fetch pages ahead with the given executor. If it refuses a task, that page is fetched
	 * when it is needed.
	 * @param executor the executor
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder prefetchExecutor(Executor executor) {
		Assert.notNull(executor, "'executor' must not be null");
		this.defaultPrefetch = false;
		this.prefetchExecutor = executor;
		return this;
	}

	/**
	 * Set the registry that {@code soundcloud.client.requests} observations are made in.
	 * Spring Boot applications get theirs; HTTP exchanges are observed by the
	 * {@link RestClient.Builder}'s own registry as {@code http.client.requests}.
	 * @param observationRegistry the registry; none by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder observationRegistry(ObservationRegistry observationRegistry) {
		Assert.notNull(observationRegistry, "'observationRegistry' must not be null");
		this.observationRegistry = observationRegistry;
		return this;
	}

	/**
	 * Replace the names and tags of {@code soundcloud.client.requests}.
	 * @param observationConvention the convention
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder observationConvention(
			ObservationConvention<SoundCloudRequestContext> observationConvention) {
		Assert.notNull(observationConvention, "'observationConvention' must not be null");
		this.observationConvention = observationConvention;
		return this;
	}

	/**
	 * Set what the connector asks before each exchange with the API, and tells about each 429.
	 * @param rateLimiter the limiter; {@link SoundCloudRateLimiter#NONE} by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder rateLimiter(SoundCloudRateLimiter rateLimiter) {
		Assert.notNull(rateLimiter, "'rateLimiter' must not be null");
		this.rateLimiter = rateLimiter;
		return this;
	}

	/**
	 * Set how failed requests are retried.
	 * @param retryPolicy the policy; {@link SoundCloudRetryPolicy#DEFAULT} by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder retryPolicy(SoundCloudRetryPolicy retryPolicy) {
		Assert.notNull(retryPolicy, "'retryPolicy' must not be null");
		this.retryPolicy = retryPolicy;
		return this;
	}

	/**
	 * Set what waits between retries, for tests that must not wait for real.
	 * @param sleeper the sleeper; {@link Sleeper#THREAD} by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder sleeper(Sleeper sleeper) {
		Assert.notNull(sleeper, "'sleeper' must not be null");
		this.sleeper = sleeper;
		return this;
	}

	/**
	 * Set the clock that deadlines and rate-limit reset times are measured with.
	 * @param clock the clock; the system UTC clock by default
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder clock(Clock clock) {
		Assert.notNull(clock, "'clock' must not be null");
		this.clock = clock;
		return this;
	}

	/**
	 * Set the largest JSON response body read, of a resource or a page: a larger body fails
	 * with {@link UnexpectedResponseException} naming the limit, without being read further,
	 * and its connection is closed. Downloads are not limited. The connector's JSON parser
	 * accepts no longer document and no string longer than a quarter of it.
	 * @param maxResponseSize the limit, from 64 KB to 2 GB; 4 MB by default (a full page of
	 * 200 tracks is about 400 KB)
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder maxResponseSize(DataSize maxResponseSize) {
		Assert.notNull(maxResponseSize, "'maxResponseSize' must not be null");
		Assert.isTrue(maxResponseSize.toBytes() >= MIN_RESPONSE_SIZE.toBytes()
				&& maxResponseSize.toBytes() <= Integer.MAX_VALUE,
				() -> "'maxResponseSize' must be from 64KB to 2GB, but was " + maxResponseSize);
		this.maxResponseSize = maxResponseSize;
		return this;
	}

	/**
	 * Set the source of the random backoff jitter, for reproducible tests.
	 * @param random the generator
	 * @return this builder
	 */
	public SoundCloudConnectorBuilder random(RandomGenerator random) {
		Assert.notNull(random, "'random' must not be null");
		this.random = random;
		return this;
	}

	/**
	 * Build the connector.
	 * @return a new connector
	 */
	public SoundCloudConnector build() {
		Supplier<RestClient.Builder> source = this.restClientBuilder;
		ClientHttpRequestFactory factory = (this.requestFactory != null) ? this.requestFactory
				: ConnectorDefaults.requestFactory("http".equalsIgnoreCase(this.baseUrl.getScheme()));
		String userAgent = (this.userAgent != null) ? this.userAgent : SoundCloudVersion.defaultUserAgent();
		Supplier<RestClient> restClient = ConnectorDefaults.restClient(source, factory, userAgent);
		long maxBytes = this.maxResponseSize.toBytes();
		// made for the first request or conversion, like the RestClient
		Supplier<JsonMapper> jsonMapper = SingletonSupplier
			.of(() -> ConnectorDefaults.jsonMapper(maxBytes, MIN_RESPONSE_SIZE.toBytes()));
		CredentialScope credentials = new CredentialScope(this.baseUrl, this.trustedHosts);
		// the engine is made for the first request, from this builder's settings as they are now
		Supplier<RequestExecutor> executor = SingletonSupplier.of(new EngineSettings(restClient, credentials,
				this.authenticator, jsonMapper, this.retryPolicy, this.rateLimiter, this.sleeper, this.clock, this.random,
				this.observationRegistry, this.observationConvention, maxBytes));
		Executor prefetch = this.defaultPrefetch ? ConnectorDefaults.Prefetch.EXECUTOR : this.prefetchExecutor;
		return new SoundCloudConnector(this.baseUrl, this.authenticator, jsonMapper, this.pageSize, this.collapseScope,
				prefetch, credentials, executor);
	}

}
