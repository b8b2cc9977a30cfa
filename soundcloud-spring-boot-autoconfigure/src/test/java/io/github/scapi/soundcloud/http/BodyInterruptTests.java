package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A read blocked in the response body ends promptly when its thread is interrupted (keeping
 * the interrupt status) or when another thread closes the body, as a cancelled prefetch does;
 * either way the connection is closed (issue 11 §3).
 */
@Timeout(30)
class BodyInterruptTests {

	// ten bytes of a hundred, then silence until the client hangs up
	private static final LoopbackServer.Script STALL = (connection) -> {
		connection.readRequest();
		connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
		connection.readUntilClosed(15_000);
	};

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	// a read timeout far beyond the test's bounds: only the interrupt or the close can end the read
	private final BlockingJdkClientHttpRequestFactory factory = new BlockingJdkClientHttpRequestFactory(this.client,
			Duration.ofSeconds(60));

	@Test
	void anInterruptAbortsABlockedReadAndKeepsTheInterruptStatus() throws Exception {
		try (LoopbackServer server = new LoopbackServer(STALL)) {
			BlockedReader reader = new BlockedReader(this.factory.createRequest(server.uri("/me"), HttpMethod.GET)
				.execute());
			reader.awaitBlocked();
			long interrupted = System.nanoTime();
			reader.thread.interrupt();
			Outcome outcome = reader.outcome.get(5, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(outcome.endedAt - interrupted)).isLessThan(Duration.ofSeconds(1));
			assertThat(outcome.failure).isInstanceOf(InterruptedIOException.class);
			assertThat(outcome.stillInterrupted).isTrue();
			assertThat(server.awaitClientHangUp(3000)).isTrue();
		}
	}

	@Test
	void aThreadInterruptedBeforeItReadsFailsAtOnceAndStaysInterrupted() throws Exception {
		try (LoopbackServer server = new LoopbackServer(STALL);
				ClientHttpResponse response = this.factory.createRequest(server.uri("/me"), HttpMethod.GET).execute()) {
			InputStream body = response.getBody();
			assertThat(body.readNBytes(10)).asString(StandardCharsets.US_ASCII).isEqualTo("0123456789");
			Thread.currentThread().interrupt();
			try {
				long start = System.nanoTime();
				assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(body::read);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
				assertThat(Thread.currentThread().isInterrupted()).isTrue();
			}
			finally {
				Thread.interrupted();
			}
		}
	}

	@Test
	void closingTheBodyFromAnotherThreadFailsABlockedReaderAndFreesTheConnection() throws Exception {
		try (LoopbackServer server = new LoopbackServer(STALL)) {
			ClientHttpResponse response = this.factory.createRequest(server.uri("/me"), HttpMethod.GET).execute();
			BlockedReader reader = new BlockedReader(response);
			reader.awaitBlocked();
			long closed = System.nanoTime();
			response.getBody().close();
			Outcome outcome = reader.outcome.get(5, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(outcome.endedAt - closed)).isLessThan(Duration.ofSeconds(1));
			assertThat(outcome.failure).isInstanceOf(IOException.class).isNotInstanceOf(InterruptedIOException.class);
			assertThat(outcome.stillInterrupted).isFalse();
			assertThat(server.awaitClientHangUp(3000)).isTrue();
		}
	}

	@Test
	void closingTheResponseFromAnotherThreadFailsABlockedReaderAndFreesTheConnection() throws Exception {
		try (LoopbackServer server = new LoopbackServer(STALL)) {
			ClientHttpResponse response = this.factory.createRequest(server.uri("/me"), HttpMethod.GET).execute();
			BlockedReader reader = new BlockedReader(response);
			reader.awaitBlocked();
			long closed = System.nanoTime();
			response.close();
			Outcome outcome = reader.outcome.get(5, TimeUnit.SECONDS);
			assertThat(Duration.ofNanos(outcome.endedAt - closed)).isLessThan(Duration.ofSeconds(1));
			assertThat(outcome.failure).isInstanceOf(IOException.class);
			assertThat(server.awaitClientHangUp(3000)).isTrue();
		}
	}

	private record Outcome(long endedAt, Throwable failure, boolean stillInterrupted) {
	}

	/** Reads the body on its own thread: the ten bytes, then a read that blocks. */
	private static final class BlockedReader {

		final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

		final Thread thread;

		private final CountDownLatch readTen = new CountDownLatch(1);

		BlockedReader(ClientHttpResponse response) {
			this.thread = new Thread(() -> {
				try {
					InputStream body = response.getBody();
					body.readNBytes(10);
					this.readTen.countDown();
					body.read();
					this.outcome.completeExceptionally(new AssertionError("the read returned"));
				}
				catch (Throwable ex) {
					this.outcome.complete(new Outcome(System.nanoTime(), ex, Thread.currentThread().isInterrupted()));
				}
				finally {
					response.close();
				}
			}, "body-reader");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		void awaitBlocked() throws InterruptedException {
			assertThat(this.readTen.await(5, TimeUnit.SECONDS)).isTrue();
			// let it get into the read
			Thread.sleep(200);
		}

	}

}
