package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.observation.DefaultSoundCloudRequestConvention;
import io.github.scapi.soundcloud.observation.SoundCloudObservationDocumentation;
import io.github.scapi.soundcloud.observation.SoundCloudRequestContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Sends one logical request: its HTTP exchanges, the redirects the connector follows, the
 * retries the {@link SoundCloudRetryPolicy} allows and at most one renewal of credentials
 * after a 401. Redirects and retries happen here, around the exchange, rather than in
 * interceptors, because an interceptor makes Spring buffer request bodies in memory.
 */
final class RequestExecutor {

	/** The most redirects one request follows. */
	static final int MAX_HOPS = 5;

	private static final DefaultSoundCloudRequestConvention DEFAULT_CONVENTION = new DefaultSoundCloudRequestConvention();

	private static final Log logger = LogFactory.getLog(SoundCloudConnector.class);

	/** Retries have a logger of their own, to be watched without every exchange. */
	private static final Log retryLogger = LogFactory.getLog("io.github.scapi.soundcloud.retry");

	private final Supplier<RestClient> restClient;

	private final CredentialScope credentials;

	/** Adds credentials to each exchange whose URL may receive them. */
	private final Consumer<ClientHttpRequest> credentialsApplier;

	private final SoundCloudAuthenticator authenticator;

	private final JsonMapper jsonMapper;

	private final ErrorResponses errorResponses;

	private final SoundCloudRetryPolicy retryPolicy;

	private final Sleeper sleeper;

	private final Clock clock;

	private final RandomGenerator random;

	private final ObservationRegistry observationRegistry;

	private final @Nullable ObservationConvention<SoundCloudRequestContext> convention;

	RequestExecutor(Supplier<RestClient> restClient, CredentialScope credentials, SoundCloudAuthenticator authenticator,
			JsonMapper jsonMapper, SoundCloudRetryPolicy retryPolicy, Sleeper sleeper, Clock clock,
			RandomGenerator random, ObservationRegistry observationRegistry,
			@Nullable ObservationConvention<SoundCloudRequestContext> convention) {
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.restClient = restClient;
		this.credentials = credentials;
		this.credentialsApplier = credentials.applier(authenticator);
		this.authenticator = authenticator;
		this.jsonMapper = jsonMapper;
		this.errorResponses = new ErrorResponses(jsonMapper, clock);
		this.retryPolicy = retryPolicy;
		this.sleeper = sleeper;
		this.clock = clock;
		this.random = random;
	}

	/**
	 * One logical request.
	 *
	 * @param <T> the result type
	 * @param method the method
	 * @param pathTemplate the path template, for observations and logs
	 * @param uri the expanded URI
	 * @param body the body, or {@code null}
	 * @param reader reads a successful JSON body
	 * @param absentOn404 whether a 404 means "no result" rather than a failure
	 * @param onRedirect when not {@code null}, a redirect is not followed: its location is
	 * turned into the result instead
	 */
	record Call<T>(HttpMethod method, String pathTemplate, URI uri, @Nullable SoundCloudRequestBody body,
			SoundCloudConnector.BodyReader<T> reader, boolean absentOn404, @Nullable Function<URI, T> onRedirect,
			boolean json) {

		Call(HttpMethod method, String pathTemplate, URI uri, @Nullable SoundCloudRequestBody body,
				SoundCloudConnector.BodyReader<T> reader, boolean absentOn404, @Nullable Function<URI, T> onRedirect) {
			this(method, pathTemplate, uri, body, reader, absentOn404, onRedirect, true);
		}

	}

	<T> @Nullable T execute(Call<T> call) {
		// nothing to record without a registry that observes: no context is made then
		SoundCloudRequestContext context = this.observationRegistry.isNoop() ? null
				: new SoundCloudRequestContext(call.method().name(), call.pathTemplate(),
						this.authenticator.type().name());
		Observation observation = SoundCloudObservationDocumentation.CLIENT_REQUEST
			.observation(this.convention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.start();
		Progress progress = new Progress(observation);
		try (Observation.Scope scope = observation.openScope()) {
			T result = loop(call, progress);
			if (call.reader() instanceof PageReader<?>) {
				observation.event(SoundCloudObservationDocumentation.Events.PAGE);
			}
			if (context != null) {
				context.ended(progress.status, progress.attempts, progress.redirects, null);
			}
			return result;
		}
		catch (SoundCloudException ex) {
			if (context != null) {
				context.ended(ex.getStatus(), progress.attempts, progress.redirects, ex.getClass().getSimpleName());
			}
			observation.error(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	private <T> @Nullable T loop(Call<T> call, Progress progress) {
		HttpMethod method = call.method();
		URI uri = call.uri();
		SoundCloudRequestBody body = call.body();
		Instant start = this.clock.instant();
		Set<URI> visited = new HashSet<>(List.of(uri));
		int attempt = 1;
		int hops = 0;
		boolean renewed = false;
		while (true) {
			ExchangeOutcome<T> outcome;
			progress.attempts++;
			try {
				outcome = exchange(call, method, uri, body, !renewed, progress);
			}
			catch (ResourceAccessException ex) {
				SoundCloudTransportException failure = new SoundCloudTransportException(0, method,
						UrlRedactor.redact(uri), List.of(), "no response: " + describe(ex), ex);
				boolean unsent = neverSent(ex);
				progress.status = 0;
				if ((unsent || (isIdempotent(method) && (body == null || body.isRepeatable())))
						&& waitBeforeAttempt(attempt + 1, null, start, failure)) {
					progress.event(SoundCloudObservationDocumentation.Events.RETRY);
					attempt++;
					continue;
				}
				throw failure;
			}
			if (outcome instanceof ExchangeOutcome.Done<T> done) {
				return done.value();
			}
			if (outcome instanceof ExchangeOutcome.Renewed<T>) {
				renewed = true;
				progress.event(SoundCloudObservationDocumentation.Events.CREDENTIALS_RENEWED);
				continue;
			}
			if (outcome instanceof ExchangeOutcome.Retry<T> retry) {
				if (retry.failure() instanceof RateLimitedException) {
					progress.event(SoundCloudObservationDocumentation.Events.RATE_LIMITED);
				}
				if (waitBeforeAttempt(attempt + 1, retry.after(), start, retry.failure())) {
					progress.event(SoundCloudObservationDocumentation.Events.RETRY);
					attempt++;
					continue;
				}
				throw retry.failure();
			}
			ExchangeOutcome.Redirect<T> redirect = (ExchangeOutcome.Redirect<T>) outcome;
			if (call.onRedirect() != null) {
				return call.onRedirect().apply(redirect.location());
			}
			checkRedirect(method, uri, body, redirect, ++hops, visited);
			progress.redirects++;
			progress.event(SoundCloudObservationDocumentation.Events.REDIRECT);
			if (redirect.status() == 303 || redirect.status() == 201) {
				method = HttpMethod.GET;
				body = null;
			}
			uri = redirect.location();
			attempt = 1;
		}
	}

	private <T> ExchangeOutcome<T> exchange(Call<T> call, HttpMethod method, URI uri,
			@Nullable SoundCloudRequestBody body, boolean mayRenew, Progress progress) {
		long started = System.nanoTime();
		RestClient.RequestBodySpec spec = this.restClient.get().method(method)
			.uri(call.pathTemplate(), (ignored) -> uri)
			.attribute(SoundCloudObservationDocumentation.OBSERVATION_ATTRIBUTE, progress.observation);
		if (body != null) {
			writeBody(spec, body);
		}
		ExchangeOutcome<T> outcome = spec.httpRequest(this.credentialsApplier)
			.exchange((request, response) -> {
				progress.status = response.getStatusCode().value();
				return classify(call, method, uri, request, response, mayRenew);
			}, true);
		if (logger.isDebugEnabled()) {
			logger.debug(method + " " + call.pathTemplate() + " -> " + progress.status + " ("
					+ outcome.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + ") in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
		}
		return outcome;
	}

	private void writeBody(RestClient.RequestBodySpec spec, SoundCloudRequestBody body) {
		spec.contentType(body.contentType());
		if (body instanceof SoundCloudRequestBody.Form form) {
			spec.attribute(SoundCloudAuthenticator.FORM_PARAMETERS_ATTRIBUTE, form.parameters()).body(form.parameters());
		}
		else if (body instanceof SoundCloudRequestBody.Multipart multipart) {
			spec.body(multipart.parts());
		}
		else if (body instanceof SoundCloudRequestBody.Json json) {
			spec.body(this.jsonMapper.writeValueAsBytes(json.value()));
		}
	}

	private <T> ExchangeOutcome<T> classify(Call<T> call, HttpMethod method, URI uri, HttpRequest request,
			ClientHttpResponse response, boolean mayRenew) throws IOException {
		int status = response.getStatusCode().value();
		if (status == 401 && mayRenew && this.credentials.mayReceive(request.getURI())
				&& this.authenticator.renew(request)) {
			return new ExchangeOutcome.Renewed<>();
		}
		String location = response.getHeaders().getFirst("Location");
		if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
			if (location == null) {
				throw new UnexpectedResponseException(status, method, UrlRedactor.redact(uri), List.of(),
						status + " redirect without a Location header", null);
			}
			return new ExchangeOutcome.Redirect<>(status, resolve(method, uri, status, location));
		}
		if (response.getStatusCode().is2xxSuccessful()) {
			InputStream body = nonEmpty(response.getBody());
			if (body == null) {
				// 201 without a body: the created resource is at the Location (scapi's rule);
				// without a Location, the request simply has no result
				return (status == 201 && location != null)
						? new ExchangeOutcome.Redirect<>(201, resolve(method, uri, status, location))
						: new ExchangeOutcome.Done<>(null);
			}
			return new ExchangeOutcome.Done<>(read(call, method, uri, status, response, body));
		}
		if (status == 404 && call.absentOn404()) {
			return new ExchangeOutcome.Done<>(null);
		}
		SoundCloudException failure = this.errorResponses.create(method, UrlRedactor.redact(uri), status,
				response.getHeaders(), response.getBody());
		if (isRetryable(method, status)) {
			Duration after = (failure instanceof RateLimitedException limited)
					? limited.getResetTime().map((reset) -> nonNegative(Duration.between(this.clock.instant(), reset)))
						.orElse(null)
					: null;
			if (status == 429 && after == null) {
				after = this.retryPolicy.backoffBound(2);
			}
			return new ExchangeOutcome.Retry<>(failure, after);
		}
		throw failure;
	}

	private <T> T read(Call<T> call, HttpMethod method, URI uri, int status, ClientHttpResponse response,
			InputStream body) throws IOException {
		MediaType contentType = response.getHeaders().getContentType();
		if (call.json() && contentType != null && !ErrorResponses.isJson(contentType)) {
			throw new UnexpectedContentTypeException(status, method, UrlRedactor.redact(uri),
					ErrorResponses.summary(body.readNBytes(4096)), "expected JSON but got " + contentType, null);
		}
		try {
			return call.reader().read(body);
		}
		catch (JacksonException ex) {
			throw new UnexpectedResponseException(status, method, UrlRedactor.redact(uri), List.of(),
					"the body is not the JSON expected: " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			// a consumer of a download failed while reading: the connection broke mid-body
			throw new SoundCloudTransportException(status, method, UrlRedactor.redact(uri), List.of(),
					"the body broke off: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private static @Nullable InputStream nonEmpty(InputStream body) throws IOException {
		PushbackInputStream pushback = new PushbackInputStream(body, 1);
		int first = pushback.read();
		if (first == -1) {
			return null;
		}
		pushback.unread(first);
		return pushback;
	}

	private URI resolve(HttpMethod method, URI uri, int status, String location) {
		try {
			return uri.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new SoundCloudRedirectException(status, method, UrlRedactor.redact(uri), UrlRedactor.redact(location),
					"the location is not a valid URL");
		}
	}

	private void checkRedirect(HttpMethod method, URI from, @Nullable SoundCloudRequestBody body,
			ExchangeOutcome.Redirect<?> redirect, int hops, Set<URI> visited) {
		int status = redirect.status();
		URI to = redirect.location();
		String url = UrlRedactor.redact(from);
		String location = UrlRedactor.redact(to);
		if (hops > MAX_HOPS) {
			throw new SoundCloudRedirectException(status, method, url, location, "more than " + MAX_HOPS + " redirects");
		}
		String scheme = (to.getScheme() != null) ? to.getScheme().toLowerCase(java.util.Locale.ROOT) : "";
		if (!scheme.equals("https") && !scheme.equals("http")) {
			throw new SoundCloudRedirectException(status, method, url, location, "not an http(s) URL");
		}
		if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
			throw new SoundCloudRedirectException(status, method, url, location, "it would downgrade HTTPS to HTTP");
		}
		if (this.credentials.isApiOrigin(to) && !this.credentials.isUnderBasePath(to)) {
			throw new SoundCloudRedirectException(status, method, url, location,
					"it leaves the API's base path " + this.credentials.basePath());
		}
		if ((status == 301 || status == 302) && method != HttpMethod.GET && method != HttpMethod.HEAD) {
			throw new SoundCloudRedirectException(status, method, url, location,
					"a " + status + " is followed for GET only; the server may or may not have processed the "
							+ method);
		}
		if ((status == 307 || status == 308) && body != null && !body.isRepeatable()) {
			throw new SoundCloudRedirectException(status, method, url, location,
					"the body was streamed once and cannot be sent again");
		}
		if (!visited.add(to)) {
			throw new SoundCloudRedirectException(status, method, url, location, "redirect loop");
		}
	}

	private boolean waitBeforeAttempt(int attempt, @Nullable Duration requested, Instant start,
			SoundCloudException failure) {
		if (attempt > this.retryPolicy.maxAttempts()) {
			return false;
		}
		Duration delay;
		if (requested != null) {
			if (requested.compareTo(this.retryPolicy.maxBackoff()) > 0) {
				return false;
			}
			delay = requested;
		}
		else {
			long bound = this.retryPolicy.backoffBound(attempt).toMillis();
			delay = Duration.ofMillis((bound > 0) ? this.random.nextLong(bound + 1) : 0);
		}
		Instant deadline = start.plus(this.retryPolicy.deadline());
		if (this.clock.instant().plus(delay).isAfter(deadline)) {
			return false;
		}
		if (retryLogger.isDebugEnabled()) {
			retryLogger.debug("Retrying " + failure.getMethod() + " " + failure.getUrl() + " (attempt " + attempt + " of "
					+ this.retryPolicy.maxAttempts() + ") in " + delay.toMillis() + " ms after: " + failure.getMessage());
		}
		try {
			this.sleeper.sleep(delay);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean isRetryable(HttpMethod method, int status) {
		if (status == 429) {
			return method != HttpMethod.POST;
		}
		if (status == 502 || status == 503 || status == 504) {
			return isIdempotent(method);
		}
		return status == 500 && (method == HttpMethod.GET || method == HttpMethod.HEAD);
	}

	private static boolean isIdempotent(HttpMethod method) {
		return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.PUT
				|| method == HttpMethod.DELETE;
	}

	/**
	 * Whether the failure happened before any byte of the request could reach the server:
	 * then even a POST may be sent again.
	 */
	private static boolean neverSent(ResourceAccessException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
					|| cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
				return true;
			}
		}
		return false;
	}

	private static String describe(ResourceAccessException ex) {
		Throwable cause = ex.getMostSpecificCause();
		return (cause != null) ? cause.getClass().getSimpleName() : ex.getClass().getSimpleName();
	}

	/** How far one logical request has come, for its observation. */
	private static final class Progress {

		private final Observation observation;

		private int status;

		private int attempts;

		private int redirects;

		Progress(Observation observation) {
			this.observation = observation;
		}

		void event(Observation.Event event) {
			this.observation.event(event);
		}

	}

	private static Duration nonNegative(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

}
