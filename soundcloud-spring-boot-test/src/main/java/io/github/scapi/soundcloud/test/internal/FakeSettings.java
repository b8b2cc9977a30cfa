package io.github.scapi.soundcloud.test.internal;

import java.time.Duration;

/**
 * Settings of one fake, as collected by the public builder.
 *
 * @param port the port, {@code 0} for a free one
 * @param basePath the base path, normalised to {@code ""} or {@code /segment[/segment...]}
 * @param requireAuthentication whether API requests need a known token
 * @param accessToken the static token accepted
 * @param clientId the client id the token endpoint accepts
 * @param clientSecret the client secret the token endpoint accepts
 * @param latency the delay added to every response of the fake API
 */
public record FakeSettings(int port, String basePath, boolean requireAuthentication, String accessToken,
		String clientId, String clientSecret, Duration latency) {

	/**
	 * Creates settings with a normalised base path.
	 * @param port the port
	 * @param basePath the base path, with or without leading and trailing slashes
	 * @param requireAuthentication whether API requests need a known token
	 * @param accessToken the static token
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param latency the response delay
	 */
	public FakeSettings {
		basePath = normalise(basePath);
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
