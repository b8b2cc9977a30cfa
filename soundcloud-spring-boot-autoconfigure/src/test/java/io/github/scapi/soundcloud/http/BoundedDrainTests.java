package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StreamUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a response reads at most a few KB of what is left, and only what arrives
 * promptly: a small leftover keeps the connection for the next request, a large or endless
 * one closes it rather than being downloaded (issue 11 §2 and §3).
 */
@Timeout(30)
class BoundedDrainTests {

	private static final int LARGE_BODY = 64 * 1024 * 1024;

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final BlockingJdkClientHttpRequestFactory factory = new BlockingJdkClientHttpRequestFactory(this.client,
			Duration.ofSeconds(10));

	@Test
	void closingAfterTheJsonDoesNotWaitForAServerThatKeepsTrickling() throws Exception {
		// complete JSON, then one byte every 250 ms of a declared 1000: the old drain waited for
		// all of it (here 5 s, when the server gives up)
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			connection.readRequest();
			connection.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\":1}");
			connection.trickle(20, 250);
		})) {
			ClientHttpResponse response = execute(server.uri("/tracks/1"));
			assertThat(response.getBody().readNBytes(8)).asString(StandardCharsets.US_ASCII).isEqualTo("{\"id\":1}");
			long start = System.nanoTime();
			response.close();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
			// and the connection was dropped rather than kept half-read
			assertThat(server.awaitClientHangUp(5000)).isTrue();
		}
	}

	@Test
	void closingALargeBodyEarlyDoesNotDownloadTheRest() throws Exception {
		byte[] chunk = new byte[65536];
		Arrays.fill(chunk, (byte) 'x');
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			connection.readRequest();
			connection.write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: " + LARGE_BODY + "\r\n\r\n");
			for (int sent = 0; sent < LARGE_BODY; sent += chunk.length) {
				connection.write(chunk);
			}
			connection.readUntilClosed(5000);
		})) {
			long start = System.nanoTime();
			try (ClientHttpResponse response = execute(server.uri("/me"))) {
				// what an error handler keeps
				assertThat(response.getBody().readNBytes(100)).hasSize(100);
			}
			assertThat(server.awaitClientHangUp(10_000)).isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
			// socket buffers hold a few MB; the old drain read all 64
			assertThat(server.written()).isLessThan(LARGE_BODY / 2);
		}
	}

	@Test
	void aSmallLeftoverIsDrainedSoTheConnectionIsUsedAgain() throws Exception {
		String body = "x".repeat(2000);
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			while (connection.readRequest()) {
				connection.write("HTTP/1.1 200 OK\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);
			}
		})) {
			try (ClientHttpResponse response = execute(server.uri("/a"))) {
				assertThat(response.getBody().readNBytes(10)).hasSize(10);
			}
			try (ClientHttpResponse response = execute(server.uri("/b"))) {
				// not read at all
				assertThat(response.getStatusCode().value()).isEqualTo(200);
			}
			try (ClientHttpResponse response = execute(server.uri("/c"))) {
				assertThat(StreamUtils.copyToString(response.getBody(), StandardCharsets.US_ASCII)).isEqualTo(body);
			}
			assertThat(server.connections()).isEqualTo(1);
		}
	}

	@Test
	void aChunkedLeftoverWhoseEndComesPromptlyIsDrained() throws Exception {
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			while (connection.readRequest()) {
				// the JSON, then the rest in a write of its own (no pause: on a loaded machine even a
				// short one could outlast the drain's wait)
				connection.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n{\"id\":1}\r\n");
				connection.write("400\r\n" + " ".repeat(1024) + "\r\n0\r\n\r\n");
			}
		})) {
			for (int i = 0; i < 3; i++) {
				try (ClientHttpResponse response = execute(server.uri("/tracks/" + i))) {
					assertThat(response.getBody().readNBytes(8)).asString(StandardCharsets.US_ASCII)
						.isEqualTo("{\"id\":1}");
				}
			}
			assertThat(server.connections()).isEqualTo(1);
		}
	}

	@Test
	void aLeftoverPastTheDrainLimitClosesTheConnection() throws Exception {
		int size = 1024 * 1024;
		try (LoopbackServer server = new LoopbackServer((connection) -> {
			while (connection.readRequest()) {
				connection.write("HTTP/1.1 200 OK\r\nContent-Length: " + size + "\r\n\r\n");
				connection.write(new byte[size]);
			}
		})) {
			for (int i = 0; i < 2; i++) {
				try (ClientHttpResponse response = execute(server.uri("/tracks/" + i))) {
					InputStream body = response.getBody();
					assertThat(body.readNBytes(10)).hasSize(10);
				}
			}
			assertThat(server.connections()).isEqualTo(2);
		}
	}

	private ClientHttpResponse execute(URI uri) throws IOException {
		return this.factory.createRequest(uri, HttpMethod.GET).execute();
	}

}
