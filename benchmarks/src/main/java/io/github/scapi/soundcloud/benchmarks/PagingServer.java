package io.github.scapi.soundcloud.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fast, read-only server for the benchmarks, in its own process so that neither its heap nor
 * its JIT shares the measured JVM. It serves the embedded fake's dataset, rendered by the fake
 * itself at start-up, and makes users of any size from it:
 * <ul>
 * <li>{@code GET /tracks/{urn}}: any of the fake's tracks, exactly as the fake renders it, or any
 * generated track ({@code soundcloud:tracks:1000000000} and up);</li>
 * <li>{@code GET /users/soundcloud:users:N/tracks?limit=L&linked_partitioning=true[&cursor=C]}:
 * a user with exactly {@code N} tracks, in cursor pages of {@code L}; the tracks are the fake's
 * busiest user's 1,000 tracks over and over, each copy with its own id and urn, so bodies are as
 * large and varied as the fake's. {@code next_href} is absent after the last page.</li>
 * </ul>
 * Every request must carry {@code Authorization: OAuth <token>} (any token), as the API wants.
 * <p>
 * Run {@code java -cp benchmarks/target/benchmarks.jar io.github.scapi.soundcloud.benchmarks.PagingServer [port]};
 * it prints {@code listening http://127.0.0.1:PORT} once it serves, and stops when its standard
 * input closes.
 */
public final class PagingServer {

	private static final Pattern USER_TRACKS = Pattern.compile("/users/soundcloud:users:(\\d+)/tracks");

	private static final Pattern TRACK = Pattern.compile("/tracks/(soundcloud:tracks:\\d+)");

	/** A token for clients to send; the server accepts any. */
	static final String TOKEN = "benchmark-token";

	/** The id of the first generated track; generated tracks can be read by id too. */
	static final long FIRST_ID = 1_000_000_000L;

	private static final byte[] PLACEHOLDER_ID = "\u0001ID\u0001".getBytes(StandardCharsets.UTF_8);

	private final Map<String, byte[]> tracksByUrn;

	/** Each template split around the places its id goes. */
	private final List<byte[][]> templates;

	private final String baseUrl;

	private final HttpServer server;

	private PagingServer(int port) throws IOException {
		Map<String, byte[]> byUrn = new HashMap<>();
		List<byte[][]> split = new ArrayList<>();
		try (SoundCloudFake fake = SoundCloudFake.builder().start()) {
			String user = fake.dataset().userWithMostTracks().urn();
			JsonMapper mapper = JsonMapper.builder().build();
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			// a raw URN, as SoundCloud (and the fake, like it) routes on the raw path
			String next = fake.baseUrl() + "/users/" + user + "/tracks?limit=200&linked_partitioning=true";
			while (next != null) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(next))
					.header("Authorization", "OAuth " + fake.accessToken())
					.build();
				String body;
				try {
					body = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IOException(ex);
				}
				JsonNode page = mapper.readTree(body);
				for (JsonNode track : page.path("collection")) {
					String json = mapper.writeValueAsString(track);
					String urn = track.get("urn").asString();
					byUrn.put(urn, json.getBytes(StandardCharsets.UTF_8));
					String id = urn.substring(urn.lastIndexOf(':') + 1);
					split.add(split(json.replace(urn, "soundcloud:tracks:\u0001ID\u0001")
						.replace("\"id\":" + id + ",", "\"id\":\u0001ID\u0001,")));
				}
				JsonNode href = page.get("next_href");
				next = (page.path("collection").isEmpty() || href == null || href.isNull()) ? null : href.asString();
			}
		}
		this.tracksByUrn = byUrn;
		this.templates = split;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
		this.server.setExecutor(Executors.newFixedThreadPool(4, (task) -> {
			Thread thread = new Thread(task, "paging-server");
			thread.setDaemon(true);
			return thread;
		}));
		this.server.createContext("/", this::handle);
		this.server.start();
		this.baseUrl = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	String baseUrl() {
		return this.baseUrl;
	}

	void stop() {
		this.server.stop(0);
	}

	private static byte[][] split(String json) {
		List<byte[]> parts = new ArrayList<>();
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		for (int i = 0; i <= bytes.length - PLACEHOLDER_ID.length; i++) {
			if (matches(bytes, i)) {
				parts.add(java.util.Arrays.copyOfRange(bytes, start, i));
				start = i + PLACEHOLDER_ID.length;
				i = start - 1;
			}
		}
		parts.add(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
		return parts.toArray(new byte[0][]);
	}

	private static boolean matches(byte[] bytes, int at) {
		for (int j = 0; j < PLACEHOLDER_ID.length; j++) {
			if (bytes[at + j] != PLACEHOLDER_ID[j]) {
				return false;
			}
		}
		return true;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			if (authorization == null || !authorization.startsWith("OAuth ")) {
				respond(exchange, 401, "{\"errors\":[{\"error_message\":\"401 - Unauthorized\"}]}".getBytes());
				return;
			}
			String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
			Matcher userTracks = USER_TRACKS.matcher(path);
			if ("GET".equals(exchange.getRequestMethod()) && userTracks.matches()) {
				respond(exchange, 200, page(exchange.getRequestURI(), Long.parseLong(userTracks.group(1))));
				return;
			}
			Matcher track = TRACK.matcher(path);
			if ("GET".equals(exchange.getRequestMethod()) && track.matches()) {
				byte[] body = this.tracksByUrn.get(track.group(1));
				long id = Long.parseLong(track.group(1).substring("soundcloud:tracks:".length()));
				if (body == null && id >= FIRST_ID) {
					ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
					writeTrack(out, id - FIRST_ID);
					body = out.toByteArray();
				}
				if (body != null) {
					respond(exchange, 200, body);
					return;
				}
			}
			respond(exchange, 404, "{\"errors\":[{\"error_message\":\"404 - Not Found\"}]}".getBytes());
		}
	}

	private byte[] page(URI uri, long total) {
		Map<String, String> query = query(uri.getRawQuery());
		int limit = Math.max(1, Math.min(200, Integer.parseInt(query.getOrDefault("limit", "50"))));
		long offset = Long.parseLong(query.getOrDefault("cursor", "0"));
		long end = Math.min(total, offset + limit);
		ByteArrayOutputStream out = new ByteArrayOutputStream(limit * 4096);
		out.writeBytes("{\"collection\":[".getBytes(StandardCharsets.US_ASCII));
		for (long index = offset; index < end; index++) {
			if (index > offset) {
				out.write(',');
			}
			writeTrack(out, index);
		}
		out.writeBytes("],\"next_href\":".getBytes(StandardCharsets.US_ASCII));
		if (end < total) {
			out.writeBytes(("\"" + this.baseUrl + uri.getRawPath() + "?limit=" + limit
					+ "&linked_partitioning=true&cursor=" + end + "\"").getBytes(StandardCharsets.US_ASCII));
		}
		else {
			out.writeBytes("null".getBytes(StandardCharsets.US_ASCII));
		}
		out.write('}');
		return out.toByteArray();
	}

	/** The index-th generated track: a copy of one of the fake's, with id FIRST_ID + index. */
	private void writeTrack(ByteArrayOutputStream out, long index) {
		byte[][] parts = this.templates.get((int) (index % this.templates.size()));
		byte[] id = Long.toString(FIRST_ID + index).getBytes(StandardCharsets.US_ASCII);
		for (int p = 0; p < parts.length; p++) {
			if (p > 0) {
				out.writeBytes(id);
			}
			out.writeBytes(parts[p]);
		}
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> values = new HashMap<>();
		if (raw != null) {
			for (String pair : raw.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	/**
	 * A server in a child process of this JVM, on the same class path, stopped with
	 * {@link Process#destroy()} or when this JVM ends.
	 */
	static final class Child implements AutoCloseable {

		private final Process process;

		private final String baseUrl;

		private Child(Process process, String baseUrl) {
			this.process = process;
			this.baseUrl = baseUrl;
		}

		static Child start() throws IOException {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Path log = Files.createTempFile("paging-server", ".log");
			Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
					PagingServer.class.getName())
				.redirectError(log.toFile())
				.start();
			BufferedReader lines = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			String line = lines.readLine();
			while (line != null && !line.startsWith("listening ")) {
				line = lines.readLine();
			}
			if (line == null) {
				process.destroyForcibly();
				throw new IOException("the paging server did not start; see " + log);
			}
			Thread drain = new Thread(() -> {
				try {
					lines.transferTo(Writer.nullWriter());
				}
				catch (IOException ex) {
					// the server is gone
				}
			}, "paging-server-output");
			drain.setDaemon(true);
			drain.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			return new Child(process, line.substring("listening ".length()).strip());
		}

		String baseUrl() {
			return this.baseUrl;
		}

		@Override
		public void close() throws InterruptedException {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}

	}

	public static void main(String[] args) throws Exception {
		// the JDK's server otherwise lets Nagle's algorithm hold small responses for ~40 ms
		System.setProperty("sun.net.httpserver.nodelay", "true");
		PagingServer server = new PagingServer((args.length > 0) ? Integer.parseInt(args[0]) : 0);
		System.out.println("listening " + server.baseUrl());
		System.out.flush();
		// until whoever started us closes our input (or goes away)
		while (System.in.read() != -1) {
			// ignore what is typed
		}
		server.stop();
		System.exit(0);
	}

}
