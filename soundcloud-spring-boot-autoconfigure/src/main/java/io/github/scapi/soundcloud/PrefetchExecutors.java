package io.github.scapi.soundcloud;

import java.lang.reflect.Method;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Executors for fetching pages ahead. On Java 21 and later, a virtual thread per fetch;
 * before, a small pool of daemon platform threads that refuses work when all are busy (the
 * page is then fetched on demand, so nothing queues up and nothing blocks).
 *
 */
final class PrefetchExecutors {

	private PrefetchExecutors() {
	}

	/**
	 * Return an executor for prefetching: virtual threads when the JVM has them, else a pool
	 * of at most {@code maxThreads} daemon threads.
	 * @param maxThreads the most platform threads (ignored with virtual threads, which cost
	 * next to nothing while they wait for the network)
	 * @return the executor
	 */
	static Executor create(int maxThreads) {
		Assert.isTrue(maxThreads >= 1, "'maxThreads' must be at least 1");
		Executor virtual = virtualThreads();
		return (virtual != null) ? virtual : platformThreads(maxThreads);
	}

	/**
	 * Return a pool of at most {@code maxThreads} daemon platform threads that refuses work
	 * when all are busy.
	 * @param maxThreads the most threads
	 * @return the executor
	 */
	static ExecutorService platformThreads(int maxThreads) {
		AtomicInteger count = new AtomicInteger();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(0, maxThreads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, "soundcloud-prefetch-" + count.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		return pool;
	}

	private static @Nullable Executor virtualThreads() {
		try {
			Method factory = java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
			return (Executor) factory.invoke(null);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			// before Java 21
			return null;
		}
	}

}
