package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The blocking transport: what it sends, how it streams, its timeouts and interrupts.
 */
class BlockingJdkClientHttpRequestFactoryTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
	}

	@Test
	void getSendsTheHeadersAndReturnsStatusHeadersAndBody() throws IOException {
		server.stubFor(get(urlPathEqualTo("/tracks/1")).withHeader("Authorization", equalTo("OAuth t"))
			.willReturn(okJson("{\"id\":1}").withHeader("X-Request-Id", "abc")));
		ClientHttpRequest request = factory(Duration.ofSeconds(5)).createRequest(uri("/tracks/1?x=%20y"),
				HttpMethod.GET);
		request.getHeaders().set("Authorization", "OAuth t");
		request.getHeaders().setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
		try (ClientHttpResponse response = request.execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(200);
			assertThat(response.getHeaders().getFirst("x-request-id")).isEqualTo("abc");
			assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
			assertThat(StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
		}
		assertThat(server.getAllServeEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getRequest().getUrl()).isEqualTo("/tracks/1?x=%20y");
			assertThat(event.getRequest().getHeader("Accept")).isEqualTo("application/json");
		});
	}

	@Test
	void headersTheJdkRefusesAreLeftToTheJdk() throws IOException {
		server.stubFor(any(anyUrl()).willReturn(ok()));
		ClientHttpRequest request = factory(null).createRequest(uri("/me"), HttpMethod.GET);
		request.getHeaders().set("Host", "elsewhere.invalid");
		request.getHeaders().set("Connection", "close");
		try (ClientHttpResponse response = request.execute()) {
			assertThat(response.getStatusCode().value()).isEqualTo(200);
		}
		assertThat(server.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getHeader("Host")).startsWith("localhost:"));
	}

	@Test
	void sendingManyRequestsStartsNoThreadPerRequest() throws IOException {
		server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		BlockingJdkClientHttpRequestFactory factory = factory(Duration.ofSeconds(5));
		send(factory, 5);
		long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
		send(factory, 100);
		long started = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before;
		// Spring's sendAsync-based factory starts one per request where the common pool has one thread
		assertThat(started).isLessThan(10);
	}

	@Test
	void springsAsyncFactoryStartsAThreadPerRequestWhereTheCommonPoolHasOneThread() throws IOException {
		// what the test above guards against; only machines with 2 CPUs or fewer show it
		assumeTrue(ForkJoinPool.getCommonPoolParallelism() == 1, "the common pool has more than one thread here");
		server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
		JdkClientHttpRequestFactory spring = new JdkClientHttpRequestFactory(this.client);
		send(spring, 5);
		long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
		send(spring, 100);
		assertThat(ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before)
			.isGreaterThanOrEqualTo(90);
	}

	@Test
	void smallBodiesArriveWhole() throws IOException {
		server.stubFor(any(anyUrl()).willReturn(ok()));
		byte[] form = "comment%5Bbody%5D=hello".getBytes(StandardCharsets.US_ASCII);
		ClientHttpRequest request = factory(null).createRequest(uri("/tracks/1/comments"), HttpMethod.POST);
		request.getHeaders().setContentType(MediaType.APPLICATION_FORM_URLENCODED);
		request.getHeaders().setContentLength(form.length);
		((StreamingHttpOutputMessage) request).setBody(form);
		request.execute().close();
		assertThat(server.getAllServeEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getRequest().getBody()).isEqualTo(form);
			assertThat(event.getRequest().getHeader("Content-Length")).isEqualTo(String.valueOf(form.length));
			assertThat(event.getRequest().getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
		});
	}

	@Test
	void bodiesWrittenToTheOutputStreamArriveWhole() throws IOException {
		server.stubFor(any(anyUrl()).willReturn(ok()));
		ClientHttpRequest request = factory(null).createRequest(uri("/playlists/1"), HttpMethod.PUT);
		request.getBody().write("{\"playlist\":{}}".getBytes(StandardCharsets.UTF_8));
		request.execute().close();
		assertThat(server.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getBodyAsString()).isEqualTo("{\"playlist\":{}}"));
	}

	@Test
	void largeOneShotBodiesAreStreamedWhole() throws IOException {
		server.stubFor(any(anyUrl()).willReturn(ok()));
		byte[] payload = payload(3 * BlockingJdkClientHttpRequestFactory.BUFFERED_BODY_LIMIT + 17);
		ClientHttpRequest request = factory(Duration.ofSeconds(10)).createRequest(uri("/tracks"), HttpMethod.POST);
		((StreamingHttpOutputMessage) request).setBody((out) -> {
			for (int i = 0; i < payload.length; i += 8192) {
				out.write(payload, i, Math.min(8192, payload.length - i));
			}
		});
		request.execute().close();
		assertThat(server.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getBody()).isEqualTo(payload));
	}

	@Test
	void repeatableBodiesPastTheBufferAreWrittenAgainWhole() throws IOException {
		server.stubFor(any(anyUrl()).willReturn(ok()));
		byte[] payload = payload(BlockingJdkClientHttpRequestFactory.BUFFERED_BODY_LIMIT + 1);
		int[] writes = new int[1];
		ClientHttpRequest request = factory(null).createRequest(uri("/tracks"), HttpMethod.POST);
		((StreamingHttpOutputMessage) request).setBody(new StreamingHttpOutputMessage.Body() {

			@Override
			public void writeTo(OutputStream out) throws IOException {
				writes[0]++;
				for (int i = 0; i < payload.length; i += 4096) {
					out.write(payload, i, Math.min(4096, payload.length - i));
				}
			}

			@Override
			public boolean repeatable() {
				return true;
			}

		});
		request.execute().close();
		assertThat(writes[0]).isEqualTo(2);
		assertThat(server.getAllServeEvents()).singleElement()
			.satisfies((event) -> assertThat(event.getRequest().getBody()).isEqualTo(payload));
	}

	@Test
	void anUploadThatKeepsMovingMayTakeLongerThanTheReadTimeout() throws Exception {
		long size = 40L * 1024 * 1024;
		// the server takes about 4 MB a second: 10 s in all, against a read timeout of 5 s
		try (ServerSocket slow = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread serverThread = new Thread(() -> {
				try (Socket socket = slow.accept()) {
					InputStream in = socket.getInputStream();
					byte[] buffer = new byte[65536];
					long total = 0;
					long pause = 262144;
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total >= pause) {
							pause += 262144;
							Thread.sleep(62);
						}
						if (total >= size) {
							break;
						}
					}
					socket.getOutputStream()
						.write("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
					socket.getOutputStream().flush();
					Thread.sleep(500);
				}
				catch (Exception ex) {
					// the client hung up
				}
			});
			serverThread.setDaemon(true);
			serverThread.start();
			ClientHttpRequest request = factory(Duration.ofSeconds(5))
				.createRequest(URI.create("http://localhost:" + slow.getLocalPort() + "/tracks"), HttpMethod.POST);
			request.getHeaders().setContentLength(size);
			byte[] chunk = payload(65536);
			((StreamingHttpOutputMessage) request).setBody((out) -> {
				for (long sent = 0; sent < size; sent += chunk.length) {
					out.write(chunk);
				}
			});
			long start = System.nanoTime();
			try (ClientHttpResponse response = request.execute()) {
				assertThat(response.getStatusCode().value()).isEqualTo(201);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void anUploadTheServerStopsTakingFailsAtTheReadTimeout() throws Exception {
		try (ServerSocket stalled = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread serverThread = new Thread(() -> {
				try (Socket socket = stalled.accept()) {
					Thread.sleep(20_000);
				}
				catch (Exception ex) {
					// the client hung up
				}
			});
			serverThread.setDaemon(true);
			serverThread.start();
			ClientHttpRequest request = factory(Duration.ofSeconds(1))
				.createRequest(URI.create("http://localhost:" + stalled.getLocalPort() + "/tracks"), HttpMethod.POST);
			byte[] chunk = payload(65536);
			((StreamingHttpOutputMessage) request).setBody((out) -> {
				// far more than the socket buffers hold
				for (int i = 0; i < 2048; i++) {
					out.write(chunk);
				}
			});
			long start = System.nanoTime();
			assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(request::execute)
				.withMessageContaining("took no body bytes for 1000 ms");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void anUploadTheServerAnswersEarlyEndsWithoutHanging() throws Exception {
		try (ServerSocket refusing = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread serverThread = new Thread(() -> {
				try (Socket socket = refusing.accept()) {
					socket.getInputStream().read(new byte[8192]);
					socket.getOutputStream()
						.write("HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
							.getBytes(StandardCharsets.US_ASCII));
					socket.getOutputStream().flush();
				}
				catch (Exception ex) {
					// the client hung up
				}
			});
			serverThread.setDaemon(true);
			serverThread.start();
			ClientHttpRequest request = factory(Duration.ofSeconds(30))
				.createRequest(URI.create("http://localhost:" + refusing.getLocalPort() + "/tracks"), HttpMethod.POST);
			byte[] chunk = payload(65536);
			((StreamingHttpOutputMessage) request).setBody((out) -> {
				for (int i = 0; i < 2048; i++) {
					out.write(chunk);
				}
			});
			long start = System.nanoTime();
			try (ClientHttpResponse response = request.execute()) {
				assertThat(response.getStatusCode().value()).isEqualTo(413);
			}
			catch (IOException ex) {
				// the JDK may report the closed connection instead of the early answer; either way
				// the caller is not left waiting
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void aStreamedBodyThatFailsMidwayNeverReachesTheServerAsComplete() throws Exception {
		server.stubFor(any(anyUrl()).willReturn(ok()));
		ClientHttpRequest request = factory(Duration.ofSeconds(5)).createRequest(uri("/tracks"), HttpMethod.POST);
		byte[] chunk = payload(65536);
		((StreamingHttpOutputMessage) request).setBody((out) -> {
			for (int i = 0; i < 40; i++) {
				out.write(chunk);
			}
			throw new IOException("the file went away");
		});
		assertThatExceptionOfType(IOException.class).isThrownBy(request::execute)
			.withMessage("the file went away");
		Thread.sleep(500);
		// no request with a cut-off body that looks complete
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void responseHeadersLaterThanTheReadTimeoutFail() {
		server.stubFor(any(anyUrl()).willReturn(ok().withFixedDelay(3000)));
		long start = System.nanoTime();
		assertThatExceptionOfType(HttpTimeoutException.class)
			.isThrownBy(() -> factory(Duration.ofMillis(300)).createRequest(uri("/me"), HttpMethod.GET).execute());
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
	}

	@Test
	void aBodyThatStopsArrivingFailsAtTheReadTimeout() throws Exception {
		// headers and the first 10 of 100 bytes at once, then nothing for 5 s
		try (ServerSocket stalling = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread serverThread = new Thread(() -> {
				try (Socket socket = stalling.accept()) {
					socket.getInputStream().read(new byte[4096]);
					OutputStream out = socket.getOutputStream();
					out.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789".getBytes(StandardCharsets.US_ASCII));
					out.flush();
					Thread.sleep(5000);
				}
				catch (Exception ex) {
					// the client hung up: expected
				}
			});
			serverThread.setDaemon(true);
			serverThread.start();
			long start = System.nanoTime();
			URI uri = URI.create("http://localhost:" + stalling.getLocalPort() + "/me");
			try (ClientHttpResponse response = factory(Duration.ofMillis(500)).createRequest(uri, HttpMethod.GET)
				.execute()) {
				InputStream body = response.getBody();
				assertThat(body.readNBytes(10)).asString(StandardCharsets.US_ASCII).isEqualTo("0123456789");
				assertThatExceptionOfType(HttpTimeoutException.class).isThrownBy(() -> StreamUtils.drain(body))
					.withMessageContaining("500 ms");
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000));
		}
	}

	@Test
	void aSlowButSteadyBodyIsReadToTheEnd() throws IOException {
		byte[] payload = payload(2000);
		// 8 chunks over 1.6 s: longer than the timeout in total, never idle for that long
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withBody(new String(payload, StandardCharsets.ISO_8859_1))
			.withChunkedDribbleDelay(8, 1600)));
		try (ClientHttpResponse response = factory(Duration.ofMillis(800)).createRequest(uri("/me"), HttpMethod.GET)
			.execute()) {
			assertThat(StreamUtils.copyToByteArray(response.getBody())).isEqualTo(payload);
		}
	}

	@Test
	void anInterruptAbortsTheWaitAndKeepsTheInterruptStatus() {
		server.stubFor(any(anyUrl()).willReturn(ok().withFixedDelay(5000)));
		Thread caller = Thread.currentThread();
		ScheduledExecutorService interrupter = Executors.newSingleThreadScheduledExecutor();
		try {
			interrupter.schedule(caller::interrupt, 200, TimeUnit.MILLISECONDS);
			long start = System.nanoTime();
			assertThatExceptionOfType(InterruptedIOException.class)
				.isThrownBy(() -> factory(Duration.ofSeconds(30)).createRequest(uri("/me"), HttpMethod.GET).execute());
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4000));
			assertThat(Thread.interrupted()).isTrue();
		}
		finally {
			interrupter.shutdownNow();
			Thread.interrupted();
		}
	}

	@Test
	void refusesANonPositiveReadTimeout() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BlockingJdkClientHttpRequestFactory(this.client, Duration.ZERO))
			.withMessageContaining("readTimeout");
	}

	private BlockingJdkClientHttpRequestFactory factory(Duration readTimeout) {
		return new BlockingJdkClientHttpRequestFactory(this.client, readTimeout);
	}

	private static void send(ClientHttpRequestFactory factory, int times) throws IOException {
		for (int i = 0; i < times; i++) {
			try (ClientHttpResponse response = factory.createRequest(uri("/tracks/" + i), HttpMethod.GET).execute()) {
				StreamUtils.drain(response.getBody());
			}
		}
	}

	private static byte[] payload(int size) {
		byte[] bytes = new byte[size];
		for (int i = 0; i < size; i++) {
			bytes[i] = (byte) ('a' + (i * 31 % 26));
		}
		return bytes;
	}

	private static URI uri(String path) {
		return URI.create("http://localhost:" + server.port() + path);
	}

}
