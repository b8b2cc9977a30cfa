package io.github.scapi.soundcloud.auth;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.util.Assert;

/**
 * Sends a fixed access token as {@code Authorization: OAuth <token>}, the scheme SoundCloud
 * documents (not {@code Bearer}). Suited to scripts and tests; tokens expire after about an
 * hour, so long-running applications should use OAuth 2.1 instead.
 *
 * @author scapi contributors
 */
public final class StaticTokenAuthenticator implements SoundCloudAuthenticator {

	private final String headerValue;

	/**
	 * Create an authenticator for the given token.
	 * @param accessToken the access token, without any scheme prefix
	 * @throws IllegalArgumentException if the token is empty, holds whitespace, or holds a
	 * character other than visible ASCII; the message never holds the token
	 */
	public StaticTokenAuthenticator(String accessToken) {
		Assert.hasText(accessToken, "'accessToken' must not be empty");
		// the messages never hold the token: it is a secret, and may hold line breaks
		Assert.isTrue(accessToken.strip().equals(accessToken) && accessToken.indexOf(' ') < 0,
				"'accessToken' must not contain whitespace or a scheme such as 'OAuth '");
		Assert.isTrue(TokenCharacters.isSendableAccessToken(accessToken),
				"'accessToken' must hold only visible ASCII characters: it holds a control character or a "
						+ "character outside ASCII, which cannot be sent in an HTTP header");
		this.headerValue = "OAuth " + accessToken;
	}

	@Override
	public void authenticate(HttpRequest request) {
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, this.headerValue);
	}

	@Override
	public SoundCloudAuthType type() {
		return SoundCloudAuthType.TOKEN;
	}

	@Override
	public String toString() {
		return "SoundCloudAuthenticator[token=" + "***" + "]";
	}

}
