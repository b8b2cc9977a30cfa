package io.github.scapi.soundcloud.resilience;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server that answers with gigabyte bodies cannot exhaust a small heap: a JSON page stops
 * at {@code soundcloud.http.max-response-size} and an error body at what is kept, each
 * connection is closed rather than drained, and the same connector serves the next call.
 * The client runs in a child JVM with a 64 MB heap; the server here counts what it managed
 * to send.
 */
class HostileBodyTests {

	private static final long GIGABYTE = 1024L * 1024 * 1024;

	private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();

	@Test
	void aSixtyFourMegabyteHeapSurvivesGigabyteBodies() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/tracks", (exchange) -> endless(exchange, 200, "{\"collection\":[",
				"{\"kind\":\"track\",\"urn\":\"soundcloud:tracks:1\",\"title\":\"again and again\"},"));
		server.createContext("/error", (exchange) -> endless(exchange, 500, "{\"code\":500,\"message\":\"",
				"no no no no no no no no no no no no no no no no no no no no no no no no no no no no no "));
		server.createContext("/me", (exchange) -> {
			byte[] me = "{\"urn\":\"soundcloud:users:1\",\"username\":\"ann\"}".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, me.length);
			exchange.getResponseBody().write(me);
			exchange.close();
		});
		server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
		server.start();
		try {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process child = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
					HostileBodyMain.class.getName(), "http://127.0.0.1:" + server.getAddress().getPort()))
				.redirectErrorStream(true)
				.start();
			String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(child.exitValue()).as(output).isZero();
			assertThat(output).as(output)
				.contains("page: UnexpectedResponseException")
				.contains("soundcloud.http.max-response-size")
				.contains("error: SoundCloudServerErrorException 500")
				.contains("me: ann, max heap");
			// what left the server: the cap and the kept error bytes, plus what the sockets'
			// buffers took, never the gigabyte
			assertThat(this.sent.get("/tracks").get()).isLessThan(64L * 1024 * 1024);
			assertThat(this.sent.get("/error").get()).as("three attempts together").isLessThan(64L * 1024 * 1024);
		}
		finally {
			server.stop(0);
		}
	}

	private void endless(HttpExchange exchange, int status, String start, String repeated) throws IOException {
		AtomicLong count = this.sent.computeIfAbsent(exchange.getRequestURI().getPath(), (path) -> new AtomicLong());
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, 0);
		byte[] chunk = repeated.repeat(1000).getBytes(StandardCharsets.UTF_8);
		try (OutputStream body = exchange.getResponseBody()) {
			body.write(start.getBytes(StandardCharsets.UTF_8));
			for (long written = 0; written < GIGABYTE; written += chunk.length) {
				body.write(chunk);
				count.addAndGet(chunk.length);
			}
		}
		catch (IOException ex) {
			// the client closed the connection: what a bounded client does
		}
		finally {
			exchange.close();
		}
	}

}
