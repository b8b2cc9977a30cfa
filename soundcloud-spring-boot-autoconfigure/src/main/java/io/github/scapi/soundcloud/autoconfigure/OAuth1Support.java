package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;

/**
 * Creates the OAuth 1.0a authenticator from {@code soundcloud.auth.oauth1.*}.
 */
final class OAuth1Support {

	private OAuth1Support() {
	}

	static SoundCloudAuthenticator authenticator(SoundCloudProperties.Auth.OAuth1 properties) {
		throw new InvalidSoundCloudPropertyException("soundcloud.auth.type", "'oauth1' is being wired",
				"wait for the OAuth 1.0a signer.");
	}

}
