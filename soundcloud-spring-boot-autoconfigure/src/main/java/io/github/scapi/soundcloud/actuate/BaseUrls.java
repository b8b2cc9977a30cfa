package io.github.scapi.soundcloud.actuate;

import java.net.URI;

/**
 * How Actuator shows the connector's base URL: scheme, host, port and path, never user
 * information, a query or a fragment, which could hold a secret.
 */
final class BaseUrls {

	private BaseUrls() {
	}

	static String describe(URI url) {
		return url.getScheme() + "://" + url.getHost() + ((url.getPort() != -1) ? ":" + url.getPort() : "")
				+ ((url.getRawPath() != null) ? url.getRawPath() : "");
	}

}
