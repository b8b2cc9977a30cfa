package io.github.scapi.soundcloud.http;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A request's deadline, taken from {@link BlockingJdkClientHttpRequestFactory#DEADLINE_ATTRIBUTE}
 * once and from then on measured on {@link System#nanoTime()}, so that a wall clock set back or
 * forward while the request runs does not move it.
 *
 * @author scapi contributors
 */
final class Deadline {

	// a deadline centuries ahead is no deadline; clamped so that nanoTime arithmetic cannot overflow
	private static final long FAR_NANOS = Long.MAX_VALUE / 4;

	private static final long FAR_SECONDS = FAR_NANOS / 1_000_000_000L;

	private final Instant instant;

	private final long nanos;

	private Deadline(Instant instant, long nanos) {
		this.instant = instant;
		this.nanos = nanos;
	}

	/**
	 * The deadline an attribute value gives, or {@code null} for none.
	 * @throws IllegalArgumentException if the value is not an {@link Instant}
	 */
	static @Nullable Deadline of(@Nullable Object attribute) {
		if (attribute == null) {
			return null;
		}
		if (!(attribute instanceof Instant instant)) {
			throw new IllegalArgumentException("The request attribute '"
					+ BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE + "' must be a java.time.Instant, not "
					+ attribute.getClass().getName());
		}
		long now = System.nanoTime();
		Instant wallNow = Instant.now();
		// in seconds first, so that a deadline centuries away cannot overflow, and without
		// making Instants on the way: this runs for every request
		long seconds = instant.getEpochSecond() - wallNow.getEpochSecond();
		long left;
		if (seconds > FAR_SECONDS) {
			left = FAR_NANOS;
		}
		else if (seconds < -FAR_SECONDS) {
			left = -FAR_NANOS;
		}
		else {
			left = seconds * 1_000_000_000L + (instant.getNano() - wallNow.getNano());
		}
		return new Deadline(instant, now + left);
	}

	/** The {@link System#nanoTime()} of the deadline. */
	long nanos() {
		return this.nanos;
	}

	/** Nanoseconds until the deadline, zero or negative once it passed. */
	long nanosLeft() {
		return this.nanos - System.nanoTime();
	}

	boolean passed() {
		return nanosLeft() <= 0;
	}

	/** The failure to report when the deadline passed {@code when} (a phrase such as "while ..."). */
	DeadlineExceededException exceeded(String when) {
		return new DeadlineExceededException(this.instant, when);
	}

	DeadlineExceededException exceeded(String when, Throwable cause) {
		DeadlineExceededException failure = exceeded(when);
		failure.initCause(cause);
		return failure;
	}

}
