package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.BasicAuthenticator;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;

/**
 * Creates the authenticator that {@code soundcloud.auth.*} describes, for every kind that
 * needs no other beans. OAuth 2.1 needs Spring Security's client and is configured by
 * {@link SoundCloudOAuth2Configuration}, which runs first; reaching OAuth 2.1 here means
 * Spring Security's OAuth2 client is missing from the class path.
 */
final class AuthenticatorFactory {

	private AuthenticatorFactory() {
	}

	static SoundCloudAuthenticator create(SoundCloudProperties.Auth auth) {
		SoundCloudAuthType type = AuthenticationSettings.resolve(auth);
		return switch (type) {
			case NONE -> SoundCloudAuthenticator.ANONYMOUS;
			case TOKEN -> tokenAuthenticator(auth.getToken().getValue().strip());
			case BASIC -> basicAuthenticator(auth.getBasic());
			case OAUTH1 -> OAuth1Support.authenticator(auth.getOauth1());
			case OAUTH2 -> throw new InvalidSoundCloudPropertyException("soundcloud.auth.type",
					"is 'oauth2' but Spring Security's OAuth2 client is not on the class path",
					"add org.springframework.security:spring-security-oauth2-client (soundcloud-spring-boot-starter "
							+ "brings it), or choose another kind of authentication.");
		};
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

	private static SoundCloudAuthenticator basicAuthenticator(SoundCloudProperties.Auth.Basic basic) {
		try {
			return new BasicAuthenticator(basic.getUsername(), basic.getPassword());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.basic.username", "is invalid: " + ex.getMessage(),
					"set it to a user name without ':'.");
		}
	}

}
