package io.github.scapi.soundcloud.auth.oauth1;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * OAuth 1.0a credentials: the client (consumer) key and secret and, once a user has
 * authorized the client, the token and its secret (RFC 5849 §1.1). Without a token,
 * requests are signed with the client credentials alone.
 *
 * <p>{@link #toString()} shows the consumer key and whether a token is present, never a
 * secret or the token itself.
 *
 * @param consumerKey the client identifier, sent as {@code oauth_consumer_key}
 * @param consumerSecret the client shared secret (may be empty, never {@code null})
 * @param token the token identifier sent as {@code oauth_token}, or {@code null}
 * @param tokenSecret the token shared secret; set exactly when {@code token} is
 * @author scapi contributors
 */
public record OAuth1Credentials(String consumerKey, String consumerSecret, @Nullable String token,
		@Nullable String tokenSecret) {

	/**
	 * Create credentials, checking that a token always comes with its secret.
	 * @param consumerKey the client identifier
	 * @param consumerSecret the client shared secret
	 * @param token the token identifier, or {@code null}
	 * @param tokenSecret the token shared secret, or {@code null} when there is no token
	 */
	public OAuth1Credentials {
		Assert.hasText(consumerKey, "'consumerKey' must not be empty");
		Assert.notNull(consumerSecret, "'consumerSecret' must not be null");
		Assert.isTrue(token == null || !token.isEmpty(), "'token' must not be empty");
		Assert.isTrue((token == null) == (tokenSecret == null),
				"'token' and 'tokenSecret' must be given together or not at all");
	}

	/**
	 * Create client credentials without a token.
	 * @param consumerKey the client identifier
	 * @param consumerSecret the client shared secret
	 * @return the credentials
	 */
	public static OAuth1Credentials of(String consumerKey, String consumerSecret) {
		return new OAuth1Credentials(consumerKey, consumerSecret, null, null);
	}

	/**
	 * Return these client credentials with the given token.
	 * @param token the token identifier
	 * @param tokenSecret the token shared secret
	 * @return new credentials; this instance is unchanged
	 */
	public OAuth1Credentials withToken(String token, String tokenSecret) {
		Assert.hasText(token, "'token' must not be empty");
		Assert.notNull(tokenSecret, "'tokenSecret' must not be null");
		return new OAuth1Credentials(this.consumerKey, this.consumerSecret, token, tokenSecret);
	}

	/**
	 * Return these client credentials without any token.
	 * @return credentials holding only the consumer key and secret
	 */
	public OAuth1Credentials withoutToken() {
		return (this.token == null) ? this : of(this.consumerKey, this.consumerSecret);
	}

	/**
	 * Return whether a token is present.
	 * @return {@code true} if requests are signed with a token as well
	 */
	public boolean hasToken() {
		return this.token != null;
	}

	@Override
	public String toString() {
		return "OAuth1Credentials[consumerKey=" + this.consumerKey + ", token=" + (hasToken() ? "present" : "absent")
				+ "]";
	}

}
