package io.github.scapi.soundcloud.http;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one check that closes bodies at their deadlines: each body at its own, whatever order
 * they were watched in, and none once it stopped being watched.
 */
@Timeout(10)
class DeadlineWatchTests {

	private final DeadlineWatch watch = DeadlineWatch.INSTANCE;

	@Test
	void aBodyWatchedAfterALaterOneStillExpiresAtItsOwnDeadline() throws InterruptedException {
		Body late = new Body(5_000);
		Body early = new Body(100);
		this.watch.watch(late);
		this.watch.watch(early);
		assertThat(early.expired.await(2, TimeUnit.SECONDS)).isTrue();
		assertThat(early.expiredAfterMillis()).isGreaterThanOrEqualTo(100);
		assertThat(late.expired.getCount()).isOne();
		this.watch.unwatch(late);
	}

	@Test
	void bodiesWatchedOneAfterAnotherEachExpireInTurn() throws InterruptedException {
		Body first = new Body(100);
		Body second = new Body(300);
		this.watch.watch(first);
		this.watch.watch(second);
		assertThat(first.expired.await(2, TimeUnit.SECONDS)).isTrue();
		assertThat(second.expired.await(2, TimeUnit.SECONDS)).isTrue();
		assertThat(second.expiredAfterMillis()).isGreaterThanOrEqualTo(300);
	}

	@Test
	void aBodyNoLongerWatchedIsNotExpired() throws InterruptedException {
		Body ended = new Body(100);
		Body marker = new Body(300);
		this.watch.watch(ended);
		this.watch.watch(marker);
		this.watch.unwatch(ended);
		assertThat(marker.expired.await(2, TimeUnit.SECONDS)).isTrue();
		assertThat(ended.expired.getCount()).isOne();
	}

	private static final class Body implements DeadlineWatch.Watched {

		private final long start = System.nanoTime();

		private final long deadline;

		private final CountDownLatch expired = new CountDownLatch(1);

		private volatile long expiredAt;

		Body(long millis) {
			this.deadline = this.start + TimeUnit.MILLISECONDS.toNanos(millis);
		}

		@Override
		public long deadlineNanos() {
			return this.deadline;
		}

		@Override
		public void expire() {
			this.expiredAt = System.nanoTime();
			this.expired.countDown();
		}

		long expiredAfterMillis() {
			return TimeUnit.NANOSECONDS.toMillis(this.expiredAt - this.start);
		}

	}

}
