package io.github.scapi.soundcloud.test.internal;

import java.time.Duration;

import io.github.scapi.soundcloud.test.CreatedResponse;

/**
 * Settings of one fake, as collected by the public builder.
 *
 * @param port the port, {@code 0} for a free one
 * @param basePath the base path, normalised to {@code ""} or {@code /segment[/segment...]}
 * @param requireAuthentication whether API requests need credentials
 * @param credentials the credentials accepted
 * @param accessTokenLifetime how long issued OAuth 2 access tokens stay valid
 * @param latency the delay added to every response of the fake API
 * @param createdResponse how creates answer, until changed at run time
 * @param cdnLinkLifetime how long signed CDN links stay valid
 */
public record FakeSettings(int port, String basePath, boolean requireAuthentication, FakeCredentials credentials,
		Duration accessTokenLifetime, Duration latency, CreatedResponse createdResponse, Duration cdnLinkLifetime) {

	/**
	 * Creates settings with a normalised base path.
	 * @param port the port
	 * @param basePath the base path, with or without leading and trailing slashes
	 * @param requireAuthentication whether API requests need credentials
	 * @param credentials the credentials
	 * @param accessTokenLifetime the lifetime of issued access tokens
	 * @param latency the response delay
	 * @param createdResponse how creates answer
	 * @param cdnLinkLifetime the lifetime of CDN links
	 */
	public FakeSettings {
		basePath = normalise(basePath);
	}

	/**
	 * Returns the static OAuth 2 access token.
	 * @return the token
	 */
	public String accessToken() {
		return this.credentials.accessToken();
	}

	/**
	 * Returns the OAuth 2 client id.
	 * @return the client id
	 */
	public String clientId() {
		return this.credentials.clientId();
	}

	/**
	 * Returns the OAuth 2 client secret.
	 * @return the client secret
	 */
	public String clientSecret() {
		return this.credentials.clientSecret();
	}

	private static String normalise(String basePath) {
		String trimmed = basePath.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		if (trimmed.isEmpty()) {
			return "";
		}
		return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
	}

}
