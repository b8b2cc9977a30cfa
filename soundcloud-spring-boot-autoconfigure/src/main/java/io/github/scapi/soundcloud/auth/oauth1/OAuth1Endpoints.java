package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.util.Locale;

import org.springframework.util.Assert;

/**
 * The three endpoints of the OAuth 1.0a flow (RFC 5849 §2).
 *
 * @param requestTokenUrl where temporary credentials (a request token) are obtained
 * @param accessTokenUrl where a verified request token is exchanged for an access token
 * @param authorizeUrl where the user is sent to authorize a request token
 * @author scapi contributors
 */
public record OAuth1Endpoints(URI requestTokenUrl, URI accessTokenUrl, URI authorizeUrl) {

	/**
	 * Create the endpoints.
	 * @param requestTokenUrl the temporary credential request endpoint
	 * @param accessTokenUrl the token request endpoint
	 * @param authorizeUrl the resource owner authorization endpoint
	 */
	public OAuth1Endpoints {
		Assert.isTrue(requestTokenUrl != null && requestTokenUrl.isAbsolute(), "'requestTokenUrl' must be absolute");
		Assert.isTrue(accessTokenUrl != null && accessTokenUrl.isAbsolute(), "'accessTokenUrl' must be absolute");
		Assert.isTrue(authorizeUrl != null && authorizeUrl.isAbsolute(), "'authorizeUrl' must be absolute");
	}

	/**
	 * Derive the endpoints from the API base URL as scapi did: {@code <base>/oauth/request_token},
	 * {@code <base>/oauth/access_token}, and {@code <base>/oauth/authorize} on the host
	 * without a leading {@code api.} (users authorize on the web site, not on the API
	 * host). Any base path is kept.
	 * @param apiBaseUrl the API base URL, such as {@code https://api.soundcloud.com}
	 * @return the endpoints
	 */
	public static OAuth1Endpoints derivedFrom(URI apiBaseUrl) {
		Assert.notNull(apiBaseUrl, "'apiBaseUrl' must not be null");
		Assert.isTrue(apiBaseUrl.isAbsolute() && apiBaseUrl.getHost() != null,
				"'apiBaseUrl' must be an absolute URL with a host");
		Assert.isTrue(apiBaseUrl.getRawQuery() == null && apiBaseUrl.getRawFragment() == null,
				"'apiBaseUrl' must not have a query or fragment");
		String path = stripTrailingSlash((apiBaseUrl.getRawPath() != null) ? apiBaseUrl.getRawPath() : "");
		String base = stripTrailingSlash(apiBaseUrl.toString());
		String host = apiBaseUrl.getHost();
		String webHost = host.toLowerCase(Locale.ROOT).startsWith("api.") ? host.substring(4) : host;
		String port = (apiBaseUrl.getPort() != -1) ? ":" + apiBaseUrl.getPort() : "";
		return new OAuth1Endpoints(URI.create(base + "/oauth/request_token"), URI.create(base + "/oauth/access_token"),
				URI.create(apiBaseUrl.getScheme() + "://" + webHost + port + path + "/oauth/authorize"));
	}

	private static String stripTrailingSlash(String text) {
		String stripped = text;
		while (stripped.endsWith("/")) {
			stripped = stripped.substring(0, stripped.length() - 1);
		}
		return stripped;
	}

}
