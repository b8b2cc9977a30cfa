package io.github.scapi.soundcloud;

import java.time.Duration;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * How failed requests are retried: at most {@code maxAttempts} attempts in all, waiting
 * between them an exponentially growing, fully jittered delay (a random time between zero
 * and {@code min(maxBackoff, initialBackoff × 2^(attempt-1))}), and never beyond
 * {@code deadline} after the first attempt started. A 429 whose {@code Retry-After} (or
 * reset time) lies within {@code maxBackoff} is waited out exactly; a longer one is not
 * waited for.
 *
 * <p>Which failures are retried is fixed, because only some are safe: a connection that
 * failed before the request was sent (any method); 502, 503 and 504 for GET, PUT and
 * DELETE; 500 for GET; 429 for methods other than POST. A POST, and so every upload, is
 * never sent twice.
 *
 * @param maxAttempts the most attempts per request, at least 1 (1 disables retries)
 * @param initialBackoff the upper bound of the first delay
 * @param maxBackoff the largest delay ever waited
 * @param deadline the longest time a request may take over all its attempts
 * @author scapi contributors
 */
public record SoundCloudRetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration deadline) {

	/** Three attempts, 200 ms initial backoff, at most 10 s per wait, 30 s in all. */
	public static final SoundCloudRetryPolicy DEFAULT = new SoundCloudRetryPolicy(3, Duration.ofMillis(200),
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	/** One attempt: nothing is retried. */
	public static final SoundCloudRetryPolicy NONE = new SoundCloudRetryPolicy(1, Duration.ZERO, Duration.ZERO,
			Duration.ofDays(1));

	/**
	 * Check the components.
	 * @param maxAttempts the most attempts
	 * @param initialBackoff the first delay's bound
	 * @param maxBackoff the largest delay
	 * @param deadline the overall limit
	 */
	public SoundCloudRetryPolicy {
		Assert.isTrue(maxAttempts >= 1, "'maxAttempts' must be at least 1");
		Assert.isTrue(initialBackoff != null && !initialBackoff.isNegative(), "'initialBackoff' must not be negative");
		Assert.isTrue(maxBackoff != null && !maxBackoff.isNegative(), "'maxBackoff' must not be negative");
		Assert.isTrue(deadline != null && !deadline.isNegative() && !deadline.isZero(), "'deadline' must be positive");
	}

	/**
	 * Return the upper bound of the delay before the given attempt.
	 * @param attempt the attempt about to be made, 2 or more
	 * @return {@code min(maxBackoff, initialBackoff × 2^(attempt-2))}
	 */
	public Duration backoffBound(int attempt) {
		int doublings = Math.min(30, Math.max(0, attempt - 2));
		Duration bound = this.initialBackoff.multipliedBy(1L << doublings);
		return (bound.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : bound;
	}

	/**
	 * Return whether a response with this status may pass if the request is sent again:
	 * 429 for methods other than POST; 502, 503 and 504 for idempotent methods; 500 for GET
	 * and HEAD.
	 */
	boolean isRetryable(HttpMethod method, int status) {
		if (status == 429) {
			return method != HttpMethod.POST;
		}
		if (status == 502 || status == 503 || status == 504) {
			return isIdempotent(method);
		}
		return status == 500 && (method == HttpMethod.GET || method == HttpMethod.HEAD);
	}

	/**
	 * Return whether a request that got no response may be sent again: always when it never
	 * left (no connection could be made), else only an idempotent one whose body, if any, can
	 * be written twice.
	 */
	boolean mayResend(HttpMethod method, @Nullable SoundCloudRequestBody body, boolean neverSent) {
		return neverSent || (isIdempotent(method) && (body == null || body.isRepeatable()));
	}

	/**
	 * Return how long to wait before an attempt, or {@code null} when it is not to be made:
	 * the attempts are used up, the server asked for longer than {@code maxBackoff}, or the
	 * wait would end past the deadline.
	 * @param attempt the attempt about to be made, 2 or more
	 * @param requested the wait the server asked for, or {@code null} to back off with jitter
	 * @param elapsed the time since the first attempt started
	 * @param random the source of jitter
	 */
	@Nullable Duration delayBefore(int attempt, @Nullable Duration requested, Duration elapsed,
			RandomGenerator random) {
		if (attempt > this.maxAttempts) {
			return null;
		}
		Duration delay;
		if (requested != null) {
			if (requested.compareTo(this.maxBackoff) > 0) {
				return null;
			}
			delay = requested.isNegative() ? Duration.ZERO : requested;
		}
		else {
			long bound = backoffBound(attempt).toMillis();
			delay = Duration.ofMillis((bound > 0) ? random.nextLong(bound + 1) : 0);
		}
		return (elapsed.plus(delay).compareTo(this.deadline) > 0) ? null : delay;
	}

	/**
	 * Return the wait after a 429 that named no reset time: the bound of the first backoff.
	 */
	Duration rateLimitWait() {
		return backoffBound(2);
	}

	private static boolean isIdempotent(HttpMethod method) {
		return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.PUT
				|| method == HttpMethod.DELETE;
	}

}
