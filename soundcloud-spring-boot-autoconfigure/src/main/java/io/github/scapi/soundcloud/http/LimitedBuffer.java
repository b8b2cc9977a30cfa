package io.github.scapi.soundcloud.http;

import java.io.IOException;

import org.springframework.util.FastByteArrayOutputStream;

/**
 * A body buffer that gives up past the limit when asked to.
 *
 * @author scapi contributors
 */
final class LimitedBuffer extends FastByteArrayOutputStream {

	private final boolean limited;

	LimitedBuffer(int initialCapacity, boolean limited) {
		super(Math.max(initialCapacity, 1));
		this.limited = limited;
	}

	@Override
	public void write(int datum) throws IOException {
		check(1);
		super.write(datum);
	}

	@Override
	public void write(byte[] data, int offset, int length) throws IOException {
		check(length);
		super.write(data, offset, length);
	}

	private void check(int more) throws Overflow {
		if (this.limited && size() + (long) more > BlockingJdkClientHttpRequestFactory.BUFFERED_BODY_LIMIT) {
			throw new Overflow();
		}
	}

	static final class Overflow extends IOException {

		Overflow() {
			super("body larger than the buffer limit", null);
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}

	}

}
