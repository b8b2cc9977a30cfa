package io.github.scapi.soundcloud.test.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * How a client identified itself to the token endpoint: HTTP Basic (RFC 6749 §2.3.1, both
 * parts form-encoded before Base64; clients that skip that are accepted too), form fields
 * {@code client_id} and {@code client_secret}, or, for a public client, {@code client_id}
 * alone.
 *
 * @param clientId the client id
 * @param confidential whether the client proved its secret
 */
record ClientAuthentication(String clientId, boolean confidential) {

	/**
	 * Authenticates a client.
	 * @return the client, or {@code null} when the credentials are missing or wrong
	 */
	static @Nullable ClientAuthentication of(@Nullable String authorization, QueryParams form,
			FakeCredentials credentials) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded = decodeBase64(authorization.substring(6).strip());
			int colon = (decoded != null) ? decoded.indexOf(':') : -1;
			if (colon < 0) {
				return null;
			}
			return confidential(decoded.substring(0, colon), decoded.substring(colon + 1), credentials);
		}
		String id = form.first("client_id");
		String secret = form.first("client_secret");
		if (id != null && secret != null) {
			return confidential(id, secret, credentials);
		}
		return (id != null && credentials.clientId().equals(id)) ? new ClientAuthentication(id, false) : null;
	}

	private static @Nullable ClientAuthentication confidential(String id, String secret,
			FakeCredentials credentials) {
		boolean known = matches(credentials.clientId(), id) && matches(credentials.clientSecret(), secret);
		return known ? new ClientAuthentication(credentials.clientId(), true) : null;
	}

	private static boolean matches(String expected, String received) {
		return expected.equals(received) || expected.equals(formDecode(received));
	}

	private static @Nullable String decodeBase64(String encoded) {
		try {
			return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String formDecode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
