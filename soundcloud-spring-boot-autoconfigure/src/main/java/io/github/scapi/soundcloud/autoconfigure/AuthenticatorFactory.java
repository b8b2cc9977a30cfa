package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.BasicAuthenticator;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails.Credentials;
import org.jspecify.annotations.Nullable;

/**
 * Creates the authenticator for the credentials of the {@link SoundCloudConnectionDetails}.
 * OAuth 2.1 needs Spring Security's client, wired by {@link SoundCloudOAuth2Configuration}
 * into an {@link OAuth2Authenticators}; without it, OAuth 2.1 credentials fail startup.
 */
final class AuthenticatorFactory {

	private AuthenticatorFactory() {
	}

	static SoundCloudAuthenticator create(SoundCloudConnectionDetails details, @Nullable OAuth2Authenticators oauth2) {
		Credentials credentials = details.getCredentials();
		if (credentials instanceof SoundCloudConnectionDetails.None) {
			return SoundCloudAuthenticator.ANONYMOUS;
		}
		if (credentials instanceof SoundCloudConnectionDetails.AccessToken token) {
			return tokenAuthenticator(token.token());
		}
		if (credentials instanceof SoundCloudConnectionDetails.Basic basic) {
			return basicAuthenticator(basic);
		}
		if (credentials instanceof SoundCloudConnectionDetails.OAuth1 oauth1) {
			return OAuth1Support.authenticator(oauth1);
		}
		if (oauth2 == null) {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.type",
					"is 'oauth2' but Spring Security's OAuth2 client is not on the class path",
					"add org.springframework.security:spring-security-oauth2-client (soundcloud-spring-boot-starter "
							+ "brings it), or choose another kind of authentication.");
		}
		return oauth2.create(details);
	}

	private static SoundCloudAuthenticator tokenAuthenticator(String token) {
		try {
			return new StaticTokenAuthenticator(token);
		}
		catch (IllegalArgumentException ex) {
			// the message of the failure names the rule, never the token itself
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.token.value",
					"must be the bare access token: visible ASCII characters only (no control characters, line "
							+ "breaks or characters outside ASCII), without whitespace or an 'OAuth '/'Bearer ' prefix",
					"set it to the access token alone, exactly as SoundCloud issued it.");
		}
	}

	private static SoundCloudAuthenticator basicAuthenticator(SoundCloudConnectionDetails.Basic basic) {
		try {
			return new BasicAuthenticator(basic.username(), basic.password());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.basic.username", "is invalid: " + ex.getMessage(),
					"set it to a user name without ':'.");
		}
	}

}
