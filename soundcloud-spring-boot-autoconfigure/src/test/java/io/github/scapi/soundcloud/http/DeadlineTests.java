package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The absolute deadline of {@link BlockingJdkClientHttpRequestFactory#DEADLINE_ATTRIBUTE}:
 * no exchange outlives it, however the server spreads its bytes (issue 11 §3).
 */
@Timeout(30)
class DeadlineTests {

	// a body the server trickles one byte every 200 ms: never idle for the read timeout
	private static final LoopbackServer.Script TRICKLE = (connection) -> {
		connection.readRequest();
		connection.write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n");
		connection.trickle(50, 200);
	};

	private static final LoopbackServer.Script NO_ANSWER = (connection) -> {
		connection.readRequest();
		connection.readUntilClosed(10_000);
	};

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	/**
	 * One exchange before each test, so that a deadline measures the exchange under test and
	 * not the client's first start (its selector thread, its classes), which on a loaded
	 * machine can take longer than a deadline meant for the body.
	 */
	@BeforeEach
	void warmUpTheClient() throws Exception {
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			connection.readRequest();
			connection.write("HTTP/1.1 204 No Content\r\n\r\n");
			connection.readUntilClosed(10_000);
		}); ClientHttpResponse response = factory(Duration.ofSeconds(10)).createRequest(server.uri("/warm-up"),
				HttpMethod.GET).execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(204);
		}
	}

	@Test
	void aBodyThatKeepsTricklingIsCutAtTheDeadline() throws Exception {
		try (LoopbackServer server = new LoopbackServer(TRICKLE)) {
			long start = System.nanoTime();
			ClientHttpRequest request = factory(Duration.ofSeconds(2)).createRequest(server.uri("/me"), HttpMethod.GET);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(2000));
			try (ClientHttpResponse response = request.execute()) {
				InputStream body = response.getBody();
				assertThatExceptionOfType(DeadlineExceededException.class).isThrownBy(() -> StreamUtils.drain(body))
					.isInstanceOf(HttpTimeoutException.class)
					.withMessageContaining("deadline")
					.withMessageContaining("passed while reading the response body");
			}
			assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(5000));
			assertThat(server.awaitClientHangUp(5000)).isTrue();
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void theDeadlineArrivesThroughRestClientAttributes(boolean intercepted) throws Exception {
		try (LoopbackServer server = new LoopbackServer(TRICKLE)) {
			RestClient.Builder builder = RestClient.builder().requestFactory(factory(Duration.ofSeconds(2)));
			if (intercepted) {
				builder.requestInterceptor((request, body, execution) -> execution.execute(request, body));
			}
			RestClient restClient = builder.build();
			long start = System.nanoTime();
			// the headers come at once: the body read fails, which RestClient reports as such
			assertThatExceptionOfType(RestClientException.class)
				.isThrownBy(() -> restClient.get()
					.uri(server.uri("/me"))
					.attribute(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(2000))
					.retrieve()
					.body(String.class))
				.withRootCauseInstanceOf(DeadlineExceededException.class);
			assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(5000));
		}
	}

	@Test
	void responseHeadersAreAwaitedNoLongerThanTheDeadline() throws Exception {
		try (LoopbackServer server = new LoopbackServer(NO_ANSWER)) {
			ClientHttpRequest request = factory(Duration.ofSeconds(10)).createRequest(server.uri("/me"), HttpMethod.GET);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(500));
			long start = System.nanoTime();
			assertThatExceptionOfType(DeadlineExceededException.class).isThrownBy(request::execute)
				.withMessageContaining("passed while waiting for the response headers");
			assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(2000));
		}
	}

	@Test
	void withoutAReadTimeoutTheDeadlineAloneBoundsTheWait() throws Exception {
		try (LoopbackServer server = new LoopbackServer(NO_ANSWER)) {
			ClientHttpRequest request = factory(null).createRequest(server.uri("/me"), HttpMethod.GET);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(500));
			long start = System.nanoTime();
			assertThatExceptionOfType(DeadlineExceededException.class).isThrownBy(request::execute);
			assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(2000));
		}
	}

	@Test
	void aDeadlineAlreadyPassedFailsWithoutSending() throws Exception {
		try (LoopbackServer server = new LoopbackServer(NO_ANSWER)) {
			ClientHttpRequest request = factory(Duration.ofSeconds(10)).createRequest(server.uri("/me"), HttpMethod.GET);
			Instant deadline = Instant.now().minusSeconds(1);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, deadline);
			assertThatExceptionOfType(DeadlineExceededException.class).isThrownBy(request::execute)
				.withMessageContaining("passed before the request was sent")
				.satisfies((ex) -> assertThat(ex.getDeadline()).isEqualTo(deadline));
			Thread.sleep(200);
			assertThat(server.connections()).isZero();
		}
	}

	@Test
	void aStreamedUploadWaitsForItsResponseNoLongerThanTheDeadline() throws Exception {
		try (LoopbackServer server = new LoopbackServer(NO_ANSWER)) {
			ClientHttpRequest request = factory(Duration.ofSeconds(10)).createRequest(server.uri("/tracks"),
					HttpMethod.POST);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(1000));
			byte[] chunk = new byte[65536];
			// one-shot and over the buffer limit: streamed through the pipe
			((StreamingHttpOutputMessage) request).setBody((out) -> {
				for (int i = 0; i < 32; i++) {
					out.write(chunk);
				}
			});
			long start = System.nanoTime();
			assertThatExceptionOfType(DeadlineExceededException.class).isThrownBy(request::execute)
				.withMessageContaining("passed while waiting for the response headers");
			assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(3000));
		}
	}

	@Test
	void aStreamedUploadTheServerDoesNotTakeStopsAtTheDeadline() throws Exception {
		try (LoopbackServer server = new LoopbackServer((connection) -> Thread.sleep(10_000))) {
			ClientHttpRequest request = factory(Duration.ofSeconds(10)).createRequest(server.uri("/tracks"),
					HttpMethod.POST);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(1000));
			byte[] chunk = new byte[65536];
			((StreamingHttpOutputMessage) request).setBody((out) -> {
				// far more than the socket buffers hold
				for (int i = 0; i < 2048; i++) {
					out.write(chunk);
				}
			});
			long start = System.nanoTime();
			assertThatExceptionOfType(DeadlineExceededException.class).isThrownBy(request::execute)
				.withMessageContaining("passed while sending the request body");
			assertThat(elapsedSince(start)).isLessThan(Duration.ofMillis(3000));
		}
	}

	@Test
	void aResponseNobodyReadsIsAbandonedAtTheDeadline() throws Exception {
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			connection.readRequest();
			connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
			connection.readUntilClosed(10_000);
		})) {
			ClientHttpRequest request = factory(Duration.ofSeconds(10)).createRequest(server.uri("/me"), HttpMethod.GET);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(2000));
			try (ClientHttpResponse response = request.execute()) {
				// the holder does something else; the connection is closed at the deadline
				assertThat(server.awaitClientHangUp(10_000)).isTrue();
				assertThatExceptionOfType(DeadlineExceededException.class)
					.isThrownBy(() -> response.getBody().read());
			}
		}
	}

	@Test
	void theReadTimeoutIsToldFromTheDeadline() throws Exception {
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			connection.readRequest();
			connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
			connection.readUntilClosed(10_000);
		})) {
			ClientHttpRequest request = factory(Duration.ofMillis(500)).createRequest(server.uri("/me"), HttpMethod.GET);
			request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, in(20_000));
			try (ClientHttpResponse response = request.execute()) {
				InputStream body = response.getBody();
				assertThat(body.readNBytes(10)).asString(StandardCharsets.US_ASCII).isEqualTo("0123456789");
				assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(body::read)
					.isNotInstanceOf(DeadlineExceededException.class)
					.withMessage("no response body bytes for 500 ms");
			}
		}
	}

	@Test
	void aDeadlineThatIsNotAnInstantIsRefused() throws IOException {
		ClientHttpRequest request = factory(null).createRequest(java.net.URI.create("http://localhost:9/"),
				HttpMethod.GET);
		request.getAttributes().put(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE, Duration.ofSeconds(1));
		assertThatIllegalArgumentException().isThrownBy(request::execute).withMessageContaining("java.time.Instant");
	}

	private BlockingJdkClientHttpRequestFactory factory(Duration readTimeout) {
		return new BlockingJdkClientHttpRequestFactory(this.client, readTimeout);
	}

	private static Instant in(long millis) {
		return Instant.now().plusMillis(millis);
	}

	private static Duration elapsedSince(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
