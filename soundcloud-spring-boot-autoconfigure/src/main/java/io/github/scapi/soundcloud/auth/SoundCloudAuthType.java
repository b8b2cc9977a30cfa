package io.github.scapi.soundcloud.auth;

/**
 * The kinds of credentials the client can send, as set with {@code soundcloud.auth.type}.
 *
 * @author scapi contributors
 */
public enum SoundCloudAuthType {

	/**
	 * No credentials: requests are sent anonymously.
	 */
	NONE,

	/**
	 * HTTP Basic authentication with a user name and password, as scapi offered.
	 */
	BASIC,

	/**
	 * OAuth 1.0a: requests signed with HMAC-SHA1 (or PLAINTEXT) using a consumer key and
	 * secret and, once authorized, an access token and secret.
	 */
	OAUTH1,

	/**
	 * OAuth 2.1 through Spring Security's OAuth2 client: tokens obtained, cached and
	 * refreshed automatically, sent as {@code Authorization: OAuth <token>}.
	 */
	OAUTH2,

	/**
	 * A static access token, sent as {@code Authorization: OAuth <token>}.
	 */
	TOKEN

}
