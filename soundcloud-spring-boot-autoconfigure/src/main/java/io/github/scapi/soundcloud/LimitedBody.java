package io.github.scapi.soundcloud;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body that fails once more than a given number of bytes were read from it, so
 * that a hostile or broken server cannot make the connector hold more than that.
 */
final class LimitedBody extends FilterInputStream {

	private final long limit;

	private long count;

	LimitedBody(InputStream body, long limit) {
		super(body);
		this.limit = limit;
	}

	@Override
	public int read() throws IOException {
		int datum = super.read();
		if (datum != -1) {
			counted(1);
		}
		return datum;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		// never more than one byte past the limit, so that the limit is noticed at once
		int count = super.read(buffer, offset, (int) Math.min(length, this.limit - this.count + 1));
		if (count > 0) {
			counted(count);
		}
		return count;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(Math.min(n, this.limit - this.count + 1));
		counted(skipped);
		return skipped;
	}

	private void counted(long bytes) throws TooLarge {
		this.count += bytes;
		if (this.count > this.limit) {
			throw new TooLarge();
		}
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/**
	 * The body went past the limit.
	 */
	static final class TooLarge extends IOException {

		TooLarge() {
			super("response body over the limit");
		}

	}

}
