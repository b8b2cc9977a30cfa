package io.github.scapi.soundcloud;

import java.time.Duration;

/**
 * Waits between retries. Replaceable so that tests of retry behaviour take no real time.
 *
 * @author scapi contributors
 */
@FunctionalInterface
public interface Sleeper {

	/** Sleeps with {@link Thread#sleep(long)}. */
	Sleeper THREAD = (duration) -> Thread.sleep(duration.toMillis());

	/**
	 * Wait.
	 * @param duration how long
	 * @throws InterruptedException if the thread is interrupted while waiting
	 */
	void sleep(Duration duration) throws InterruptedException;

}
