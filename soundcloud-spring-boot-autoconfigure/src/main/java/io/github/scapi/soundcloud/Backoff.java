package io.github.scapi.soundcloud;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The waits between attempts of one request: as long as the {@link SoundCloudRetryPolicy}
 * says (its backoff with jitter, a server's {@code Retry-After}, nothing past the deadline),
 * logged, and cut short by an interrupt, which ends the retries and keeps the thread's
 * interrupt status.
 */
final class Backoff {

	/** Retries have a logger of their own, to be watched without every exchange. */
	private static final Log logger = LogFactory.getLog("io.github.scapi.soundcloud.retry");

	private final SoundCloudRetryPolicy policy;

	private final Sleeper sleeper;

	private final Clock clock;

	private final RandomGenerator random;

	Backoff(SoundCloudRetryPolicy policy, Sleeper sleeper, Clock clock, RandomGenerator random) {
		this.policy = policy;
		this.sleeper = sleeper;
		this.clock = clock;
		this.random = random;
	}

	/** When a request starts, for the deadline its waits are measured against. */
	Instant start() {
		return this.clock.instant();
	}

	/**
	 * Wait before attempt {@code attempt} of a request that started at {@code start}.
	 * @param requested the wait the server asked for, or {@code null}
	 * @param failure what the last attempt failed with, for the log
	 * @return whether to send again: {@code false} when the policy allows no more attempts,
	 * the deadline would pass, or the thread was interrupted
	 */
	boolean waitBefore(int attempt, @Nullable Duration requested, Instant start, SoundCloudException failure) {
		Duration delay = this.policy.delayBefore(attempt, requested, Duration.between(start, this.clock.instant()),
				this.random);
		if (delay == null) {
			return false;
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Retrying " + failure.getMethod() + " " + failure.getUrl() + " (attempt " + attempt + " of "
					+ this.policy.maxAttempts() + ") in " + delay.toMillis() + " ms after: " + failure.getMessage());
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

}
