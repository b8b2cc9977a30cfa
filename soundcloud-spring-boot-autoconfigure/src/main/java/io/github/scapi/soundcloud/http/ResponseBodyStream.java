package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The response body, read from the {@link BodyQueue} the JDK client delivers it to rather
 * than through the JDK's own {@code InputStream} ({@link HttpResponse.BodyHandlers#ofInputStream()}), because that one waits for bytes in a loop that
 * swallows the reading thread's interrupt (on JDK 17 it catches the
 * {@code InterruptedException} and waits again): an interrupt could neither abort a read nor
 * survive it.
 * <p>
 * Every wait for bytes is bounded by the read timeout and by the request's deadline, and
 * ends at an interrupt: an interrupt fails it with an {@link InterruptedIOException} and keeps
 * the thread's interrupt status, a wait as long as the read timeout fails with an
 * {@link HttpTimeoutException}, one reaching the deadline with a
 * {@link DeadlineExceededException}; each cancels the exchange, which makes the client close the
 * connection. At the deadline the body is closed even if nobody reads it. Reads of bytes already
 * received take no lock (one {@code nanoTime} when there is a deadline).
 * <p>
 * {@link #close()} reads at most {@value #DRAIN_LIMIT} more bytes, waiting for them no longer
 * than {@link #DRAIN_WAIT_NANOS}: when the body ends within that, the client keeps the connection
 * for another request; otherwise the exchange is cancelled and the connection closed, rather
 * than a large or never-ending body read to its end. It may be called from any thread: a read
 * blocked in another thread fails at once.
 *
 * @author scapi contributors
 */
final class ResponseBodyStream extends InputStream implements DeadlineWatch.Watched {

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

	private final BodyQueue queue;

	private final long idleNanos;

	private final @Nullable Deadline deadline;

	// why the body ended, set once before the queue is closed, so that a reader the close
	// wakes sees it
	private final AtomicInteger state = new AtomicInteger(OPEN);

	// the reader's own: buffers already taken from the queue
	private ByteBuffer current = NO_BYTES;

	private Iterator<ByteBuffer> rest = Collections.emptyIterator();

	/**
	 * @param idleNanos the read timeout, or 0 for none
	 * @param deadline the request's deadline, or {@code null} for none
	 */
	ResponseBodyStream(long idleNanos, @Nullable Deadline deadline) {
		this(new BodyQueue(), idleNanos, deadline);
	}

	/**
	 * @param queue what the client delivers the body to, subscribed to already or later
	 * @param idleNanos the read timeout, or 0 for none
	 * @param deadline the request's deadline, or {@code null} for none
	 */
	ResponseBodyStream(BodyQueue queue, long idleNanos, @Nullable Deadline deadline) {
		this.queue = queue;
		this.idleNanos = idleNanos;
		this.deadline = deadline;
		if (deadline != null) {
			// abandons the exchange at the deadline, even when its holder is not reading
			DeadlineWatch.INSTANCE.watch(this);
		}
	}

	/** What the client is to deliver the body to. */
	BodyQueue subscriber() {
		return this.queue;
	}

	@Override
	public int read() throws IOException {
		ByteBuffer buffer = readable();
		return (buffer != null) ? buffer.get() & 0xFF : -1;
	}

	@Override
	public int read(byte[] target, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, target.length);
		if (length == 0) {
			return 0;
		}
		ByteBuffer buffer = readable();
		if (buffer == null) {
			return -1;
		}
		int count = Math.min(length, buffer.remaining());
		buffer.get(target, offset, count);
		return count;
	}

	@Override
	public int available() {
		return (this.state.get() == OPEN) ? this.current.remaining() : 0;
	}

	/** A buffer with bytes in it, waiting for one if need be; {@code null} at the end. */
	private @Nullable ByteBuffer readable() throws IOException {
		ByteBuffer buffer = this.current;
		if (buffer.hasRemaining()) {
			ensureOpen();
			return buffer;
		}
		while (true) {
			while (this.rest.hasNext()) {
				buffer = this.rest.next();
				if (buffer.hasRemaining()) {
					ensureOpen();
					this.current = buffer;
					return buffer;
				}
			}
			ensureOpen();
			List<ByteBuffer> list;
			try {
				list = this.queue.take(waitNanos());
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
				throw failure(this.state.get(), null);
			}
			if (list == BodyQueue.CLOSED) {
				throw failure(this.state.get(), null);
			}
			if (list == BodyQueue.END) {
				this.current = NO_BYTES;
				return null;
			}
			this.rest = list.iterator();
		}
	}

	private void ensureOpen() throws IOException {
		int state = this.state.get();
		if (state != OPEN) {
			throw failure(state, null);
		}
		Deadline deadline = this.deadline;
		if (deadline != null && deadline.passed()) {
			abort(EXPIRED);
			throw failure(this.state.get(), null);
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

	/** Ends the body at once for {@code reason}, without a drain: the connection is closed. */
	private void abort(int reason) {
		if (this.state.compareAndSet(OPEN, reason)) {
			finish(false);
		}
	}

	/**
	 * Reads at most {@link #DRAIN_LIMIT} more bytes, waiting no longer than
	 * {@link #DRAIN_WAIT_NANOS} (nor past the deadline or an interrupt), then closes. If the
	 * body ended, the client has kept the connection; otherwise the exchange is cancelled and
	 * the client closes it.
	 */
	@Override
	public void close() {
		if (!this.state.compareAndSet(OPEN, CLOSED)) {
			return;
		}
		// closed first, so that a reader in another thread fails now rather than see bytes go missing
		this.queue.close();
		long wait = DRAIN_WAIT_NANOS;
		if (this.deadline != null) {
			wait = Math.min(wait, this.deadline.nanosLeft());
		}
		finish(!Thread.currentThread().isInterrupted() && this.queue.drain(wait, DRAIN_LIMIT));
	}

	@Override
	public long deadlineNanos() {
		return Objects.requireNonNull(this.deadline).nanos();
	}

	@Override
	public void expire() {
		abort(EXPIRED);
	}

	private void finish(boolean ended) {
		if (this.deadline != null) {
			DeadlineWatch.INSTANCE.unwatch(this);
		}
		if (!ended) {
			this.queue.cancel();
		}
	}

}
