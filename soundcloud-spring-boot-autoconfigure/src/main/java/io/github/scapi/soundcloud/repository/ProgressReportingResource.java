package io.github.scapi.soundcloud.repository;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

/**
 * The audio of an upload, counting its bytes as the message converter reads them to write
 * them into the request body, and telling an {@link UploadProgressListener}. Nothing is
 * copied or buffered here: each read goes straight through.
 * <p>
 * It is an {@link InputStreamResource} on purpose: Spring's converters write such a body
 * once, as it is read, rather than offering it to a transport that might first buffer part
 * of it to learn its length (the starter's transport buffers up to 1 MiB of a repeatable
 * body of unknown length, then sends it again from the start), so every byte counted is a
 * byte on its way to the connection. It still opens the audio again if the request has to be
 * sent again, whenever the audio itself can be.
 */
final class ProgressReportingResource extends InputStreamResource {

	/** The fewest bytes between two calls. */
	static final int MIN_STEP = 64 * 1024;

	/** About the most calls over a file of known length. */
	static final int MAX_CALLS = 200;

	private final Resource audio;

	private final UploadProgressListener listener;

	private final long total;

	private final long step;

	// the highest count told so far, over every sending of the body
	private long reported = -1;

	ProgressReportingResource(Resource audio, UploadProgressListener listener) {
		super(audio, audio.getDescription());
		this.audio = audio;
		this.listener = listener;
		this.total = sizeOf(audio);
		this.step = Math.max(MIN_STEP, (this.total > 0) ? this.total / MAX_CALLS : 0);
	}

	private static long sizeOf(Resource audio) {
		if (audio.isOpen()) {
			// its length would be learnt by reading the stream, which could not be read again
			return -1;
		}
		try {
			return audio.contentLength();
		}
		catch (IOException ex) {
			return -1;
		}
	}

	@Override
	public InputStream getInputStream() throws IOException {
		InputStream in = this.audio.getInputStream();
		report(0);
		return new Counting(in);
	}

	@Override
	public long contentLength() {
		return this.total;
	}

	@Override
	public @Nullable String getFilename() {
		// the part's file name, and the content type guessed from it
		return this.audio.getFilename();
	}

	@Override
	public boolean isOpen() {
		return this.audio.isOpen();
	}

	@Override
	public boolean exists() {
		return this.audio.exists();
	}

	@Override
	public boolean isReadable() {
		return this.audio.isReadable();
	}

	private synchronized void report(long sent) {
		if (sent > this.reported) {
			this.reported = sent;
			this.listener.progress(sent, this.total);
		}
	}

	private final class Counting extends InputStream {

		private final InputStream in;

		private long count;

		private long next = ProgressReportingResource.this.step;

		Counting(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int datum = this.in.read();
			counted((datum != -1) ? 1 : -1);
			return datum;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.in.read(buffer, offset, length);
			counted(read);
			return read;
		}

		private void counted(int read) {
			if (read < 0) {
				// the end: the last call, at the file's size
				report(this.count);
			}
			else if (read > 0) {
				this.count += read;
				if (this.count >= this.next) {
					this.next = this.count + ProgressReportingResource.this.step;
					report(this.count);
				}
			}
		}

		@Override
		public int available() throws IOException {
			return this.in.available();
		}

		@Override
		public void close() throws IOException {
			this.in.close();
		}

	}

}
