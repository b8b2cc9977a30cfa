package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Chooses and creates the authenticator that {@code soundcloud.auth.*} describes. When
 * {@code soundcloud.auth.type} is absent the type is inferred from the credentials that are
 * set; a type whose credentials are missing, or credentials that contradict the type, fail
 * startup with the property to fix. Secret values are never echoed.
 */
final class AuthenticatorFactory {

	private AuthenticatorFactory() {
	}

	static SoundCloudAuthenticator create(SoundCloudProperties.Auth auth) {
		// a blank value (an empty environment variable, say) counts as not set
		@Nullable String token = StringUtils.hasText(auth.getToken().getValue()) ? auth.getToken().getValue() : null;
		SoundCloudAuthType type = (auth.getType() != null) ? auth.getType() : infer(token);
		return switch (type) {
			case NONE -> {
				if (token != null) {
					throw new InvalidSoundCloudPropertyException("soundcloud.auth.type",
							"is 'none' but 'soundcloud.auth.token.value' is set",
							"remove it to send the token, or remove 'soundcloud.auth.token.value' to send no credentials.");
				}
				yield SoundCloudAuthenticator.ANONYMOUS;
			}
			case TOKEN -> {
				if (token == null) {
					throw new InvalidSoundCloudPropertyException("soundcloud.auth.token.value",
							"is required when 'soundcloud.auth.type' is 'token'",
							"set it to an access token, or remove 'soundcloud.auth.type'.");
				}
				yield tokenAuthenticator(token);
			}
		};
	}

	private static SoundCloudAuthType infer(@Nullable String token) {
		return (token != null) ? SoundCloudAuthType.TOKEN : SoundCloudAuthType.NONE;
	}

	private static SoundCloudAuthenticator tokenAuthenticator(String token) {
		try {
			return new StaticTokenAuthenticator(token);
		}
		catch (IllegalArgumentException ex) {
			// the message of the failure names the rule, never the token itself
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.token.value",
					"must be the bare access token, without whitespace or an 'OAuth '/'Bearer ' prefix",
					"set it to the access token alone.");
		}
	}

}
