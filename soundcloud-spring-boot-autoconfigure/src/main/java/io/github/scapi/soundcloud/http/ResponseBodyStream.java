package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * The response body, read from the JDK client's body publisher
 * ({@link HttpResponse.BodyHandlers#ofPublisher()}) rather than through the JDK's own
 * {@code InputStream}, because that one waits for bytes in a loop that swallows the reading
 * thread's interrupt (on JDK 17 it catches the {@code InterruptedException} and waits again),
 * so an interrupt could neither abort a read nor survive it.
 * <p>
 * Here every wait for bytes is a timed, interruptible wait on a condition, bounded by the read
 * timeout and by the request's deadline: an interrupt aborts it with an
 * {@link InterruptedIOException} and keeps the thread's interrupt status, a wait longer than
 * the read timeout fails with an {@link HttpTimeoutException}, and one past the deadline with
 * a {@link DeadlineExceededException}; each of them cancels the exchange, which makes the client
 * close the connection. Reads of bytes already received take no lock and make no system call
 * (one {@code nanoTime} when there is a deadline). Like the JDK's stream, at most one list of
 * buffers is asked for ahead of the reader, so the socket, not memory, holds what the reader
 * has not taken yet.
 * <p>
 * {@link #close()} reads at most {@value #DRAIN_LIMIT} more bytes, waiting for them no longer
 * than {@link #DRAIN_WAIT_NANOS}: when the body ends within that, the client keeps the connection
 * for another request; otherwise the exchange is cancelled and the connection closed, rather
 * than reading a large or never-ending body to its end. It may be called from any thread: a
 * reader blocked in another thread fails at once.
 *
 * @author scapi contributors
 */
final class ResponseBodyStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

	/** At most this many bytes are read on close so that the connection can be used again. */
	static final int DRAIN_LIMIT = 8 * 1024;

	/** The longest close waits for the rest of a body within {@link #DRAIN_LIMIT}. */
	static final long DRAIN_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

	private static final int OPEN = 0;

	private static final int CLOSED = 1;

	private static final int IDLE = 2;

	private static final int EXPIRED = 3;

	private static final int INTERRUPTED = 4;

	private static final ByteBuffer NO_BYTES = ByteBuffer.allocate(0);

	private static final List<ByteBuffer> END = List.of();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final long idleNanos;

	private final @Nullable Deadline deadline;

	// guarded by lock: what the client delivered and the reader has not taken yet
	private final ArrayDeque<List<ByteBuffer>> arrived = new ArrayDeque<>(2);

	private boolean complete;

	private @Nullable Throwable failure;

	private Flow.@Nullable Subscription subscription;

	private boolean cancelled;

	// written under lock, read without it on every read
	private volatile int state = OPEN;

	// the reader's own: buffers already taken from the queue
	private ByteBuffer current = NO_BYTES;

	private Iterator<ByteBuffer> rest = Collections.emptyIterator();

	private volatile @Nullable ScheduledFuture<?> expiry;

	/**
	 * @param idleNanos the read timeout, or 0 for none
	 * @param deadline the request's deadline: at that instant the body is closed even if
	 * nobody reads it, or {@code null} for none
	 */
	ResponseBodyStream(long idleNanos, @Nullable Deadline deadline) {
		this.idleNanos = idleNanos;
		this.deadline = deadline;
		if (deadline != null) {
			// abandons the exchange at the deadline, even when its holder is not reading
			this.expiry = TimeoutScheduler.INSTANCE.schedule(() -> abort(EXPIRED),
					Math.max(0, deadline.nanosLeft()), TimeUnit.NANOSECONDS);
		}
	}

	@Override
	public int read() throws IOException {
		ByteBuffer buffer = this.current;
		if (buffer.hasRemaining()) {
			ensureOpen();
		}
		else {
			buffer = next();
			if (buffer == null) {
				return -1;
			}
		}
		return buffer.get() & 0xFF;
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, target.length);
		if (length == 0) {
			return 0;
		}
		ByteBuffer buffer = this.current;
		if (buffer.hasRemaining()) {
			ensureOpen();
		}
		else {
			buffer = next();
			if (buffer == null) {
				return -1;
			}
		}
		int count = Math.min(length, buffer.remaining());
		buffer.get(target, offset, count);
		return count;
	}

	@Override
	public int available() {
		return (this.state == OPEN) ? this.current.remaining() : 0;
	}

	private void ensureOpen() throws IOException {
		int state = this.state;
		if (state != OPEN) {
			throw failure(state, null);
		}
		Deadline deadline = this.deadline;
		if (deadline != null && deadline.passed()) {
			abort(EXPIRED);
			throw failure(EXPIRED, null);
		}
	}

	/** The next buffer with bytes in it, waiting for one if need be; {@code null} at the end. */
	private @Nullable ByteBuffer next() throws IOException {
		while (true) {
			while (this.rest.hasNext()) {
				ByteBuffer buffer = this.rest.next();
				if (buffer.hasRemaining()) {
					ensureOpen();
					this.current = buffer;
					return buffer;
				}
			}
			ensureOpen();
			List<ByteBuffer> list;
			try {
				list = take(waitNanos());
			}
			catch (InterruptedException ex) {
				abort(INTERRUPTED);
				// the caller decides what the interrupt means: it must still see it
				Thread.currentThread().interrupt();
				throw failure(INTERRUPTED, ex);
			}
			if (list == null) {
				int reason = (this.deadline != null && this.deadline.passed()) ? EXPIRED : IDLE;
				abort(reason);
				throw failure(reason, null);
			}
			if (list == END) {
				this.current = NO_BYTES;
				return null;
			}
			this.rest = list.iterator();
		}
	}

	/** How long the next wait for bytes may take, or -1 for without bound. */
	private long waitNanos() {
		long wait = (this.idleNanos > 0) ? this.idleNanos : -1;
		if (this.deadline != null) {
			long left = Math.max(0, this.deadline.nanosLeft());
			wait = (wait < 0) ? left : Math.min(wait, left);
		}
		return wait;
	}

	/**
	 * The next list of buffers, {@link #END} at the end of the body, or {@code null} when none
	 * came within {@code waitNanos} (negative: wait without bound).
	 */
	private @Nullable List<ByteBuffer> take(long waitNanos) throws IOException, InterruptedException {
		List<ByteBuffer> list;
		Flow.Subscription demand;
		this.lock.lock();
		try {
			long remaining = waitNanos;
			while (true) {
				if (this.state != OPEN) {
					throw failure(this.state, null);
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
		// the next list is asked for while this one is read; outside the lock, because the
		// client may deliver it on this very thread, or take its own lock and then ours
		if (demand != null) {
			demand.request(1);
		}
		return list;
	}

	private IOException failure(int state, @Nullable Throwable cause) {
		IOException failure = switch (state) {
			case IDLE -> new HttpTimeoutException("no response body bytes for "
					+ TimeUnit.NANOSECONDS.toMillis(this.idleNanos) + " ms");
			case EXPIRED -> Objects.requireNonNull(this.deadline).exceeded("while reading the response body");
			case INTERRUPTED -> new InterruptedIOException("interrupted while reading the response body");
			default -> new IOException("the response body is closed");
		};
		if (cause != null) {
			failure.initCause(cause);
		}
		return failure;
	}

	/** Ends the body at once for {@code reason}: no drain, the connection is closed. */
	private void abort(int reason) {
		this.lock.lock();
		try {
			if (this.state != OPEN) {
				return;
			}
			this.state = reason;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		cancel();
	}

	/**
	 * Reads at most {@link #DRAIN_LIMIT} more bytes, waiting no longer than
	 * {@link #DRAIN_WAIT_NANOS} (nor past the deadline or an interrupt), then closes. If the
	 * body ended, the client has kept the connection; otherwise the exchange is cancelled and
	 * the client closes it.
	 */
	@Override
	public void close() {
		this.lock.lock();
		try {
			if (this.state != OPEN) {
				return;
			}
			// first, so that a reader in another thread fails now rather than see bytes go missing
			this.state = CLOSED;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		if (Thread.currentThread().isInterrupted() || !drain()) {
			cancel();
		}
		else {
			ScheduledFuture<?> pending = this.expiry;
			if (pending != null) {
				pending.cancel(false);
			}
		}
	}

	/** Whether the body ended within the drain's limits. */
	private boolean drain() {
		long wait = DRAIN_WAIT_NANOS;
		if (this.deadline != null) {
			wait = Math.min(wait, this.deadline.nanosLeft());
		}
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
			if (drained > DRAIN_LIMIT) {
				return false;
			}
			if (demand != null) {
				demand.request(1);
			}
		}
	}

	/** Cancels the exchange unless its body already ended, which closes the connection. */
	private void cancel() {
		ScheduledFuture<?> pending = this.expiry;
		if (pending != null) {
			pending.cancel(false);
		}
		Flow.Subscription subscribed;
		this.lock.lock();
		try {
			this.arrived.clear();
			subscribed = (this.cancelled || this.complete || this.failure != null) ? null : this.subscription;
			this.cancelled = true;
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
			// closed before the client subscribed (or subscribed twice)
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
