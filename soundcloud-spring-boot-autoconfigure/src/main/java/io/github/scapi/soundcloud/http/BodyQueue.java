package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * What the JDK client delivered of a response body and its reader has not taken yet: the
 * client's body subscriber, and the reader's waits, each one a timed, interruptible wait on a
 * condition. Like the JDK's own body stream, it asks for one list of buffers ahead of the
 * reader, so the socket, not memory, holds what the reader has not taken.
 * <p>
 * It is the subscriber the client is handed when the response headers come (its "body" is
 * the queue itself), rather than a subscriber to {@code BodyHandlers.ofPublisher()} made
 * after {@code send} returns: so the client delivers the first bytes on its own thread while
 * the caller's thread is still waking up, as it does for its own {@code InputStream}, and a
 * publisher and its subscription are not made and subscribed to for every response.
 *
 * @author scapi contributors
 */
final class BodyQueue implements HttpResponse.BodySubscriber<BodyQueue> {

	// markers told apart by identity: never List.of(), which the client may deliver too
	/** Taken at the end of the body. */
	static final List<ByteBuffer> END = Collections.unmodifiableList(new ArrayList<>(0));

	/** Taken once the queue was closed. */
	static final List<ByteBuffer> CLOSED = Collections.unmodifiableList(new ArrayList<>(0));

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final ArrayDeque<List<ByteBuffer>> arrived = new ArrayDeque<>(2);

	private boolean complete;

	private @Nullable Throwable failure;

	private Flow.@Nullable Subscription subscription;

	private boolean closed;

	private boolean cancelled;

	/** The queue itself, at once: the reader waits for bytes, not for this. */
	@Override
	public CompletionStage<BodyQueue> getBody() {
		return CompletableFuture.completedStage(this);
	}

	/**
	 * The next list of buffers, {@link #END} at the end of the body, {@link #CLOSED} once
	 * closed, or {@code null} when none came within {@code waitNanos} (negative: wait without
	 * bound).
	 * @throws IOException if the client failed to receive the body
	 * @throws InterruptedException if the thread was interrupted before or while waiting
	 */
	@Nullable List<ByteBuffer> take(long waitNanos) throws IOException, InterruptedException {
		List<ByteBuffer> list;
		Flow.Subscription demand;
		this.lock.lock();
		try {
			long remaining = waitNanos;
			while (true) {
				if (this.closed) {
					return CLOSED;
				}
				list = this.arrived.poll();
				if (list != null) {
					break;
				}
				if (this.failure != null) {
					throw new IOException("the response body failed: " + this.failure.getMessage(), this.failure);
				}
				if (this.complete) {
					return END;
				}
				if (waitNanos < 0) {
					this.changed.await();
				}
				else if (remaining <= 0) {
					return null;
				}
				else {
					remaining = this.changed.awaitNanos(remaining);
				}
			}
			demand = this.subscription;
		}
		finally {
			this.lock.unlock();
		}
		requestOne(demand);
		return list;
	}

	/**
	 * Closes the queue: every take, waiting or to come, returns {@link #CLOSED}.
	 * @return whether this call closed it
	 */
	boolean close() {
		this.lock.lock();
		try {
			if (this.closed) {
				return false;
			}
			this.closed = true;
			this.changed.signalAll();
			return true;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * After {@link #close()}: drops what arrives, up to {@code limit} bytes and for no longer
	 * than {@code waitNanos} (nor past an interrupt, whose status is kept).
	 * @return whether the body ended within that, so the client keeps the connection
	 */
	boolean drain(long waitNanos, int limit) {
		long wait = waitNanos;
		long drained = 0;
		while (true) {
			List<ByteBuffer> list;
			Flow.Subscription demand;
			this.lock.lock();
			try {
				while ((list = this.arrived.poll()) == null) {
					if (this.complete) {
						return true;
					}
					if (this.failure != null || this.cancelled || wait <= 0) {
						return false;
					}
					wait = this.changed.awaitNanos(wait);
				}
				demand = this.subscription;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
			finally {
				this.lock.unlock();
			}
			for (ByteBuffer buffer : list) {
				drained += buffer.remaining();
			}
			if (drained > limit) {
				return false;
			}
			requestOne(demand);
		}
	}

	// outside the lock: the client may deliver the next list on this very thread, or take a
	// lock of its own and then ours
	private static void requestOne(Flow.@Nullable Subscription demand) {
		if (demand != null) {
			demand.request(1);
		}
	}

	/** Cancels the exchange unless its body already ended: the client closes the connection. */
	void cancel() {
		Flow.Subscription subscribed;
		this.lock.lock();
		try {
			this.closed = true;
			this.arrived.clear();
			subscribed = (this.cancelled || this.complete || this.failure != null) ? null : this.subscription;
			this.cancelled = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		if (subscribed != null) {
			subscribed.cancel();
		}
	}

	@Override
	public void onSubscribe(Flow.Subscription subscription) {
		boolean wanted;
		this.lock.lock();
		try {
			wanted = this.subscription == null && !this.cancelled;
			if (this.subscription == null) {
				this.subscription = subscription;
			}
		}
		finally {
			this.lock.unlock();
		}
		if (wanted) {
			subscription.request(1);
		}
		else {
			// cancelled before the client subscribed (or subscribed twice)
			subscription.cancel();
		}
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		this.lock.lock();
		try {
			if (!this.cancelled) {
				this.arrived.add(buffers);
				this.changed.signalAll();
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void onError(Throwable failure) {
		this.lock.lock();
		try {
			this.failure = failure;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	@Override
	public void onComplete() {
		this.lock.lock();
		try {
			this.complete = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
