package io.github.scapi.soundcloud.test.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.http.Request;
import org.jspecify.annotations.Nullable;

/**
 * Routes a request to its endpoint: unknown paths get 404, other methods 405, requests
 * without accepted credentials 401, and handler failures their own status.
 */
final class ApiRouter {

	/**
	 * The OAuth endpoints also answer outside the base path, like SoundCloud's separate
	 * {@code secure.soundcloud.com} host.
	 */
	private static final Set<String> ROOT_PATHS = Set.of("/oauth/token", "/authorize", "/oauth/request_token",
			"/oauth/authorize", "/oauth/access_token");

	private final FakeSettings settings;

	private final AuthState auth;

	private final ApiAuthenticator authenticator;

	private final List<Route> routes;

	ApiRouter(FakeSettings settings, InMemoryDataset dataset, AuthState auth) {
		this.settings = settings;
		this.auth = auth;
		this.authenticator = new ApiAuthenticator(auth.credentials(), auth.tokens(), auth.oauth1Verifier());
		TrackEndpoints tracks = new TrackEndpoints(dataset);
		UserEndpoints users = new UserEndpoints(dataset, tracks);
		TokenEndpoint token = new TokenEndpoint(auth.credentials(), auth.tokens(), auth.codes());
		AuthorizationEndpoint authorize = new AuthorizationEndpoint(auth.credentials(), auth.codes());
		OAuth1Endpoints oauth1 = new OAuth1Endpoints(auth.oauth1Verifier(), auth.oauth1Tokens());
		this.routes = List.of(Route.get("/me", users::me), Route.get("/me/tracks", users::meTracks),
				Route.get("/me/followings", users::meFollowings), Route.get("/me/followers", users::meFollowers),
				Route.get("/users", users::search), Route.get("/users/*", users::user),
				Route.get("/users/*/tracks", users::userTracks), Route.get("/users/*/followers", users::userFollowers),
				Route.get("/users/*/followings", users::userFollowings), Route.get("/tracks", tracks::search),
				Route.get("/tracks/*", tracks::track),
				Route.post("/oauth/token", false, (request, variables) -> token.handle(request)),
				Route.open("GET", "/authorize", (request, variables) -> authorize.handle(request)),
				Route.open("GET", "/oauth/request_token", (request, variables) -> oauth1.requestToken(request)),
				Route.open("POST", "/oauth/request_token", (request, variables) -> oauth1.requestToken(request)),
				Route.open("GET", "/oauth/authorize", (request, variables) -> oauth1.authorize(request)),
				Route.open("GET", "/oauth/access_token", (request, variables) -> oauth1.accessToken(request)),
				Route.open("POST", "/oauth/access_token", (request, variables) -> oauth1.accessToken(request)));
	}

	ApiResponse handle(Request raw) {
		try {
			return route(ApiRequest.of(raw, this.settings.basePath()));
		}
		catch (OAuth1Exception ex) {
			return this.auth.reject(ex);
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
		if (route.authenticated() && this.settings.requireAuthentication()
				&& !this.authenticator.isAuthorized(request)) {
			return ApiResponse.error(401, ApiErrors.statusLine(401));
		}
		return route.handler().handle(request, route.match(segments));
	}

	/**
	 * Below the base path, the path's segments; outside it, only the OAuth endpoints.
	 */
	private static @Nullable List<String> segments(RequestTarget target) {
		if (target.insideBasePath()) {
			return target.segments();
		}
		String path = target.path();
		return ROOT_PATHS.contains(path) ? List.of(path.substring(1).split("/")) : null;
	}

}
