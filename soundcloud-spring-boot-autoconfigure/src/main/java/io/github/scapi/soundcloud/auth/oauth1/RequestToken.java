package io.github.scapi.soundcloud.auth.oauth1;

import org.springframework.util.Assert;

/**
 * Temporary credentials (a request token) from the first leg of the OAuth 1.0a flow
 * (RFC 5849 §2.1). Keep it until the user has authorized it and a verifier is known, then
 * exchange it with {@link OAuth1Flow#fetchAccessToken(RequestToken, String)}.
 *
 * <p>{@link #toString()} shows the token but masks the secret.
 *
 * @param token the temporary token identifier ({@code oauth_token})
 * @param secret the temporary shared secret ({@code oauth_token_secret})
 * @param callbackConfirmed whether the server confirmed the callback
 * ({@code oauth_callback_confirmed=true})
 * @author scapi contributors
 */
public record RequestToken(String token, String secret, boolean callbackConfirmed) {

	/**
	 * Create a request token.
	 * @param token the temporary token identifier
	 * @param secret the temporary shared secret
	 * @param callbackConfirmed whether the server confirmed the callback
	 */
	public RequestToken {
		Assert.hasText(token, "'token' must not be empty");
		Assert.notNull(secret, "'secret' must not be null");
	}

	@Override
	public String toString() {
		return "RequestToken[token=" + this.token + ", secret=***, callbackConfirmed=" + this.callbackConfirmed + "]";
	}

}
