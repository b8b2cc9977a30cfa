package io.github.scapi.soundcloud;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
import io.github.scapi.soundcloud.http.DeadlineExceededException;
import io.github.scapi.soundcloud.observation.DefaultSoundCloudRequestConvention;
import io.github.scapi.soundcloud.observation.SoundCloudObservationDocumentation;
import io.github.scapi.soundcloud.observation.SoundCloudRequestContext;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;

/**
 * Sends one logical request: its HTTP exchanges, the redirects the {@link RedirectPolicy}
 * allows, the retries the {@link SoundCloudRetryPolicy} allows and at most one renewal of
 * credentials after a 401. This class keeps the loop; the decisions live in those two
 * policies. Redirects and retries happen here, around the exchange, rather than in
 * interceptors, because an interceptor makes Spring buffer request bodies in memory.
 */
final class RequestExecutor {

	private static final DefaultSoundCloudRequestConvention DEFAULT_CONVENTION = new DefaultSoundCloudRequestConvention();

	/**
	 * Exchanges are logged under the connector's name, the category users know from the
	 * documentation (docs/observability.md).
	 */
	private static final Log logger = LogFactory.getLog("io.github.scapi.soundcloud.SoundCloudConnector");

	/** Retries have a logger of their own, to be watched without every exchange. */
	private static final Log retryLogger = LogFactory.getLog("io.github.scapi.soundcloud.retry");

	/**
	 * Where {@code RestClient} keeps a request's URI template, for the {@code uri} tag of
	 * {@code http.client.requests}: its {@code uri(String, Function)} sets it too, but parses
	 * the template into URI components twice per request to do so. The connector has expanded
	 * the URI itself, so it hands over both as they are.
	 */
	static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	private final Supplier<RestClient> restClient;

	private final SoundCloudAuthenticator authenticator;

	private final JsonMapper jsonMapper;

	private final ResponseClassifier classifier;

	private final SoundCloudRetryPolicy retryPolicy;

	private final SoundCloudRateLimiter rateLimiter;

	private final RedirectPolicy redirectPolicy;

	private final Sleeper sleeper;

	private final Clock clock;

	private final RandomGenerator random;

	private final ObservationRegistry observationRegistry;

	private final @Nullable ObservationConvention<SoundCloudRequestContext> convention;

	RequestExecutor(Supplier<RestClient> restClient, CredentialScope credentials, SoundCloudAuthenticator authenticator,
			JsonMapper jsonMapper, SoundCloudRetryPolicy retryPolicy, SoundCloudRateLimiter rateLimiter,
			Sleeper sleeper, Clock clock,
			RandomGenerator random, ObservationRegistry observationRegistry,
			@Nullable ObservationConvention<SoundCloudRequestContext> convention, long maxResponseBytes) {
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.restClient = restClient;
		this.authenticator = authenticator;
		this.jsonMapper = jsonMapper;
		this.classifier = new ResponseClassifier(new ErrorResponses(jsonMapper, clock), retryPolicy, clock,
				maxResponseBytes);
		this.retryPolicy = retryPolicy;
		this.rateLimiter = rateLimiter;
		this.redirectPolicy = new RedirectPolicy(credentials);
		this.sleeper = sleeper;
		this.clock = clock;
		this.random = random;
	}

	/**
	 * Send a request on behalf of whoever the current thread acts for.
	 */
	<T> @Nullable T execute(Call<T> call) {
		return execute(call, currentCaller());
	}

	/**
	 * Who the current thread acts for, to send later requests on its behalf from other
	 * threads: its credentials (the signed-in user's) and its observation, which becomes the
	 * parent of every request's observation, so that one walk is one trace.
	 */
	Caller currentCaller() {
		return new Caller(this.authenticator.forCurrentCaller(), this.observationRegistry.getCurrentObservation());
	}

	/**
	 * Send a request on behalf of a caller captured earlier.
	 */
	<T> @Nullable T execute(Call<T> call, Caller caller) {
		// nothing to record without a registry that observes: no context is made then
		SoundCloudRequestContext context = this.observationRegistry.isNoop() ? null
				: new SoundCloudRequestContext(call.method().name(), call.pathTemplate(),
						this.authenticator.type().name());
		Observation observation = SoundCloudObservationDocumentation.CLIENT_REQUEST
			.observation(this.convention, DEFAULT_CONVENTION, () -> context, this.observationRegistry);
		if (caller.observation() != null) {
			observation.parentObservation(caller.observation());
		}
		observation.start();
		Progress progress = new Progress(observation);
		try (Observation.Scope scope = observation.openScope()) {
			T result = loop(call, caller.authenticator(), progress);
			if (call.kind() == Call.Kind.PAGE) {
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

	private <T> @Nullable T loop(Call<T> call, SoundCloudAuthenticator caller, Progress progress) {
		HttpMethod method = call.method();
		URI uri = call.uri();
		SoundCloudRequestBody body = call.body();
		Instant start = this.clock.instant();
		// the transport abandons the exchange at this instant (real time, whatever clock the
		// retries are measured with); streamed uploads and downloads take as long as they keep
		// moving, so they have none
		Instant deadline = (call.kind() != Call.Kind.DOWNLOAD && !(body instanceof SoundCloudRequestBody.Multipart))
				? Instant.now().plus(this.retryPolicy.deadline()) : null;
		RedirectPolicy.Chain chain = this.redirectPolicy.start(uri);
		int attempt = 1;
		boolean renewed = false;
		while (true) {
			ExchangeOutcome<T> outcome;
			if (chain.mayCarryCredentials(uri)) {
				// may refuse before anything is sent, when a limit is known to be reached
				this.rateLimiter.beforeExchange(method, uri);
			}
			progress.attempts++;
			try {
				outcome = exchange(call, method, uri, body, chain, caller, !renewed, deadline, progress);
			}
			catch (RateLimitedException ex) {
				// a 429 the retry policy does not retry (a POST, say) is still worth knowing
				this.rateLimiter.rateLimited(ex);
				throw ex;
			}
			catch (IllegalArgumentException ex) {
				// the HTTP library refused the URL or a header value; its message would show them
				// unredacted (a header may hold a token), so neither it nor the cause goes along
				throw new SoundCloudTransportException(0, method, uri, List.of(),
						"the HTTP library refused the request's URL or a header value", null);
			}
			catch (RestClientException ex) {
				DeadlineExceededException passed = TransportFailures.deadlineExceeded(ex);
				if (passed != null) {
					progress.status = 0;
					throw new SoundCloudTransportException(0, method, uri, List.of(), "the request's deadline of "
							+ this.retryPolicy.deadline().toMillis() + " ms (soundcloud.retry.deadline) passed", null);
				}
				if (!(ex instanceof ResourceAccessException)) {
					throw ex;
				}
				SoundCloudTransportException failure = new SoundCloudTransportException(0, method,
						uri, List.of(), "no response: " + TransportFailures.describe(ex), ex);
				progress.status = 0;
				if (this.retryPolicy.mayResend(method, body, TransportFailures.neverSent(ex))
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
				if (retry.failure() instanceof RateLimitedException limited) {
					progress.event(SoundCloudObservationDocumentation.Events.RATE_LIMITED);
					this.rateLimiter.rateLimited(limited);
				}
				if (waitBeforeAttempt(attempt + 1, retry.after(), start, retry.failure())) {
					progress.event(SoundCloudObservationDocumentation.Events.RETRY);
					attempt++;
					continue;
				}
				throw retry.failure();
			}
			ExchangeOutcome.Redirect<T> redirect = (ExchangeOutcome.Redirect<T>) outcome;
			if (call.kind() == Call.Kind.REDIRECT_ONLY) {
				@SuppressWarnings("unchecked")
				T location = (T) redirect.location();
				return location;
			}
			chain.hop(method, uri, body, redirect.status(), redirect.location());
			progress.redirects++;
			progress.event(SoundCloudObservationDocumentation.Events.REDIRECT);
			if (!RedirectPolicy.keepsBody(redirect.status())) {
				body = null;
			}
			method = RedirectPolicy.methodAfter(redirect.status(), method);
			uri = redirect.location();
			attempt = 1;
		}
	}

	private <T> ExchangeOutcome<T> exchange(Call<T> call, HttpMethod method, URI uri,
			@Nullable SoundCloudRequestBody body, RedirectPolicy.Chain chain, SoundCloudAuthenticator caller,
			boolean mayRenew, @Nullable Instant deadline, Progress progress) {
		long started = System.nanoTime();
		RestClient.RequestBodySpec spec = this.restClient.get().method(method)
			.uri(uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, call.pathTemplate())
			.attribute(SoundCloudObservationDocumentation.OBSERVATION_ATTRIBUTE, progress.observation);
		if (deadline != null) {
			spec.attribute(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, deadline);
		}
		if (body != null) {
			writeBody(spec, body);
		}
		// asked for the URL each exchange is really sent to
		boolean credentials = chain.mayCarryCredentials(uri);
		ExchangeOutcome<T> outcome = spec.httpRequest((request) -> {
			if (credentials && chain.mayCarryCredentials(request.getURI())) {
				caller.authenticate(request);
			}
			else if (!chain.mayCarryCredentials(request.getURI())) {
				// a foreign hop: headers meant for the API (an application's default headers,
				// such as an internal API key) stay at the API
				CredentialScope.keepOwnHeaders(request.getHeaders());
			}
		}).exchange((request, response) -> {
			progress.status = response.getStatusCode().value();
			return this.classifier.classify(call, method, uri, request, response, (mayRenew && credentials) ? caller : null);
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

	private boolean waitBeforeAttempt(int attempt, @Nullable Duration requested, Instant start,
			SoundCloudException failure) {
		Duration delay = this.retryPolicy.delayBefore(attempt, requested,
				Duration.between(start, this.clock.instant()), this.random);
		if (delay == null) {
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

	/**
	 * Who a request is sent for.
	 *
	 * @param authenticator the credentials of the caller
	 * @param observation the caller's observation, or {@code null} when it had none
	 */
	record Caller(SoundCloudAuthenticator authenticator, @Nullable Observation observation) {
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


}
