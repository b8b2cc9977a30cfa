package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.http.Request;
import io.github.scapi.soundcloud.test.CreatedResponse;
import org.jspecify.annotations.Nullable;

/**
 * Routes a request to its endpoint: the CDN at {@code /cdn/}, else the API, where unknown
 * paths get 404 (paths are matched raw, so a percent-encoded URN or name, an empty or a dot
 * segment matches nothing), other methods 405, requests without accepted credentials 401,
 * query parameters or body media types the operation does not take 400 ({@link OperationRules}),
 * and handler failures their own status. When several routes match, the one with the most fixed
 * segments wins.
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

	private final CdnEndpoint cdn;

	private final List<Route> routes = new ArrayList<>();

	ApiRouter(FakeSettings settings, FakeState state, AuthState auth, Supplier<CreatedResponse> createdResponse,
			CdnSigner signer) {
		this.settings = settings;
		this.auth = auth;
		this.authenticator = new ApiAuthenticator(auth.credentials(), auth.tokens(), auth.oauth1Verifier());
		this.cdn = new CdnEndpoint(state, signer);
		this.routes.addAll(new MeEndpoints(state, createdResponse).routes());
		this.routes.addAll(new FeedEndpoints(state).routes());
		this.routes.addAll(new UserEndpoints(state).routes());
		this.routes.addAll(new TrackEndpoints(state).routes());
		this.routes.addAll(new TrackWriter(state, createdResponse).routes());
		this.routes.addAll(new StorefrontEndpoint(state).routes());
		this.routes.addAll(new StreamEndpoints(state, signer, auth.playsLimit()).routes());
		this.routes.addAll(new CommentEndpoints(state, createdResponse).routes());
		this.routes.addAll(new PlaylistEndpoints(state, createdResponse).routes());
		this.routes.addAll(new SocialEndpoints(state).routes());
		this.routes.addAll(new ResolveEndpoint(state).routes());
		this.routes.addAll(new LegacyEndpoints(state).routes());
		this.routes.add(Route.of("POST", "/sign-out", (request, variables) -> signOut(request)));
		this.routes.stream().filter((route) -> !OperationRules.knows(route)).findFirst().ifPresent((route) -> {
			throw new IllegalStateException("No parameter rules for " + route);
		});
		this.routes.addAll(authRoutes(auth));
	}

	private static List<Route> authRoutes(AuthState auth) {
		TokenEndpoint token = new TokenEndpoint(auth.credentials(), auth.tokens(), auth.codes());
		AuthorizationEndpoint authorize = new AuthorizationEndpoint(auth.credentials(), auth.codes());
		OAuth1Endpoints oauth1 = new OAuth1Endpoints(auth.oauth1Verifier(), auth.oauth1Tokens());
		return List.of(Route.post("/oauth/token", false, (request, variables) -> token.handle(request)),
				Route.open("GET", "/authorize", (request, variables) -> authorize.handle(request)),
				Route.open("GET", "/oauth/request_token", (request, variables) -> oauth1.requestToken(request)),
				Route.open("POST", "/oauth/request_token", (request, variables) -> oauth1.requestToken(request)),
				Route.open("GET", "/oauth/authorize", (request, variables) -> oauth1.authorize(request)),
				Route.open("GET", "/oauth/access_token", (request, variables) -> oauth1.accessToken(request)),
				Route.open("POST", "/oauth/access_token", (request, variables) -> oauth1.accessToken(request)));
	}

	ApiResponse handle(Request raw) {
		try {
			ApiRequest request = ApiRequest.of(raw, this.settings.basePath());
			if (request.target().rawPath().startsWith(CdnMedia.PREFIX)) {
				return this.cdn.handle(request);
			}
			return route(request);
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
		List<Route> candidates = (segments != null) ? this.routes.stream()
			.filter((route) -> route.match(segments) != null)
			.sorted(Comparator.comparingInt(Route::specificity).reversed())
			.toList() : List.of();
		if (candidates.isEmpty()) {
			throw ApiException.notFound();
		}
		Route route = candidates.stream()
			.filter((candidate) -> candidate.method().equals(request.method()))
			.findFirst()
			.orElse(null);
		if (route == null) {
			String allowed = candidates.stream().map(Route::method).distinct().collect(Collectors.joining(", "));
			return ApiResponse.error(405, ApiErrors.statusLine(405)).withHeader("Allow", allowed);
		}
		if (route.authenticated() && this.settings.requireAuthentication()
				&& !this.authenticator.isAuthorized(request)) {
			return ApiResponse.error(401, ApiErrors.statusLine(401));
		}
		OperationRules.check(route, request);
		return route.handler().handle(request, route.match(segments));
	}

	/**
	 * {@code POST /sign-out}: revokes the OAuth 2 access token the request carries, if the
	 * fake issued it.
	 */
	private ApiResponse signOut(ApiRequest request) {
		String header = request.header("Authorization");
		if (header != null && header.regionMatches(true, 0, "OAuth ", 0, 6) && !OAuth1Header.isOAuth1(header)) {
			this.auth.tokens().revoke(header.substring(6).strip());
		}
		return ApiResponse.status(200, "200 - OK");
	}

	/**
	 * Below the base path, the path's segments when they can name a resource; outside it,
	 * only the OAuth endpoints.
	 */
	private static @Nullable List<String> segments(RequestTarget target) {
		if (target.insideBasePath()) {
			// SoundCloud's paths have no empty segments (a trailing or doubled slash) and no dot
			// segments: such a path names nothing, as on a server that routes the raw path
			boolean exact = target.segments()
				.stream()
				.noneMatch((segment) -> segment.isEmpty() || segment.equals(".") || segment.equals(".."));
			return exact ? target.segments() : null;
		}
		String path = target.rawPath();
		return ROOT_PATHS.contains(path) ? List.of(path.substring(1).split("/")) : null;
	}

}
