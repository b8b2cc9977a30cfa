package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a successful response's declared {@code Content-Length} decides before its body is
 * read: a length over {@code soundcloud.http.max-response-size} is refused at once, however
 * slowly the bytes would come, and a length of 0 is no body.
 */
@Timeout(20)
class DeclaredLengthTests {

	private final AtomicInteger requests = new AtomicInteger();

	// released when the test is over: the server's handler waits on it while holding a body back
	private final CountDownLatch done = new CountDownLatch(1);

	private HttpServer server;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		// declares a megabyte, sends one byte, then nothing
		this.server.createContext("/me", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, 1024 * 1024);
			try (OutputStream body = exchange.getResponseBody()) {
				body.write('{');
				body.flush();
				this.done.await(15, TimeUnit.SECONDS);
			}
			catch (InterruptedException | IOException ex) {
				// the client hung up or the test is over
			}
		});
		this.server.createContext("/empty", (exchange) -> {
			this.requests.incrementAndGet();
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			// -1: Content-Length: 0
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.done.countDown();
		this.server.stop(0);
	}

	private SoundCloudConnector connector() {
		return SoundCloudConnector.builder()
			.baseUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
			.authenticator(new StaticTokenAuthenticator("t"))
			.maxResponseSize(DataSize.ofKilobytes(64))
			.build();
	}

	@Test
	void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() {
		long started = System.nanoTime();
		assertThatExceptionOfType(UnexpectedResponseException.class)
			.isThrownBy(() -> connector().get("/me", Map.of(), User.class))
			.withMessageContaining("soundcloud.http.max-response-size")
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(200));
		// neither waited for (the server sends nothing more; the read timeout is 30 s) nor retried
		assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).isLessThan(10);
		assertThat(this.requests).hasValue(1);
	}

	@Test
	void aBodyDeclaredEmptyIsNoResult() {
		Optional<User> result = connector().exchange(HttpMethod.GET, "/empty", Map.of(), new LinkedMultiValueMap<>(),
				null, User.class);
		assertThat(result).isEmpty();
		assertThat(this.requests).hasValue(1);
	}

}
