package io.github.scapi.soundcloud.test.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The request target split the way the fake routes it. Like SoundCloud, the fake routes on
 * the raw path: {@code /tracks/soundcloud:tracks:1} names a track, while
 * {@code /tracks/soundcloud%3Atracks%3A1} names none, since an escaped reserved character is
 * not the character itself (RFC 3986 §2.2).
 *
 * @param rawPath the path as received, still percent-encoded, with the base path
 * @param path the decoded path without the base path ({@link #rawPath} decoded when outside it)
 * @param segments the path segments below the base path, raw as received (still
 * percent-encoded, empty ones kept), for routing; none for the base path itself or outside it
 * @param insideBasePath whether the path lies under the base path
 * @param query the decoded query parameters
 */
record RequestTarget(String rawPath, String path, List<String> segments, boolean insideBasePath, QueryParams query) {

	static RequestTarget parse(String rawUrl, String basePath) {
		int question = rawUrl.indexOf('?');
		String rawPath = (question < 0) ? rawUrl : rawUrl.substring(0, question);
		QueryParams query = QueryParams.parse((question < 0) ? null : rawUrl.substring(question + 1));
		boolean inside = basePath.isEmpty() || rawPath.equals(basePath) || rawPath.startsWith(basePath + "/");
		if (!inside) {
			return new RequestTarget(rawPath, decodePath(rawPath), List.of(), false, query);
		}
		String relative = rawPath.substring(basePath.length());
		List<String> segments = new ArrayList<>();
		if (!relative.isEmpty()) {
			// every segment after the leading slash, empty ones too: /tracks/ and //tracks name nothing
			List<String> all = List.of(relative.split("/", -1));
			segments.addAll(all.subList(1, all.size()));
		}
		String path = relative.isEmpty() ? "/" : decodePath(relative);
		return new RequestTarget(rawPath, path, List.copyOf(segments), true, query);
	}

	/**
	 * Percent-decodes a path; unlike in queries, {@code +} stays a plus sign.
	 */
	private static String decodePath(String raw) {
		try {
			return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return raw;
		}
	}

}
