package io.github.scapi.soundcloud.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.TrackUpload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.core.io.InputStreamResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload progress: the listener is called on the uploading thread, from 0 up to the audio's
 * size, never backwards and a bounded number of times, while the audio is read once, in
 * chunks, as it is sent. (That nothing is collected in memory, progress or not, is
 * {@link StreamingUploadTests}' part.)
 */
@Timeout(60)
class UploadProgressTests {

	private static final long SIZE = 24L * 1024 * 1024 + 123;

	private final AtomicLong received = new AtomicLong();

	private HttpServer server;

	private SoundCloudTrackRepository tracks;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/tracks", (exchange) -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream body = exchange.getRequestBody()) {
				int read;
				while ((read = body.read(buffer)) != -1) {
					this.received.addAndGet(read);
				}
			}
			byte[] answer = "{\"kind\":\"track\",\"urn\":\"soundcloud:tracks:9\",\"title\":\"Progress\"}"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.server.start();
		this.tracks = new SoundCloudTrackRepository(SoundCloudConnector.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.authenticator(new StaticTokenAuthenticator("upload-token"))
			.build());
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void reportsFromZeroToTheSizeOnTheUploadingThreadNeverGoingBack() {
		Calls calls = new Calls();
		CountingAudio audio = new CountingAudio(SIZE);
		Track track = this.tracks.create(TrackUpload.of("Progress", audio).withProgress(calls::add));
		assertThat(track.urn()).isEqualTo("soundcloud:tracks:9");
		assertThat(calls.sent.get(0)).isZero();
		assertThat(calls.sent.get(calls.sent.size() - 1)).isEqualTo(SIZE);
		assertThat(calls.sent).isSorted().doesNotHaveDuplicates();
		assertThat(calls.totals).containsOnly(SIZE);
		assertThat(calls.threads).containsOnly(Thread.currentThread().getName());
		// about 200 calls at most, however large the file; never more than one per 64 KiB
		assertThat(calls.sent.size()).isBetween(100, 202);
		for (int i = 1; i < calls.sent.size() - 1; i++) {
			assertThat(calls.sent.get(i) - calls.sent.get(i - 1)).isGreaterThanOrEqualTo(64 * 1024);
		}
		// read once, in chunks, as it was sent: no copy of the whole was made first
		assertThat(audio.opened).hasValue(1);
		assertThat(audio.largestRead).hasValueLessThanOrEqualTo(64 * 1024);
		assertThat(this.received.get()).isGreaterThan(SIZE);
	}

	@Test
	void aSmallFileStillGetsAFirstAndALastCall() {
		Calls calls = new Calls();
		this.tracks.create(TrackUpload.of("Progress", new CountingAudio(1000)).withProgress(calls::add));
		assertThat(calls.sent).containsExactly(0L, 1000L);
		assertThat(calls.totals).containsOnly(1000L);
	}

	@Test
	void aStreamOfUnknownLengthReportsMinusOneAsItsTotalAndEndsAtWhatWasSent() throws IOException {
		Calls calls = new Calls();
		long size = 3L * 1024 * 1024;
		InputStreamResource stream = new InputStreamResource(new CountingAudio(size).getInputStream()) {

			@Override
			public String getFilename() {
				return "live.mp3";
			}

		};
		this.tracks.create(TrackUpload.of("Progress", stream).withProgress(calls::add));
		assertThat(calls.totals).containsOnly(-1L);
		assertThat(calls.sent.get(calls.sent.size() - 1)).isEqualTo(size);
		assertThat(calls.sent).isSorted().doesNotHaveDuplicates();
		// one call per 64 KiB at most when the size is unknown, plus the first and the last
		assertThat(calls.sent.size()).isLessThanOrEqualTo((int) (size / (64 * 1024)) + 2);
		assertThat(this.received.get()).isGreaterThan(size);
	}

	private static final class Calls {

		private final List<Long> sent = new CopyOnWriteArrayList<>();

		private final List<Long> totals = new CopyOnWriteArrayList<>();

		private final List<String> threads = new CopyOnWriteArrayList<>();

		void add(long sent, long total) {
			this.sent.add(sent);
			this.totals.add(total);
			this.threads.add(Thread.currentThread().getName());
		}

	}

	/** Generated audio that counts how often it is opened and how much one read asks for. */
	private static final class CountingAudio extends GeneratedAudio {

		private final AtomicInteger opened = new AtomicInteger();

		private final AtomicInteger largestRead = new AtomicInteger();

		CountingAudio(long size) {
			super(size);
		}

		@Override
		public InputStream getInputStream() {
			this.opened.incrementAndGet();
			InputStream in = super.getInputStream();
			return new InputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					CountingAudio.this.largestRead.accumulateAndGet(length, Math::max);
					return in.read(buffer, offset, length);
				}

			};
		}

	}

}
