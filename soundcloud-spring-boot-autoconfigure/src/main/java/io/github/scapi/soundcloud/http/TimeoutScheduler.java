package io.github.scapi.soundcloud.http;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * One daemon thread for every pending body timeout, started when first needed.
 *
 * @author scapi contributors
 */
final class TimeoutScheduler {

	static final ScheduledThreadPoolExecutor INSTANCE = create();

	private static ScheduledThreadPoolExecutor create() {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "soundcloud-http-read-timeout");
			thread.setDaemon(true);
			return thread;
		});
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

}
