package io.github.scapi.soundcloud.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Closes response bodies whose request deadline passed, even when nobody reads them, with
 * one daemon thread started when the first body with a deadline is watched. (Read timeouts
 * need no thread: the reader's own waits are bounded.)
 * <p>
 * A body is only added to a set while it is open and removed when it ends. One check is
 * scheduled at a time, for the earliest deadline known when it was scheduled, and it
 * schedules the next. A task per body would cost each response a task, a queue insertion,
 * a wake-up of the timer thread and a cancellation; bodies read to their end well before
 * their deadline, as nearly all are, cost two set operations instead.
 *
 * @author scapi contributors
 */
final class DeadlineWatch {

	static final DeadlineWatch INSTANCE = new DeadlineWatch();

	private final Set<Watched> watched = new HashSet<>();

	private @Nullable ScheduledThreadPoolExecutor timer;

	private @Nullable ScheduledFuture<?> check;

	// the nanoTime the pending check runs at
	private long checkAt;

	/**
	 * What the watch closes.
	 */
	interface Watched {

		/** The {@link System#nanoTime()} of the deadline. */
		long deadlineNanos();

		/** Called once the deadline passed, on the watch's thread, never under its lock. */
		void expire();

	}

	/** Closes {@code body} at its deadline unless it is {@linkplain #unwatch unwatched} first. */
	synchronized void watch(Watched body) {
		this.watched.add(body);
		long at = body.deadlineNanos();
		if (this.check == null || at - this.checkAt < 0) {
			schedule(at);
		}
	}

	synchronized void unwatch(Watched body) {
		// the pending check stays: it finds fewer bodies or none, and then schedules nothing
		this.watched.remove(body);
	}

	private void schedule(long at) {
		if (this.check != null) {
			this.check.cancel(false);
		}
		this.checkAt = at;
		this.check = timer().schedule(this::check, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
	}

	private ScheduledThreadPoolExecutor timer() {
		ScheduledThreadPoolExecutor timer = this.timer;
		if (timer == null) {
			timer = new ScheduledThreadPoolExecutor(1, (task) -> {
				Thread thread = new Thread(task, "soundcloud-http-deadline");
				thread.setDaemon(true);
				return thread;
			});
			timer.setRemoveOnCancelPolicy(true);
			this.timer = timer;
		}
		return timer;
	}

	private void check() {
		List<Watched> expired = new ArrayList<>();
		synchronized (this) {
			this.check = null;
			long now = System.nanoTime();
			Long next = null;
			for (var iterator = this.watched.iterator(); iterator.hasNext();) {
				Watched body = iterator.next();
				long at = body.deadlineNanos();
				if (at - now <= 0) {
					expired.add(body);
					iterator.remove();
				}
				else if (next == null || at - next < 0) {
					next = at;
				}
			}
			if (next != null) {
				schedule(next);
			}
		}
		// outside the lock: closing a body may take the client's locks, which a reader may
		// hold while it stops watching
		for (Watched body : expired) {
			body.expire();
		}
	}

}
