package io.github.scapi.soundcloud.http;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One daemon thread that closes response bodies whose request deadline passed, started when
 * the first request with a deadline is answered. (Read timeouts need no thread: the reader's
 * own waits are bounded.)
 *
 * @author scapi contributors
 */
final class TimeoutScheduler {

	static final ScheduledThreadPoolExecutor INSTANCE = create();

	private static ScheduledThreadPoolExecutor create() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "soundcloud-http-deadline");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

}
