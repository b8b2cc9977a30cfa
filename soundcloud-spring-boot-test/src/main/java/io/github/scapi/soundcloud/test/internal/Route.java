package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One endpoint: a method and a path pattern whose {@code *} segments are variables.
 *
 * @param method the HTTP method
 * @param pattern the pattern's segments, e.g. {@code [users, *, tracks]}
 * @param authenticated whether the endpoint needs an access token
 * @param handler what answers the request
 */
record Route(String method, List<String> pattern, boolean authenticated, Handler handler) {

	static Route get(String pattern, Handler handler) {
		return new Route("GET", segments(pattern), true, handler);
	}

	/**
	 * An endpoint that needs an access token.
	 */
	static Route of(String method, String pattern, Handler handler) {
		return new Route(method, segments(pattern), true, handler);
	}

	/**
	 * How many segments are fixed: with several matches, the most specific route wins, so
	 * {@code /me/followings/tracks} beats {@code /me/followings/*}.
	 */
	int specificity() {
		return (int) this.pattern.stream().filter((segment) -> !segment.equals("*")).count();
	}

	static Route post(String pattern, boolean authenticated, Handler handler) {
		return new Route("POST", segments(pattern), authenticated, handler);
	}

	/**
	 * An endpoint that checks credentials itself, such as the OAuth endpoints.
	 */
	static Route open(String method, String pattern, Handler handler) {
		return new Route(method, segments(pattern), false, handler);
	}

	/**
	 * Returns the values of the variables when the segments match, else {@code null}.
	 */
	@Nullable List<String> match(List<String> segments) {
		if (segments.size() != this.pattern.size()) {
			return null;
		}
		List<String> variables = new ArrayList<>();
		for (int i = 0; i < segments.size(); i++) {
			if (this.pattern.get(i).equals("*")) {
				variables.add(segments.get(i));
			}
			else if (!this.pattern.get(i).equals(segments.get(i))) {
				return null;
			}
		}
		return variables;
	}

	private static List<String> segments(String pattern) {
		return Arrays.stream(pattern.split("/")).filter((segment) -> !segment.isEmpty()).toList();
	}

	/**
	 * Answers a request routed to an endpoint.
	 */
	@FunctionalInterface
	interface Handler {

		ApiResponse handle(ApiRequest request, List<String> variables);

	}

}
