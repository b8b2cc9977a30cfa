package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;

/**
 * Where credentials may go: the base URL's origin (scheme, host and port) and, over HTTPS
 * only, the trusted hosts. Every exchange, including each redirect hop, asks again for the
 * URL it is actually sent to.
 */
final class CredentialScope {

	/** What the starter itself sets on a request. */
	private static final Set<String> OWN_HEADERS = Set.of("accept", "user-agent", "range", "content-type",
			"content-length");

	private final URI baseUrl;

	private final String basePath;

	private final Set<String> trustedHosts;

	CredentialScope(URI baseUrl, Set<String> trustedHosts) {
		this.baseUrl = baseUrl;
		this.basePath = (baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "";
		// a loop, not a stream: made at start-up, where every lambda is a class generated at run time
		Set<String> hosts = new HashSet<>();
		for (String host : trustedHosts) {
			hosts.add(host.toLowerCase(Locale.ROOT));
		}
		this.trustedHosts = Set.copyOf(hosts);
	}

	boolean mayReceive(URI uri) {
		if (isApiOrigin(uri)) {
			return true;
		}
		String host = uri.getHost();
		return host != null && "https".equalsIgnoreCase(uri.getScheme())
				&& this.trustedHosts.contains(host.toLowerCase(Locale.ROOT));
	}

	boolean isApiOrigin(URI uri) {
		return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(this.baseUrl.getScheme())
				&& uri.getHost() != null && uri.getHost().equalsIgnoreCase(this.baseUrl.getHost())
				&& port(uri) == port(this.baseUrl);
	}

	boolean isUnderBasePath(URI uri) {
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		return this.basePath.isEmpty() || path.equals(this.basePath) || path.startsWith(this.basePath + "/");
	}

	String basePath() {
		return this.basePath.isEmpty() ? "/" : this.basePath;
	}

	/**
	 * Leave on a request only the headers the starter itself sets: what a hop that may not
	 * receive credentials is sent, so that headers meant for the API (an application's
	 * default headers, such as an internal API key) stay at the API.
	 */
	static void keepOwnHeaders(HttpHeaders headers) {
		for (String name : List.copyOf(headers.headerNames())) {
			if (!OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.remove(name);
			}
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
