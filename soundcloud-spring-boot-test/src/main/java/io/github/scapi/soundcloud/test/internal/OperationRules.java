package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * What each API operation accepts besides its path, written down from SoundCloud's OpenAPI
 * specification: the names of its query parameters and the media types of its request body.
 * The fake refuses everything else with 400, because a name SoundCloud does not know is at
 * best ignored there, and a misspelled {@code limt} or {@code genre} that is silently ignored
 * is a client bug that only a strict server shows.
 * <p>
 * Beyond the specification: every operation takes the OAuth 1.0a {@code oauth_*} parameters
 * of a signed URL (RFC 5849 §3.5.3), and every paged one the {@code cursor} of the fake's own
 * {@code next_href}. The legacy resources scapi used, which the specification no longer
 * lists, take what docs/testing.md says.
 */
final class OperationRules {

	private static final List<String> PAGED = List.of("limit", "linked_partitioning");

	private static final Set<String> FORM = Set.of("application/x-www-form-urlencoded");

	private static final Set<String> SPEC_FORM = Set.of("multipart/x-www-form-urlencoded");

	private static final Set<String> MULTIPART = Set.of("multipart/form-data");

	private static final Set<String> JSON = Set.of("application/json");

	private static final Map<String, Set<String>> PARAMETERS = new HashMap<>();

	private static final Map<String, Set<String>> BODIES = new HashMap<>();

	static {
		// paths of the specification, in its order
		query("GET /me");
		query("GET /me/activities", "access", "limit");
		query("GET /me/activities/all/own", "access", "limit");
		query("GET /me/activities/tracks", "access", "limit");
		query("GET /me/feed", "access", "limit");
		query("GET /me/feed/tracks", "access", "limit");
		query("GET /me/recently-played/tracks", "access");
		query("GET /me/likes/tracks", "limit", "access", "linked_partitioning");
		query("GET /me/likes/playlists", "limit", "linked_partitioning");
		query("GET /me/followings", "limit", "offset");
		query("GET /me/followings/tracks", "access", "limit", "offset");
		query("GET /me/followings/*");
		query("PUT /me/followings/*");
		query("DELETE /me/followings/*");
		query("GET /me/followers", "limit");
		query("GET /me/followers/*");
		query("GET /me/playlists", "show_tracks", "linked_partitioning", "limit");
		query("GET /me/tracks", "limit", "sort", "direction", "order", "linked_partitioning");
		query("GET /me/reposts/tracks", "limit", "access", "linked_partitioning");
		query("GET /me/reposts/playlists", "limit", "linked_partitioning");
		query("GET /tracks", "q", "urns", "genres", "tags", "bpm[from]", "bpm[to]", "duration[from]", "duration[to]",
				"created_at[from]", "created_at[to]", "access", "limit", "offset", "linked_partitioning");
		body("POST /tracks", MULTIPART, SPEC_FORM);
		query("GET /playlists", "q", "access", "show_tracks", "limit", "offset", "linked_partitioning");
		body("POST /playlists", JSON, MULTIPART);
		query("GET /users", "q", "urns", "limit", "offset", "linked_partitioning");
		query("GET /playlists/*", "secret_token", "access", "show_tracks");
		body("PUT /playlists/*", JSON);
		query("DELETE /playlists/*");
		query("GET /playlists/*/tracks", "secret_token", "access", "linked_partitioning");
		query("GET /playlists/*/reposters", "limit");
		query("GET /tracks/*", "secret_token");
		body("PUT /tracks/*", JSON, MULTIPART, SPEC_FORM);
		query("DELETE /tracks/*");
		body("PUT /tracks/*/storefront", JSON);
		query("GET /tracks/*/preview", "secret_token");
		query("GET /tracks/*/streams", "secret_token");
		query("GET /tracks/*/comments", "limit", "offset", "linked_partitioning");
		body("POST /tracks/*/comments", JSON);
		query("GET /tracks/*/favoriters", "limit", "linked_partitioning");
		query("GET /tracks/*/reposters", "limit");
		query("GET /tracks/*/related", "access", "limit", "offset", "linked_partitioning");
		query("GET /resolve", "url");
		query("GET /users/*");
		query("GET /users/*/related", "limit", "offset", "linked_partitioning");
		query("GET /users/*/favorites", "limit", "linked_partitioning");
		query("GET /users/*/followers", "limit");
		query("GET /users/*/followings", "limit");
		query("GET /users/*/followings/*");
		query("GET /users/*/playlists", "access", "show_tracks", "limit", "linked_partitioning");
		query("GET /users/*/tracks", "access", "limit", "sort", "direction", "order", "linked_partitioning");
		query("GET /users/*/web-profiles", "limit");
		query("GET /users/*/likes/tracks", "access", "limit", "linked_partitioning");
		query("GET /users/*/likes/playlists", "limit", "linked_partitioning");
		query("GET /users/*/reposts/tracks", "access", "limit", "linked_partitioning");
		query("GET /users/*/reposts/playlists", "limit", "linked_partitioning");
		for (String write : List.of("POST", "DELETE")) {
			for (String path : List.of("/likes/tracks/*", "/likes/playlists/*", "/reposts/tracks/*",
					"/reposts/playlists/*")) {
				query(write + " " + path);
			}
		}
		query("POST /sign-out");
		// the stream links the fake hands out in /streams, shaped like the specification's example
		query("GET /tracks/*/streams/*");
		// legacy resources (docs/testing.md)
		query("GET /groups", "q", "limit", "offset", "linked_partitioning");
		query("GET /groups/*");
		query("GET /groups/*/tracks", "limit", "offset", "linked_partitioning");
		query("GET /events", "limit", "offset", "linked_partitioning");
		query("GET /tracks/*/permissions", "limit", "offset", "linked_partitioning");
		body("PUT /tracks/*/permissions", FORM, SPEC_FORM, MULTIPART, JSON);
		body("PUT /users/*", FORM, SPEC_FORM, MULTIPART, JSON);
		query("GET /comments/*");
		query("GET /tracks/*/stream");
		query("GET /tracks/*/download");
	}

	private OperationRules() {
	}

	private static void query(String operation, String... names) {
		Set<String> accepted = new TreeSet<>(List.of(names));
		if (accepted.stream().anyMatch(PAGED::contains)) {
			accepted.add("cursor");
		}
		PARAMETERS.put(operation, Collections.unmodifiableSet(accepted));
	}

	@SafeVarargs
	private static void body(String operation, Set<String>... mediaTypes) {
		query(operation);
		Set<String> accepted = new TreeSet<>();
		for (Set<String> mediaType : mediaTypes) {
			accepted.addAll(mediaType);
		}
		BODIES.put(operation, Collections.unmodifiableSet(accepted));
	}

	/**
	 * Return the query parameters each operation takes ({@code METHOD /path}, {@code *} for a
	 * path variable), for the test that compares them with the specification.
	 */
	static Map<String, Set<String>> parameters() {
		return Collections.unmodifiableMap(PARAMETERS);
	}

	/**
	 * Return the body media types each write takes, likewise.
	 */
	static Map<String, Set<String>> bodies() {
		return Collections.unmodifiableMap(BODIES);
	}

	/**
	 * Whether the rules know the route: every authenticated route must be known.
	 */
	static boolean knows(Route route) {
		return PARAMETERS.containsKey(key(route));
	}

	/**
	 * Refuses query parameters and body media types the operation does not take.
	 * @throws ApiException with status 400 naming what was refused
	 */
	static void check(Route route, ApiRequest request) {
		String operation = key(route);
		Set<String> accepted = PARAMETERS.get(operation);
		if (accepted == null) {
			return;
		}
		request.target().query().asMap().forEach((name, values) -> {
			if (!accepted.contains(name) && !name.startsWith("oauth_")) {
				throw ApiException.badRequest("unknown parameter '" + name + "' for " + operation
						+ (accepted.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", accepted)));
			}
			if (values.size() > 1) {
				// no parameter of the specification is an exploded list; servers differ on which
				// of two values wins, so a client that sends both has a bug
				throw ApiException.badRequest("parameter '" + name + "' given " + values.size() + " times");
			}
		});
		Set<String> mediaTypes = BODIES.get(operation);
		byte[] body = request.raw().getBody();
		boolean hasBody = (body != null && body.length > 0) || request.header("Content-Type") != null;
		if (mediaTypes == null && body != null && body.length > 0 && !onlyOAuth1Parameters(request, body)) {
			throw ApiException.badRequest(operation + " takes no request body");
		}
		if (mediaTypes != null && hasBody) {
			String mediaType = mediaType(request.header("Content-Type"));
			if (!mediaTypes.contains(mediaType)) {
				throw ApiException.badRequest("unsupported content type " + (mediaType.isEmpty() ? "(none)" : mediaType)
						+ " for " + operation + "; it takes " + String.join(", ", mediaTypes));
			}
		}
	}

	/**
	 * Whether a body holds nothing but OAuth 1.0a parameters, which RFC 5849 §3.5.2 lets a
	 * client send in a form body on any request.
	 */
	private static boolean onlyOAuth1Parameters(ApiRequest request, byte[] body) {
		if (!mediaType(request.header("Content-Type")).equals("application/x-www-form-urlencoded")) {
			return false;
		}
		return QueryParams.parse(new String(body, StandardCharsets.UTF_8))
			.asMap()
			.keySet()
			.stream()
			.allMatch((name) -> name.startsWith("oauth_"));
	}

	private static String key(Route route) {
		return route.method() + " /" + String.join("/", route.pattern());
	}

	/**
	 * The media type without parameters, in lower case; JSON only as UTF-8, which is what the
	 * specification's {@code application/json; charset=utf-8} allows.
	 */
	private static String mediaType(@Nullable String contentType) {
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		String type = ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).strip()
			.toLowerCase(Locale.ROOT);
		if (type.equals("application/json") && semicolon >= 0) {
			String parameters = contentType.substring(semicolon + 1).strip().toLowerCase(Locale.ROOT);
			if (!parameters.isEmpty() && !parameters.replace("\"", "").equals("charset=utf-8")) {
				return type + "; " + parameters;
			}
		}
		return type;
	}

}
