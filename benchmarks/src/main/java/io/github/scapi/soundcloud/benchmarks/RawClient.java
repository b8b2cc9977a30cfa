package io.github.scapi.soundcloud.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.scapi.soundcloud.model.Track;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written baseline: a JDK {@link HttpClient} (HTTP/1.1, as the starter uses over plain
 * HTTP) and a Jackson 3 {@link JsonMapper} configured like the starter's (unknown properties
 * ignored), doing what a user would write without the starter.
 */
final class RawClient {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String baseUrl;

	private final String authorization;

	RawClient(String baseUrl, String accessToken) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.authorization = "OAuth " + accessToken;
	}

	/** {@code GET /tracks/{urn}} mapped to a {@link Track}. */
	Track findTrack(String urn) throws IOException, InterruptedException {
		URI uri = URI.create(this.baseUrl + "/tracks/" + encode(urn));
		HttpResponse<InputStream> response = send(uri);
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				throw new IOException("GET " + uri + ": " + response.statusCode());
			}
			return this.mapper.readValue(body, Track.class);
		}
	}

	/**
	 * Walk {@code GET /users/{urn}/tracks?limit=..&linked_partitioning=true}, following
	 * {@code next_href} until it is absent or the page is empty.
	 * @return the number of tracks handed to the consumer
	 */
	long walkUserTracks(String userUrn, int pageSize, Consumer<Track> consumer)
			throws IOException, InterruptedException {
		URI next = URI.create(this.baseUrl + "/users/" + encode(userUrn) + "/tracks?limit=" + pageSize
				+ "&linked_partitioning=true");
		long count = 0;
		while (next != null) {
			HttpResponse<InputStream> response = send(next);
			RawPage page;
			try (InputStream body = response.body()) {
				if (response.statusCode() != 200) {
					throw new IOException("GET " + next + ": " + response.statusCode());
				}
				page = this.mapper.readValue(body, RawPage.class);
			}
			if (page.collection() == null || page.collection().isEmpty()) {
				break;
			}
			for (Track track : page.collection()) {
				consumer.accept(track);
				count++;
			}
			next = (page.nextHref() == null || page.nextHref().isEmpty()) ? null : URI.create(page.nextHref());
		}
		return count;
	}

	/** A page as a hand-written client would declare it: bound in one pass, no tree. */
	record RawPage(List<Track> collection, @JsonProperty("next_href") String nextHref) {
	}

	private HttpResponse<InputStream> send(URI uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Authorization", this.authorization)
			.header("Accept", "application/json")
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
	}

	/** A path segment as SoundCloud writes URNs: ':' raw, anything else that needs it escaped. */
	private static String encode(String segment) {
		return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
	}

}
