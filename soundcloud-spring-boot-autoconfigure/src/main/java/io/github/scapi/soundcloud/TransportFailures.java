package io.github.scapi.soundcloud;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;

import io.github.scapi.soundcloud.http.DeadlineExceededException;
import org.jspecify.annotations.Nullable;

import org.springframework.web.client.RestClientException;

/**
 * What a failed exchange without a response says about itself: whether the request never
 * left, whether the call's deadline ended it, and its cause's name for a message (never the
 * cause's own message, which may hold the URL unredacted).
 */
final class TransportFailures {

	private TransportFailures() {
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
