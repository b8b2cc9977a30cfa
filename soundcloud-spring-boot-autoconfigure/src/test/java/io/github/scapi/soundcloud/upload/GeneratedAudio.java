package io.github.scapi.soundcloud.upload;

import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A large "audio file" that exists only as a stream: bytes are generated as they are read,
 * so nothing of it is ever in memory unless the code under test puts it there.
 */
class GeneratedAudio extends AbstractResource {

	private final long size;

	GeneratedAudio(long size) {
		this.size = size;
	}

	@Override
	public String getFilename() {
		return "generated.mp3";
	}

	@Override
	public long contentLength() {
		return this.size;
	}

	@Override
	public String getDescription() {
		return "generated audio of " + this.size + " bytes";
	}

	@Override
	public InputStream getInputStream() {
		return new InputStream() {

			private long remaining = GeneratedAudio.this.size;

			@Override
			public int read() {
				if (this.remaining <= 0) {
					return -1;
				}
				this.remaining--;
				return (int) (this.remaining & 0x7F);
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.remaining <= 0) {
					return -1;
				}
				int count = (int) Math.min(length, this.remaining);
				for (int i = 0; i < count; i++) {
					buffer[offset + i] = (byte) ((this.remaining - i) & 0x7F);
				}
				this.remaining -= count;
				return count;
			}

		};
	}

}
