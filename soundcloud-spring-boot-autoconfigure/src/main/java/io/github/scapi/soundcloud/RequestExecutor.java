package io.github.scapi.soundcloud;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
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
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one logical request: its HTTP exchanges, the redirects the {@link RedirectPolicy}
 * allows, the retries the {@link SoundCloudRetryPolicy} allows and at most one renewal of
 * credentials after a 401. This class keeps the loop; the decisions live in those two
 * policies, what a response means in the {@link ResponseClassifier}, what a failure without
 * one means in {@link TransportFailures}, the waits in {@link Backoff} and the observation's
 * bookkeeping in {@link RequestObservation}. Redirects and retries happen here, around the exchange, rather than in
 * interceptors, because an interceptor makes Spring buffer request bodies in memory.
 */
final class RequestExecutor {

	/**
	 * Exchanges are logged under the connector's name, the category users know from the
	 * documentation (docs/observability.md).
	 */
	private static final Log logger = LogFactory.getLog("io.github.scapi.soundcloud.SoundCloudConnector");

	/**
	 * Where {@code RestClient} keeps a request's URI template, for the {@code uri} tag of
	 * {@code http.client.requests}: its {@code uri(String, Function)} sets it too, but parses
	 * the template into URI components twice per request to do so. The connector has expanded
	 * the URI itself, so it hands over both as they are.
	 */
	static final String URI_TEMPLATE_ATTRIBUTE = RestClient.class.getName() + ".uriTemplate";

	private final Supplier<RestClient> restClient;

	private final SoundCloudAuthenticator authenticator;

	private final Supplier<JsonMapper> jsonMapper;

	private final ResponseClassifier classifier;

	private final SoundCloudRetryPolicy retryPolicy;

	private final SoundCloudRateLimiter rateLimiter;

	private final RedirectPolicy redirectPolicy;

	private final Backoff backoff;

	private final ObservationRegistry observationRegistry;

	private final @Nullable ObservationConvention<SoundCloudRequestContext> convention;

	RequestExecutor(Supplier<RestClient> restClient, CredentialScope credentials, SoundCloudAuthenticator authenticator,
			Supplier<JsonMapper> jsonMapper, SoundCloudRetryPolicy retryPolicy, SoundCloudRateLimiter rateLimiter,
			Sleeper sleeper, Clock clock, RandomGenerator random, ObservationRegistry observationRegistry,
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
		this.backoff = new Backoff(retryPolicy, sleeper, clock, random);
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
		RequestObservation observation = RequestObservation.start(call, this.authenticator.type().name(),
				caller.observation(), this.observationRegistry, this.convention);
		try (Observation.Scope scope = observation.openScope()) {
			T result = loop(call, caller.authenticator(), observation);
			observation.succeeded(call.kind());
			return result;
		}
		catch (SoundCloudException ex) {
			observation.failed(ex);
			throw ex;
		}
		finally {
			observation.stop();
		}
	}

	private <T> @Nullable T loop(Call<T> call, SoundCloudAuthenticator caller, RequestObservation observation) {
		HttpMethod method = call.method();
		URI uri = call.uri();
		SoundCloudRequestBody body = call.body();
		Instant start = this.backoff.start();
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
			observation.attempt();
			try {
				outcome = exchange(call, method, uri, body, chain, caller, !renewed, deadline, observation);
			}
			catch (RateLimitedException ex) {
				// a 429 the retry policy does not retry (a POST, say) is still worth knowing
				this.rateLimiter.rateLimited(ex);
				throw ex;
			}
			catch (IllegalArgumentException ex) {
				throw TransportFailures.refused(method, uri);
			}
			catch (RestClientException ex) {
				observation.status(0);
				SoundCloudTransportException failure = TransportFailures.noResponse(ex, method, uri,
						this.retryPolicy.deadline());
				// a passed deadline is final; anything else may be sent again under the policy's rules
				if (TransportFailures.deadlineExceeded(ex) == null
						&& this.retryPolicy.mayResend(method, body, TransportFailures.neverSent(ex))
						&& this.backoff.waitBefore(attempt + 1, null, start, failure)) {
					observation.event(SoundCloudObservationDocumentation.Events.RETRY);
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
				observation.event(SoundCloudObservationDocumentation.Events.CREDENTIALS_RENEWED);
				continue;
			}
			if (outcome instanceof ExchangeOutcome.Retry<T> retry) {
				if (retry.failure() instanceof RateLimitedException limited) {
					observation.event(SoundCloudObservationDocumentation.Events.RATE_LIMITED);
					this.rateLimiter.rateLimited(limited);
				}
				if (this.backoff.waitBefore(attempt + 1, retry.after(), start, retry.failure())) {
					observation.event(SoundCloudObservationDocumentation.Events.RETRY);
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
			observation.redirected();
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
			boolean mayRenew, @Nullable Instant deadline, RequestObservation observation) {
		long started = System.nanoTime();
		RestClient.RequestBodySpec spec = this.restClient.get().method(method)
			.uri(uri)
			.attribute(URI_TEMPLATE_ATTRIBUTE, call.pathTemplate());
		if (!observation.observation().isNoop()) {
			// for an authenticator to record events on (a token obtained); nothing to record on a no-op
			spec.attribute(SoundCloudObservationDocumentation.OBSERVATION_ATTRIBUTE, observation.observation());
		}
		if (deadline != null) {
			spec.attribute(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, deadline);
		}
		if (body != null) {
			Call.writeBody(spec, body, this.jsonMapper.get());
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
			observation.status(response.getStatusCode().value());
			return this.classifier.classify(call, method, uri, request, response, (mayRenew && credentials) ? caller : null);
		}, true);
		if (logger.isDebugEnabled()) {
			logger.debug(method + " " + call.pathTemplate() + " -> " + observation.status() + " ("
					+ outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT) + ") in "
					+ (System.nanoTime() - started) / 1_000_000 + " ms");
		}
		return outcome;
	}

	/**
	 * Who a request is sent for.
	 *
	 * @param authenticator the credentials of the caller
	 * @param observation the caller's observation, or {@code null} when it had none
	 */
	record Caller(SoundCloudAuthenticator authenticator, @Nullable Observation observation) {
	}

}
