package io.github.scapi.soundcloud.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * The response body: remembers whether it was closed (a JSON reader usually closes it
 * before the response is), and, with a read timeout, closes itself when no byte arrived
 * for that long. One scheduled check per response, moved forward only when it fires:
 * reads just note the time.
 *
 * @author scapi contributors
 */
final class ResponseBodyStream extends FilterInputStream {

	private final long timeoutNanos;

	private volatile long lastProgress;

	private volatile boolean timedOut;

	private volatile boolean closed;

	private volatile @Nullable ScheduledFuture<?> check;

	ResponseBodyStream(InputStream body, @Nullable Duration timeout) {
		super(body);
		this.timeoutNanos = (timeout != null) ? timeout.toNanos() : 0;
		if (timeout != null) {
			this.lastProgress = System.nanoTime();
			schedule(this.timeoutNanos);
		}
	}

	private void schedule(long delayNanos) {
		this.check = TimeoutScheduler.INSTANCE.schedule(this::checkIdle, delayNanos, TimeUnit.NANOSECONDS);
	}

	private void checkIdle() {
		if (this.closed) {
			return;
		}
		long idle = System.nanoTime() - this.lastProgress;
		if (idle >= this.timeoutNanos) {
			this.timedOut = true;
			try {
				this.in.close();
			}
			catch (IOException ex) {
				// the reader sees the timeout either way
			}
		}
		else {
			schedule(this.timeoutNanos - idle);
		}
	}

	@Override
	public int read() throws IOException {
		try {
			int datum = super.read();
			progressed();
			return datum;
		}
		catch (IOException ex) {
			throw timeoutOr(ex);
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		try {
			int count = super.read(buffer, offset, length);
			progressed();
			return count;
		}
		catch (IOException ex) {
			throw timeoutOr(ex);
		}
	}

	private void progressed() {
		if (this.timeoutNanos > 0) {
			this.lastProgress = System.nanoTime();
		}
	}

	private IOException timeoutOr(IOException ex) {
		if (this.timedOut) {
			return new HttpTimeoutException("no response body bytes for "
					+ TimeUnit.NANOSECONDS.toMillis(this.timeoutNanos) + " ms");
		}
		return ex;
	}

	/** Read what is left, so the connection can go back to the pool, then close. */
	void drainAndClose() {
		if (this.closed) {
			return;
		}
		try {
			try {
				if (read() != -1) {
					transferTo(OutputStream.nullOutputStream());
				}
			}
			finally {
				close();
			}
		}
		catch (IOException ex) {
			// nothing left to do with a body that cannot be read
		}
	}

	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		ScheduledFuture<?> pending = this.check;
		if (pending != null) {
			pending.cancel(false);
		}
		super.close();
	}

}
