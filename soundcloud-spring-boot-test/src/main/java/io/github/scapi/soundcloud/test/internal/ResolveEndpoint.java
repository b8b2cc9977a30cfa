package io.github.scapi.soundcloud.test.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /resolve?url=...}: a {@code soundcloud.com} URL of a user, a track
 * ({@code /<user>/<track>}) or a playlist ({@code /<user>/sets/<playlist>}) answers 302 to
 * the resource's API URL, with the {@code Found} body; anything else 404.
 */
final class ResolveEndpoint {

	private static final Set<String> HOSTS = Set.of("soundcloud.com", "www.soundcloud.com", "m.soundcloud.com");

	private final FakeState state;

	ResolveEndpoint(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.get("/resolve", this::resolve));
	}

	private ApiResponse resolve(ApiRequest request, List<String> variables) {
		String url = request.param("url");
		if (url == null || url.isBlank()) {
			throw ApiException.badRequest("url is required");
		}
		List<String> segments = segments(url.strip());
		String path = this.state.read((store) -> (segments != null) ? apiPath(store, segments) : null);
		if (path == null) {
			throw ApiException.notFound();
		}
		return ApiResponse.found(request.apiBase() + path);
	}

	private static @Nullable List<String> segments(String url) {
		try {
			URI uri = URI.create(url);
			String host = (uri.getHost() != null) ? uri.getHost().toLowerCase(Locale.ROOT) : "";
			if (!HOSTS.contains(host) || uri.getRawPath() == null) {
				return null;
			}
			return Arrays.stream(uri.getRawPath().split("/"))
				.filter((segment) -> !segment.isEmpty())
				.map((segment) -> URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
				.toList();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String apiPath(Store store, List<String> segments) {
		if (segments.isEmpty() || segments.size() > 3) {
			return null;
		}
		FakeUser user = store.users()
			.rows()
			.stream()
			.map((row) -> row.profile())
			.filter((profile) -> profile.permalink().equalsIgnoreCase(segments.get(0)))
			.findFirst()
			.orElse(null);
		if (user == null) {
			return null;
		}
		if (segments.size() == 1) {
			return "/users/" + user.urn();
		}
		if (segments.size() == 2) {
			return store.tracks()
				.ofUser(user.id())
				.stream()
				.filter((row) -> store.isVisible(row) && row.permalink().equals(segments.get(1)))
				.findFirst()
				.map((row) -> "/tracks/" + row.track().urn())
				.orElse(null);
		}
		if (!segments.get(1).equals("sets")) {
			return null;
		}
		return store.playlists()
			.ofUser(user.id())
			.stream()
			.filter((row) -> store.isVisible(row) && row.permalink().equals(segments.get(2)))
			.findFirst()
			.map((row) -> "/playlists/" + row.urn())
			.orElse(null);
	}

}
