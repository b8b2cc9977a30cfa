package io.github.scapi.soundcloud;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.List;

import io.github.scapi.soundcloud.http.DeadlineExceededException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;

/**
 * What a failed exchange without a response says about itself: whether the request never
 * left, whether the call's deadline ended it, and its cause's name for a message (never the
 * cause's own message, which may hold the URL unredacted); and the typed, redacted failure
 * the caller gets for it.
 */
final class TransportFailures {

	private TransportFailures() {
	}

	/**
	 * The failure for an exchange that got no response: the deadline's (never retried), or
	 * "no response" naming the cause's type (retried under the retry policy's rules).
	 * @throws RestClientException {@code ex} itself when it is neither
	 */
	static SoundCloudTransportException noResponse(RestClientException ex, HttpMethod method, URI uri,
			Duration deadline) {
		if (deadlineExceeded(ex) != null) {
			return new SoundCloudTransportException(0, method, uri, List.of(), "the request's deadline of "
					+ deadline.toMillis() + " ms (soundcloud.retry.deadline) passed", null);
		}
		if (!(ex instanceof ResourceAccessException)) {
			throw ex;
		}
		return new SoundCloudTransportException(0, method, uri, List.of(), "no response: " + describe(ex), ex);
	}

	/**
	 * The failure for a request the HTTP library refused to send: its own message would show
	 * the URL or a header value unredacted (a header may hold a token), so neither it nor the
	 * cause goes along.
	 */
	static SoundCloudTransportException refused(HttpMethod method, URI uri) {
		return new SoundCloudTransportException(0, method, uri, List.of(),
				"the HTTP library refused the request's URL or a header value", null);
	}

	/**
	 * Whether the failure happened before any byte of the request could reach the server:
	 * then even a POST may be sent again.
	 */
	static boolean neverSent(RestClientException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
					|| cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
				return true;
			}
		}
		return false;
	}

	static @Nullable DeadlineExceededException deadlineExceeded(RestClientException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof DeadlineExceededException passed) {
				return passed;
			}
		}
		return null;
	}

	static String describe(RestClientException ex) {
		Throwable cause = ex.getMostSpecificCause();
		return (cause != null) ? cause.getClass().getSimpleName() : ex.getClass().getSimpleName();
	}

}
