package io.github.scapi.soundcloud.http;

import java.net.http.HttpTimeoutException;
import java.time.Instant;

/**
 * The exchange was abandoned because the deadline given with
 * {@link BlockingJdkClientHttpRequestFactory#DEADLINE_ATTRIBUTE} passed: before the request
 * was sent, while waiting for the response headers, while sending a streamed request body or
 * while reading the response body.
 * <p>
 * A subclass of {@link HttpTimeoutException}, so code that treats every timeout alike keeps
 * working; a caller that must tell its own deadline from the read timeout (a body that went
 * silent, which is an {@code HttpTimeoutException} of another type) checks for this type.
 *
 * @author scapi contributors
 */
public final class DeadlineExceededException extends HttpTimeoutException {

	private static final long serialVersionUID = 1L;

	private final Instant deadline;

	DeadlineExceededException(Instant deadline, String when) {
		super("the request deadline " + deadline + " passed " + when);
		this.deadline = deadline;
	}

	/**
	 * The deadline that passed.
	 * @return the instant given as {@link BlockingJdkClientHttpRequestFactory#DEADLINE_ATTRIBUTE}
	 */
	public Instant getDeadline() {
		return this.deadline;
	}

}
