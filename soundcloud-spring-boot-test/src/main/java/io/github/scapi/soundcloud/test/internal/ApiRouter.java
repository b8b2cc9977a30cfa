package io.github.scapi.soundcloud.test.internal;

import java.util.List;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.http.Request;
import org.jspecify.annotations.Nullable;

/**
 * Routes a request to its endpoint: unknown paths get 404, other methods 405, requests
 * without a known {@code OAuth} token 401, and handler failures their own status.
 */
final class ApiRouter {

	private static final List<String> ROOT_TOKEN_PATH = List.of("oauth", "token");

	private final FakeSettings settings;

	private final TokenStore tokens;

	private final List<Route> routes;

	ApiRouter(FakeSettings settings, InMemoryDataset dataset, TokenStore tokens) {
		this.settings = settings;
		this.tokens = tokens;
		TrackEndpoints tracks = new TrackEndpoints(dataset);
		UserEndpoints users = new UserEndpoints(dataset, tracks);
		TokenEndpoint token = new TokenEndpoint(settings, tokens);
		this.routes = List.of(Route.get("/me", users::me), Route.get("/me/tracks", users::meTracks),
				Route.get("/me/followings", users::meFollowings), Route.get("/me/followers", users::meFollowers),
				Route.get("/users", users::search), Route.get("/users/*", users::user),
				Route.get("/users/*/tracks", users::userTracks), Route.get("/users/*/followers", users::userFollowers),
				Route.get("/users/*/followings", users::userFollowings), Route.get("/tracks", tracks::search),
				Route.get("/tracks/*", tracks::track),
				Route.post("/oauth/token", false, (request, variables) -> token.handle(request)));
	}

	ApiResponse handle(Request raw) {
		try {
			return route(ApiRequest.of(raw, this.settings.basePath()));
		}
		catch (ApiException ex) {
			return ApiResponse.error(ex.status(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			return ApiResponse.error(500, "500 - Internal Server Error: " + ex);
		}
	}

	private ApiResponse route(ApiRequest request) {
		List<String> segments = segments(request.target());
		List<Route> candidates = (segments != null)
				? this.routes.stream().filter((route) -> route.match(segments) != null).toList() : List.of();
		if (candidates.isEmpty()) {
			throw ApiException.notFound();
		}
		Route route = candidates.stream()
			.filter((candidate) -> candidate.method().equals(request.method()))
			.findFirst()
			.orElse(null);
		if (route == null) {
			String allowed = candidates.stream().map(Route::method).collect(Collectors.joining(", "));
			return ApiResponse.error(405, ApiErrors.statusLine(405)).withHeader("Allow", allowed);
		}
		if (route.authenticated() && this.settings.requireAuthentication() && !isAuthorized(request)) {
			return ApiResponse.error(401, ApiErrors.statusLine(401));
		}
		return route.handler().handle(request, route.match(segments));
	}

	/**
	 * Below the base path, the path's segments; outside it, only the token endpoint, which
	 * stays reachable at {@code /oauth/token} like SoundCloud's separate token host.
	 */
	private static @Nullable List<String> segments(RequestTarget target) {
		if (target.insideBasePath()) {
			return target.segments();
		}
		return target.path().equals("/oauth/token") ? ROOT_TOKEN_PATH : null;
	}

	/**
	 * SoundCloud documents {@code Authorization: OAuth <token>}; {@code Bearer} is refused.
	 */
	private boolean isAuthorized(ApiRequest request) {
		String header = request.header("Authorization");
		if (header == null || !header.regionMatches(true, 0, "OAuth ", 0, 6)) {
			return false;
		}
		return this.tokens.isAccepted(header.substring(6).strip());
	}

}
