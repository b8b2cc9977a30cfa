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
	 * A static access token, sent as {@code Authorization: OAuth <token>}.
	 */
	TOKEN

}
