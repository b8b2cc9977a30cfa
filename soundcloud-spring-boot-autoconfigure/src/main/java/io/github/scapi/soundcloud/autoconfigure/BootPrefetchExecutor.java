package io.github.scapi.soundcloud.autoconfigure;

import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor that fetches pages ahead, made from Spring Boot's task executor builders
 * when the application has them, so that it follows {@code spring.threads.virtual.enabled}
 * and carries the application's {@code TaskDecorator} and shutdown settings: a virtual
 * thread per fetch when virtual threads are enabled, else a pool of at most
 * {@code soundcloud.paging.prefetch-threads} threads that refuses work when all are busy
 * (the page is then fetched when it is needed, so nothing queues up). Made for the first
 * connector that asks, and shut down with the context. Not an {@link Executor} bean, so
 * that Boot's own {@code applicationTaskExecutor} does not back off.
 */
final class BootPrefetchExecutor implements DisposableBean {

	static final String THREAD_NAME_PREFIX = "soundcloud-prefetch-";

	private final Environment environment;

	private final ObjectProvider<SimpleAsyncTaskExecutorBuilder> simpleBuilder;

	private final ObjectProvider<ThreadPoolTaskExecutorBuilder> poolBuilder;

	private volatile @Nullable Executor executor;

	BootPrefetchExecutor(Environment environment, ObjectProvider<SimpleAsyncTaskExecutorBuilder> simpleBuilder,
			ObjectProvider<ThreadPoolTaskExecutorBuilder> poolBuilder) {
		this.environment = environment;
		this.simpleBuilder = simpleBuilder;
		this.poolBuilder = poolBuilder;
	}

	/**
	 * Return an executor that hands its tasks to the one made from Boot's builders, which is
	 * made when the first page is fetched ahead: making a pool at start-up (its classes, its
	 * initialisation) is paid for by every application, also by those that never walk a
	 * list. The thread count is checked now, so that a bad one still fails start-up.
	 * @param maxThreads the most platform threads
	 * @return the executor, or {@code null} when the application has neither of Boot's
	 * builders (the connector's own default is used then)
	 */
	@Nullable Executor deferred(int maxThreads) {
		boolean virtual = isVirtual();
		if (!virtual && this.poolBuilder.getIfAvailable() == null) {
			return null;
		}
		if (!virtual) {
			checkThreads(maxThreads);
		}
		return (task) -> get(maxThreads).execute(task);
	}

	/**
	 * Return the executor, made on the first call.
	 * @param maxThreads the most platform threads
	 * @return the executor, or {@code null} when the application has neither of Boot's
	 * builders (the connector's own default is used then)
	 */
	@Nullable Executor get(int maxThreads) {
		Executor executor = this.executor;
		if (executor != null) {
			return executor;
		}
		synchronized (this) {
			if (this.executor == null) {
				this.executor = create(maxThreads);
			}
			return this.executor;
		}
	}

	private boolean isVirtual() {
		return this.simpleBuilder.getIfAvailable() != null && Threading.VIRTUAL.isActive(this.environment);
	}

	private static void checkThreads(int maxThreads) {
		PropertyChecks.apply("soundcloud.paging.prefetch-threads", "at least 1", () -> {
			if (maxThreads < 1) {
				throw new IllegalArgumentException("must be at least 1");
			}
		});
	}

	private @Nullable Executor create(int maxThreads) {
		SimpleAsyncTaskExecutorBuilder simple = this.simpleBuilder.getIfAvailable();
		if (simple != null && Threading.VIRTUAL.isActive(this.environment)) {
			// a fetch waits for the network: a virtual thread each costs next to nothing, and
			// a concurrency limit set for Boot's executor refuses (fetch on demand), not blocks
			return simple.threadNamePrefix(THREAD_NAME_PREFIX)
				.virtualThreads(true)
				.rejectTasksWhenLimitReached(true)
				.build();
		}
		ThreadPoolTaskExecutorBuilder pool = this.poolBuilder.getIfAvailable();
		if (pool == null) {
			return null;
		}
		checkThreads(maxThreads);
		// Boot's pool is sized for the application's own tasks, with an unbounded queue: a
		// fetch ahead that waits in a queue helps no one, so no queue and our own bound
		ThreadPoolTaskExecutor executor = pool.threadNamePrefix(THREAD_NAME_PREFIX)
			.corePoolSize(0)
			.maxPoolSize(maxThreads)
			.queueCapacity(0)
			.build();
		executor.initialize();
		return executor;
	}

	@Override
	public synchronized void destroy() {
		if (this.executor instanceof ThreadPoolTaskExecutor pool) {
			pool.shutdown();
		}
		else if (this.executor instanceof SimpleAsyncTaskExecutor simple) {
			simple.close();
		}
	}

}
