package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The data of one fake, safe for concurrent requests: reads share a lock, writes take it
 * alone, so every request sees a consistent store.
 */
public final class FakeState {

	private final Seed seed;

	private final Clock clock;

	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	private Store store;

	FakeState(Seed seed, Clock clock) {
		this.seed = seed;
		this.clock = clock;
		this.store = new Store(seed);
	}

	/**
	 * Creates the state of a new fake from the standard dataset.
	 * @return the state
	 */
	public static FakeState standard() {
		return new FakeState(Seed.standard(), Clock.systemUTC());
	}

	Clock clock() {
		return this.clock;
	}

	<T> T read(Function<Store, T> reader) {
		this.lock.readLock().lock();
		try {
			return reader.apply(this.store);
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	<T> T write(Function<Store, T> writer) {
		this.lock.writeLock().lock();
		try {
			return writer.apply(this.store);
		}
		finally {
			this.lock.writeLock().unlock();
		}
	}

	void update(Consumer<Store> writer) {
		write((store) -> {
			writer.accept(store);
			return null;
		});
	}

	/**
	 * Throws away every change: the data is the generated dataset again.
	 */
	public void reset() {
		Store fresh = new Store(this.seed);
		update((store) -> this.store = fresh);
	}

}
