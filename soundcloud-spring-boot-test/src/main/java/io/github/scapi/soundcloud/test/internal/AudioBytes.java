package io.github.scapi.soundcloud.test.internal;

import java.io.InputStream;

/**
 * Generates the audio the CDN serves: a pure function of a track id and a position, so any
 * range can be produced without generating what comes before it. Every
 * {@value #FRAME_LENGTH}-byte frame starts with an MPEG-1 Layer III header (128 kbit/s,
 * 44.1 kHz, padded) and is filled with noise.
 */
public final class AudioBytes {

	/**
	 * Bytes per second of audio, 128 kbit/s.
	 */
	public static final int BYTES_PER_SECOND = 16_000;

	static final int FRAME_LENGTH = 418;

	private static final byte[] FRAME_HEADER = { (byte) 0xFF, (byte) 0xFB, (byte) 0x92, (byte) 0x44 };

	private AudioBytes() {
	}

	/**
	 * Returns the size of audio of a duration.
	 * @param durationMillis the duration in milliseconds
	 * @return the size in bytes
	 */
	public static long size(long durationMillis) {
		return Math.max(0, durationMillis) * BYTES_PER_SECOND / 1000;
	}

	/**
	 * Writes bytes of a track's audio into an array.
	 * @param trackId the track's id
	 * @param position the position of the first byte
	 * @param target the array to write to
	 * @param offset where in the array to start
	 * @param length how many bytes to write
	 */
	public static void fill(long trackId, long position, byte[] target, int offset, int length) {
		for (int i = 0; i < length; i++) {
			target[offset + i] = byteAt(trackId, position + i);
		}
	}

	/**
	 * Returns a stream over a range of a track's audio.
	 * @param trackId the track's id
	 * @param from the first position
	 * @param to the position after the last one
	 * @return the stream
	 */
	public static InputStream stream(long trackId, long from, long to) {
		return new AudioStream(trackId, from, to);
	}

	static byte byteAt(long trackId, long position) {
		int inFrame = (int) (position % FRAME_LENGTH);
		if (inFrame < FRAME_HEADER.length) {
			return FRAME_HEADER[inFrame];
		}
		long word = mix(trackId * 0x9E3779B97F4A7C15L + (position >>> 3));
		return (byte) (word >>> ((position & 7) * 8));
	}

	private static long mix(long value) {
		long z = value + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static final class AudioStream extends InputStream {

		private final long trackId;

		private final long end;

		private long position;

		AudioStream(long trackId, long from, long to) {
			this.trackId = trackId;
			this.position = from;
			this.end = to;
		}

		@Override
		public int read() {
			return (this.position < this.end) ? byteAt(this.trackId, this.position++) & 0xFF : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (this.position >= this.end) {
				return -1;
			}
			int count = (int) Math.min(length, this.end - this.position);
			fill(this.trackId, this.position, buffer, offset, count);
			this.position += count;
			return count;
		}

		@Override
		public long skip(long count) {
			long skipped = Math.max(0, Math.min(count, this.end - this.position));
			this.position += skipped;
			return skipped;
		}

		@Override
		public int available() {
			return (int) Math.min(Integer.MAX_VALUE, this.end - this.position);
		}

	}

}
