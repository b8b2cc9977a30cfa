package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Every rule about redirects in one place: which statuses redirect and what each does to
 * the request, how many hops a request may take, and where a hop may go.
 *
 * <table>
 * <caption>What each status does</caption>
 * <tr><th>status</th><th>followed for</th><th>next request</th></tr>
 * <tr><td>301, 302</td><td>GET and HEAD only</td><td>the same</td></tr>
 * <tr><td>303</td><td>every method</td><td>a GET without a body</td></tr>
 * <tr><td>307, 308</td><td>every method</td><td>the same, body included (so it must be
 * repeatable)</td></tr>
 * <tr><td>201 with a {@code Location} and no body</td><td>every method</td><td>a GET of the
 * created resource (scapi's rule)</td></tr>
 * </table>
 *
 * <p>A hop never leaves http(s), never goes from HTTPS to HTTP, never leaves the API's base
 * path on the API's origin, and never comes back to a URL already visited; at most
 * {@value #MAX_HOPS} hops are taken. Once a chain has reached a URL that may not receive
 * credentials, no later hop carries any.
 */
final class RedirectPolicy {

	/** The most redirects one request follows. */
	static final int MAX_HOPS = 5;

	private static final Map<Integer, Rule> RULES = Map.of(301, Rule.GET_ONLY, 302, Rule.GET_ONLY, 303,
			Rule.BECOMES_GET, 307, Rule.REPEATS, 308, Rule.REPEATS, 201, Rule.BECOMES_GET);

	private final CredentialScope scope;

	RedirectPolicy(CredentialScope scope) {
		this.scope = scope;
	}

	/**
	 * Whether a response with this status points elsewhere (a 201 only does so without a
	 * body, which the caller decides).
	 */
	static boolean isRedirect(int status) {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	/**
	 * The method of the request after a redirect with this status.
	 */
	static HttpMethod methodAfter(int status, HttpMethod method) {
		return (rule(status) == Rule.BECOMES_GET) ? HttpMethod.GET : method;
	}

	/**
	 * Whether the request after a redirect with this status carries the body again.
	 */
	static boolean keepsBody(int status) {
		return rule(status) != Rule.BECOMES_GET;
	}

	/**
	 * Resolve a {@code Location} against the URL that answered with it.
	 * @throws SoundCloudRedirectException if it is not a valid URL
	 */
	static URI resolve(HttpMethod method, URI from, int status, String location) {
		try {
			return from.resolve(location.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new SoundCloudRedirectException(status, method, from, UrlRedactor.redact(location),
					"the location is not a valid URL");
		}
	}

	/**
	 * Start a chain of hops for one request.
	 */
	Chain start(URI first) {
		return new Chain(first);
	}

	private static Rule rule(int status) {
		Rule rule = RULES.get(status);
		if (rule == null) {
			throw new IllegalArgumentException(status + " is not a redirect");
		}
		return rule;
	}

	/**
	 * The hops of one request so far.
	 */
	final class Chain {

		private final URI first;

		// made at the first hop: most requests take none, and hashing a URI is not free
		private @Nullable Set<URI> visited;

		private int hops;

		/**
		 * Whether a URL of the chain so far may not receive credentials: from then on no hop
		 * carries any, even one that comes back to the API (curl's rule), or a foreign page
		 * could make the application fetch the user's private data and hand it over.
		 */
		private boolean leftScope;

		Chain(URI first) {
			this.first = first;
			this.leftScope = !RedirectPolicy.this.scope.mayReceive(first);
		}

		int hops() {
			return this.hops;
		}

		/**
		 * Whether an exchange of this chain with the given URL may carry the connector's
		 * credentials: only while the chain never left the credential scope.
		 */
		boolean mayCarryCredentials(URI uri) {
			return !this.leftScope && RedirectPolicy.this.scope.mayReceive(uri);
		}

		/**
		 * Check the next hop and count it.
		 * @param method the method of the request that was redirected
		 * @param from the URL that answered
		 * @param body that request's body, or {@code null}
		 * @param status the redirecting status
		 * @param to where it points
		 * @throws SoundCloudRedirectException if the hop may not be taken
		 */
		void hop(HttpMethod method, URI from, @Nullable SoundCloudRequestBody body, int status, URI to) {
			Rule rule = rule(status);
			URI url = from;
			URI location = to;
			if (++this.hops > MAX_HOPS) {
				throw new SoundCloudRedirectException(status, method, url, location,
						"more than " + MAX_HOPS + " redirects");
			}
			String scheme = (to.getScheme() != null) ? to.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!scheme.equals("https") && !scheme.equals("http")) {
				throw new SoundCloudRedirectException(status, method, url, location, "not an http(s) URL");
			}
			if (to.getHost() == null) {
				throw new SoundCloudRedirectException(status, method, url, location, "the location names no host");
			}
			if ("https".equalsIgnoreCase(from.getScheme()) && scheme.equals("http")) {
				throw new SoundCloudRedirectException(status, method, url, location,
						"it would downgrade HTTPS to HTTP");
			}
			if (RedirectPolicy.this.scope.isApiOrigin(to) && !RedirectPolicy.this.scope.isUnderBasePath(to)) {
				throw new SoundCloudRedirectException(status, method, url, location,
						"it leaves the API's base path " + RedirectPolicy.this.scope.basePath());
			}
			if (rule == Rule.GET_ONLY && method != HttpMethod.GET && method != HttpMethod.HEAD) {
				throw new SoundCloudRedirectException(status, method, url, location, "a " + status
						+ " is followed for GET only; the server may or may not have processed the " + method);
			}
			if (rule == Rule.REPEATS && body != null && !body.isRepeatable()) {
				throw new SoundCloudRedirectException(status, method, url, location,
						"the body was streamed once and cannot be sent again");
			}
			Set<URI> visited = this.visited;
			if (visited == null) {
				visited = new HashSet<>();
				visited.add(this.first);
				this.visited = visited;
			}
			if (!visited.add(to)) {
				throw new SoundCloudRedirectException(status, method, url, location, "redirect loop");
			}
			if (!RedirectPolicy.this.scope.mayReceive(to)) {
				this.leftScope = true;
			}
		}

	}

	private enum Rule {

		/** Followed for GET and HEAD; the request is repeated as it was. */
		GET_ONLY,

		/** Followed with a GET without a body. */
		BECOMES_GET,

		/** Followed with the same method and body. */
		REPEATS

	}

}
