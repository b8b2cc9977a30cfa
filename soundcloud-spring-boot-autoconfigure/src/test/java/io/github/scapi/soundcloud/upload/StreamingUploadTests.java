package io.github.scapi.soundcloud.upload;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB upload goes through with a 48 MB heap, with or without a progress listener: the
 * audio is streamed from its resource to the socket, never collected in memory (no
 * interceptor buffers it, no converter copies it, counting its bytes copies nothing).
 * The upload runs in a child JVM with that heap; the server here counts what arrives.
 */
class StreamingUploadTests {

	private static final long SIZE = 200L * 1024 * 1024;

	@Test
	void uploadsTwoHundredMegabytesWithAFortyEightMegabyteHeap() throws Exception {
		String output = upload();
		assertThat(output).contains("progress calls 0");
	}

	@Test
	void countingProgressKeepsTheUploadStreamed() throws Exception {
		String output = upload("progress");
		// from 0 to the size, about 200 calls, in a heap a quarter of the upload's size
		assertThat(output).contains("last at " + SIZE).containsPattern("progress calls 20[0-2],");
	}

	private String upload(String... options) throws Exception {
		AtomicLong received = new AtomicLong();
		AtomicReference<String> contentType = new AtomicReference<>();
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/tracks", (exchange) -> {
			contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
			byte[] buffer = new byte[64 * 1024];
			try (InputStream body = exchange.getRequestBody()) {
				int read;
				while ((read = body.read(buffer)) != -1) {
					received.addAndGet(read);
				}
			}
			byte[] answer = "{\"kind\":\"track\",\"urn\":\"soundcloud:tracks:9\",\"title\":\"Two hundred megabytes\"}"
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(201, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		server.start();
		try {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> command = new ArrayList<>(List.of(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
					UploadMain.class.getName(), "http://127.0.0.1:" + server.getAddress().getPort(), Long.toString(SIZE)));
			command.addAll(List.of(options));
			Process child = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.start();
			String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
			assertThat(child.exitValue()).as(output).isZero();
			assertThat(output).contains("created soundcloud:tracks:9").contains("max heap");
			assertThat(received.get()).as("bytes the server received").isGreaterThan(SIZE);
			assertThat(contentType.get()).startsWith("multipart/form-data");
			return output;
		}
		finally {
			server.stop(0);
		}
	}

}
