package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Decides what one response means while it is still open: done (its body read by the
 * call's reader), a redirect, a failure worth retrying, credentials renewed after a 401,
 * or a failure thrown at once. Reading happens here so that the response can be closed
 * before the executor waits, follows a redirect or retries.
 */
final class ResponseClassifier {

	private final ErrorResponses errorResponses;

	private final SoundCloudRetryPolicy retryPolicy;

	private final Clock clock;

	private final long maxResponseBytes;

	ResponseClassifier(ErrorResponses errorResponses, SoundCloudRetryPolicy retryPolicy, Clock clock,
			long maxResponseBytes) {
		this.maxResponseBytes = maxResponseBytes;
		this.errorResponses = errorResponses;
		this.retryPolicy = retryPolicy;
		this.clock = clock;
	}

	<T> ExchangeOutcome<T> classify(Call<T> call, HttpMethod method, URI uri, HttpRequest request,
			ClientHttpResponse response, @Nullable SoundCloudAuthenticator renewer) throws IOException {
		int status = response.getStatusCode().value();
		// a renewer only when the exchange carried the caller's credentials and none was renewed yet
		if (status == 401 && renewer != null && renewer.renew(request)) {
			return new ExchangeOutcome.Renewed<>();
		}
		String location = response.getHeaders().getFirst("Location");
		if (RedirectPolicy.isRedirect(status)) {
			if (location == null) {
				throw new UnexpectedResponseException(status, method, uri, List.of(),
						status + " redirect without a Location header", null);
			}
			return new ExchangeOutcome.Redirect<>(status, RedirectPolicy.resolve(method, uri, status, location));
		}
		if (response.getStatusCode().is2xxSuccessful()) {
			// a declared length says whether there is a body without reading a byte of it (but
			// not for HEAD, whose length is the one a GET would get)
			long length = (method != HttpMethod.HEAD) ? response.getHeaders().getContentLength() : -1;
			InputStream body = (length > 0) ? response.getBody() : (length == 0) ? null : nonEmpty(response.getBody());
			if (body == null) {
				// 201 without a body: the created resource is at the Location (scapi's rule);
				// without a Location, the request simply has no result
				return (status == 201 && location != null)
						? new ExchangeOutcome.Redirect<>(201, RedirectPolicy.resolve(method, uri, status, location))
						: new ExchangeOutcome.Done<>(null);
			}
			return new ExchangeOutcome.Done<>(read(call, method, uri, status, response, body, length));
		}
		if (status == 404 && call.absentOn404()) {
			return new ExchangeOutcome.Done<>(null);
		}
		SoundCloudException failure = this.errorResponses.create(method, uri, status,
				response.getHeaders(), response.getBody());
		if (this.retryPolicy.isRetryable(method, status)) {
			Duration after = (failure instanceof RateLimitedException limited)
					? limited.getResetTime().map((reset) -> Duration.between(this.clock.instant(), reset)).orElse(null)
					: null;
			if (status == 429 && after == null) {
				after = this.retryPolicy.rateLimitWait();
			}
			return new ExchangeOutcome.Retry<>(failure, after);
		}
		throw failure;
	}

	/**
	 * Read a successful body with the call's reader; {@code length} is the declared length,
	 * or -1 when it is not known.
	 */
	private <T> T read(Call<T> call, HttpMethod method, URI uri, int status, ClientHttpResponse response,
			InputStream body, long length) throws IOException {
		if (call.expectsJson()) {
			String declared = response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
			// parsed only when it is not plainly application/json, SoundCloud's answer
			MediaType contentType = (declared != null && !ErrorResponses.isPlainJson(declared))
					? ErrorResponses.contentType(response.getHeaders()) : MediaType.APPLICATION_JSON;
			if (declared != null && (contentType == null || !ErrorResponses.isJson(contentType))) {
				String what = (contentType != null) ? contentType.toString()
						: "a Content-Type that is not a media type: " + ErrorResponses.truncate(declared, 100);
				throw new UnexpectedContentTypeException(status, method, uri,
						ErrorResponses.summary(body.readNBytes(4096)), "expected JSON but got " + what, null);
			}
		}
		if (call.expectsJson() && length > this.maxResponseBytes) {
			// declared too large: refused before a byte of it is read
			throw tooLarge(method, uri, status);
		}
		// counted even when its length is declared: not every transport holds a server to it
		InputStream limited = call.expectsJson() ? new LimitedBody(body, this.maxResponseBytes) : body;
		try {
			return call.reader().read(limited);
		}
		catch (JacksonIOException ex) {
			IOException cause = ex.getCause();
			if (cause instanceof LimitedBody.TooLarge) {
				throw tooLarge(method, uri, status);
			}
			// the connection broke or stalled mid-body: a transport failure, retried under the
			// normal rules (the exchange turns it into a ResourceAccessException)
			throw (cause != null) ? cause : new IOException(ex.getOriginalMessage());
		}
		catch (LimitedBody.TooLarge ex) {
			throw tooLarge(method, uri, status);
		}
		catch (StreamConstraintsException ex) {
			throw new UnexpectedResponseException(status, method, uri, List.of(),
					"the JSON exceeds the parser's limits: " + ex.getOriginalMessage(), null);
		}
		catch (JacksonException ex) {
			throw new UnexpectedResponseException(status, method, uri, List.of(),
					"the body is not the JSON expected: " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			if (call.expectsJson()) {
				throw ex;
			}
			// a download's consumer may have kept what it read: not sent again
			throw new SoundCloudTransportException(status, method, uri, List.of(),
					"the body broke off: " + ex.getClass().getSimpleName(), ex);
		}
	}

	private UnexpectedResponseException tooLarge(HttpMethod method, URI uri, int status) {
		// not retried: the same request gives the same body; the connection is closed, not drained
		return new UnexpectedResponseException(status, method, uri, List.of(),
				"the body is larger than " + this.maxResponseBytes
						+ " bytes (soundcloud.http.max-response-size); it was not read further",
				null);
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

}
