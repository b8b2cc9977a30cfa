package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether an API request acts as the dataset's {@code me} user. Accepted:
 * <ul>
 * <li>{@code Authorization: OAuth <token>} with the static or a live issued OAuth 2 token
 * ({@code Bearer} is refused, as SoundCloud documents {@code OAuth});</li>
 * <li>{@code Authorization: Basic} with the configured user name and password;</li>
 * <li>an OAuth 1.0a signature with an access token, its parameters in the
 * {@code Authorization: OAuth oauth_...="..."} header, the query or a form body.</li>
 * </ul>
 */
final class ApiAuthenticator {

	private final FakeCredentials credentials;

	private final TokenStore tokens;

	private final OAuth1Verifier oauth1;

	ApiAuthenticator(FakeCredentials credentials, TokenStore tokens, OAuth1Verifier oauth1) {
		this.credentials = credentials;
		this.tokens = tokens;
		this.oauth1 = oauth1;
	}

	/**
	 * Returns whether the request is authorized.
	 * @throws OAuth1Exception when an OAuth 1.0a signed request fails verification
	 */
	boolean isAuthorized(ApiRequest request) {
		String header = request.header("Authorization");
		if (OAuth1Header.isOAuth1(header)) {
			return verifyOAuth1(request);
		}
		if (header != null) {
			if (header.regionMatches(true, 0, "OAuth ", 0, 6)) {
				return this.tokens.isAccepted(header.substring(6).strip());
			}
			if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
				return isKnownUser(header.substring(6).strip());
			}
			return false;
		}
		return verifyOAuth1(request);
	}

	private boolean verifyOAuth1(ApiRequest request) {
		OAuth1Request signed = OAuth1Request.of(request);
		if (!signed.isSigned()) {
			return false;
		}
		this.oauth1.verify(signed, OAuth1Verifier.TokenKind.ACCESS);
		return true;
	}

	private boolean isKnownUser(String encoded) {
		String decoded = decode(encoded);
		int colon = (decoded != null) ? decoded.indexOf(':') : -1;
		return colon >= 0 && this.credentials.username().equals(decoded.substring(0, colon))
				&& OAuth1Signature.matches(this.credentials.password(), decoded.substring(colon + 1));
	}

	private static @Nullable String decode(String encoded) {
		try {
			return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
