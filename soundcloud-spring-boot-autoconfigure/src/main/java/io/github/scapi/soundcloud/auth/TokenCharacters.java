package io.github.scapi.soundcloud.auth;

import org.jspecify.annotations.Nullable;

/**
 * Which characters a token may hold. An access token is sent as
 * {@code Authorization: OAuth <token>}: a control character, a line break, a space or a
 * character outside ASCII would make the header invalid or ambiguous, and the JDK's HTTP
 * client reports an invalid header by printing it, token included. Tokens are therefore
 * checked where they enter (configuration, token responses, token stores), and a bad one is
 * reported without its value.
 *
 * @author scapi contributors
 */
public final class TokenCharacters {

	private TokenCharacters() {
	}

	/**
	 * Return whether an access token can be sent in an {@code Authorization} header: one or
	 * more visible ASCII characters ({@code !} to {@code ~}), which covers RFC 6750's
	 * {@code b64token} and every token SoundCloud issues.
	 * @param token the token, or {@code null}
	 * @return {@code true} if the token is non-empty and holds only visible ASCII characters
	 */
	public static boolean isSendableAccessToken(@Nullable String token) {
		return isAscii(token, '!');
	}

	/**
	 * Return whether a refresh token is well formed: one or more printable ASCII characters,
	 * space included ({@code VSCHAR}, RFC 6749 Appendix A.17).
	 * @param token the token, or {@code null}
	 * @return {@code true} if the token is non-empty and holds only printable ASCII characters
	 */
	public static boolean isValidRefreshToken(@Nullable String token) {
		return isAscii(token, ' ');
	}

	private static boolean isAscii(@Nullable String token, char lowest) {
		if (token == null || token.isEmpty()) {
			return false;
		}
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (c < lowest || c > '~') {
				return false;
			}
		}
		return true;
	}

}
