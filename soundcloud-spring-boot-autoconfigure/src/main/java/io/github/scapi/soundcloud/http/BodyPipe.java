package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * A bounded pipe between the thread that writes a streamed request body (the caller's) and
 * the JDK client's thread that sends it. The writer waits while the pipe is full: for as long
 * as the client keeps taking bytes, however long the upload takes, but no longer than the
 * idle timeout without any byte taken, not past the request's deadline, and not at all once
 * the exchange has ended (the server answered early, or the connection failed).
 */
final class BodyPipe {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private final byte[] buffer;

	private final long idleTimeoutNanos;

	private final @Nullable Deadline deadline;

	private int start;

	private int count;

	private boolean writerClosed;

	private boolean writerFailed;

	private boolean readerClosed;

	private boolean readerTaken;

	private long lastTaken = System.nanoTime();

	private @Nullable Future<?> exchange;

	BodyPipe(int capacity, long idleTimeoutNanos, @Nullable Deadline deadline) {
		this.buffer = new byte[capacity];
		this.idleTimeoutNanos = idleTimeoutNanos;
		this.deadline = deadline;
	}

	/** The exchange the body belongs to: when it ends, writing stops. */
	void exchange(Future<?> exchange) {
		this.lock.lock();
		try {
			this.exchange = exchange;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The stream the client reads, once; a second subscription would get a broken body. */
	InputStream source() {
		this.lock.lock();
		try {
			if (this.readerTaken) {
				return new InputStream() {

					@Override
					public int read() throws IOException {
						throw new IOException("a streamed body cannot be sent twice");
					}

				};
			}
			this.readerTaken = true;
			return new Source();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The stream the body is written to. */
	OutputStream sink() {
		return new Sink();
	}

	/** Thrown to the writer when the exchange ended before it took the whole body. */
	static final class ExchangeEnded extends IOException {

		ExchangeEnded() {
			super("the exchange ended before the whole body was sent");
		}

	}

	private final class Source extends InputStream {

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : (one[0] & 0xFF);
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			BodyPipe pipe = BodyPipe.this;
			pipe.lock.lock();
			try {
				while (pipe.count == 0) {
					if (pipe.writerFailed) {
						throw new IOException("writing the body failed");
					}
					if (pipe.writerClosed || pipe.readerClosed) {
						return -1;
					}
					pipe.changed.awaitUninterruptibly();
				}
				int taken = Math.min(length, pipe.count);
				int first = Math.min(taken, pipe.buffer.length - pipe.start);
				System.arraycopy(pipe.buffer, pipe.start, target, offset, first);
				System.arraycopy(pipe.buffer, 0, target, offset + first, taken - first);
				pipe.start = (pipe.start + taken) % pipe.buffer.length;
				pipe.count -= taken;
				pipe.lastTaken = System.nanoTime();
				pipe.changed.signalAll();
				return taken;
			}
			finally {
				pipe.lock.unlock();
			}
		}

		@Override
		public void close() {
			BodyPipe pipe = BodyPipe.this;
			pipe.lock.lock();
			try {
				pipe.readerClosed = true;
				pipe.changed.signalAll();
			}
			finally {
				pipe.lock.unlock();
			}
		}

	}

	private final class Sink extends OutputStream {

		@Override
		public void write(int datum) throws IOException {
			write(new byte[] { (byte) datum }, 0, 1);
		}

		@Override
		public void write(byte[] source, int offset, int length) throws IOException {
			BodyPipe pipe = BodyPipe.this;
			int written = 0;
			pipe.lock.lock();
			try {
				while (written < length) {
					awaitSpace();
					int free = pipe.buffer.length - pipe.count;
					int chunk = Math.min(free, length - written);
					int end = (pipe.start + pipe.count) % pipe.buffer.length;
					int first = Math.min(chunk, pipe.buffer.length - end);
					System.arraycopy(source, offset + written, pipe.buffer, end, first);
					System.arraycopy(source, offset + written + first, pipe.buffer, 0, chunk - first);
					pipe.count += chunk;
					written += chunk;
					pipe.changed.signalAll();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new java.io.InterruptedIOException("interrupted while sending the body");
			}
			finally {
				pipe.lock.unlock();
			}
		}

		private void awaitSpace() throws IOException, InterruptedException {
			BodyPipe pipe = BodyPipe.this;
			while (pipe.count == pipe.buffer.length || pipe.readerClosed) {
				if (pipe.readerClosed || (pipe.exchange != null && pipe.exchange.isDone())) {
					throw new ExchangeEnded();
				}
				long idle = System.nanoTime() - pipe.lastTaken;
				if (pipe.idleTimeoutNanos > 0 && idle >= pipe.idleTimeoutNanos) {
					throw new HttpTimeoutException("the server took no body bytes for "
							+ TimeUnit.NANOSECONDS.toMillis(pipe.idleTimeoutNanos) + " ms");
				}
				if (pipe.deadline != null && pipe.deadline.passed()) {
					throw pipe.deadline.exceeded("while sending the request body");
				}
				// wake up now and then to notice an exchange that ended
				pipe.changed.await(50, TimeUnit.MILLISECONDS);
			}
		}

		@Override
		public void close() {
			BodyPipe pipe = BodyPipe.this;
			pipe.lock.lock();
			try {
				pipe.writerClosed = true;
				pipe.changed.signalAll();
			}
			finally {
				pipe.lock.unlock();
			}
		}

	}

	/** The body could not be written: the client gets an error instead of a short body. */
	void fail() {
		this.lock.lock();
		try {
			this.writerFailed = true;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
