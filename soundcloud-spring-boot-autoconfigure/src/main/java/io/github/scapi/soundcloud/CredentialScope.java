package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where credentials may go: the base URL's origin (scheme, host and port) and, over HTTPS
 * only, the trusted hosts. Every exchange, including each redirect hop, asks again for the
 * URL it is actually sent to.
 */
final class CredentialScope {

	private final URI baseUrl;

	private final String basePath;

	private final Set<String> trustedHosts;

	CredentialScope(URI baseUrl, Set<String> trustedHosts) {
		this.baseUrl = baseUrl;
		this.basePath = (baseUrl.getRawPath() != null) ? baseUrl.getRawPath() : "";
		this.trustedHosts = trustedHosts.stream()
			.map((host) -> host.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
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

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
