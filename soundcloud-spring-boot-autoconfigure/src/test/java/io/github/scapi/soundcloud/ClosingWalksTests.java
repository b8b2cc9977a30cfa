package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a walk frees the connection of the page being fetched ahead, even while that page
 * is halfway through its body: the server sees the connection go at once, not when the
 * read timeout or the body's end comes.
 */
class ClosingWalksTests {

	@Test
	void closingAWalkFreesTheConnectionOfThePageFetchedAhead() throws Exception {
		CountDownLatch secondPageStarted = new CountDownLatch(1);
		CountDownLatch connectionGone = new CountDownLatch(1);
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		server.createContext("/users", (exchange) -> {
			if (exchange.getRequestURI().getQuery().contains("cursor=2")) {
				secondPageStarted.countDown();
				trickle(exchange, connectionGone);
				return;
			}
			byte[] page = ("{\"collection\":[{\"urn\":\"soundcloud:tracks:1\"},{\"urn\":\"soundcloud:tracks:2\"}],"
					+ "\"next_href\":\"" + base + "/users/soundcloud:users:1/tracks?cursor=2\"}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		server.setExecutor(Executors.newFixedThreadPool(2));
		server.start();
		try {
			SoundCloudConnector connector = SoundCloudConnector.builder()
				.baseUrl(base)
				.authenticator(new StaticTokenAuthenticator("walk-token"))
				.pageSize(2)
				.prefetch(true)
				.build();
			Stream<Track> tracks = connector.stream("/users/{user_urn}/tracks",
					Map.of("user_urn", "soundcloud:users:1"), new LinkedMultiValueMap<>(), Track.class);
			Iterator<Track> items = tracks.iterator();
			assertThat(items.next().urn()).isEqualTo("soundcloud:tracks:1");
			assertThat(secondPageStarted.await(10, TimeUnit.SECONDS)).as("the second page is fetched ahead").isTrue();
			long closed = System.nanoTime();
			tracks.close();
			assertThat(connectionGone.await(10, TimeUnit.SECONDS)).as("the server saw the connection go").isTrue();
			assertThat(Duration.ofNanos(System.nanoTime() - closed)).isLessThan(Duration.ofSeconds(5));
		}
		finally {
			server.stop(0);
		}
	}

	/** Half a page, then a byte a second for up to a minute, until the client goes away. */
	private static void trickle(HttpExchange exchange, CountDownLatch connectionGone) throws IOException {
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, 0);
		OutputStream body = exchange.getResponseBody();
		try {
			body.write("{\"collection\":[{\"urn\":\"soundcloud:tracks:3\"},".getBytes(StandardCharsets.UTF_8));
			body.flush();
			for (int i = 0; i < 60; i++) {
				Thread.sleep(1000);
				body.write(' ');
				body.flush();
			}
		}
		catch (IOException ex) {
			connectionGone.countDown();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

}
