package io.github.scapi.soundcloud.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.TokenCharacters;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Decides which kind of credentials {@code soundcloud.auth.*} describes and checks that they
 * are complete and unambiguous. When {@code soundcloud.auth.type} is absent the type is the
 * one whose credentials are set; credentials of more than one kind, or of another kind than
 * the type names, fail startup, because silently preferring one would send requests with
 * credentials the user did not mean. A blank value (an empty environment variable, say)
 * counts as not set. Secret values are never echoed.
 */
final class AuthenticationSettings {

	/** The id of the Spring Security registration that signs users in with SoundCloud. */
	static final String SIGN_IN_REGISTRATION_ID = "soundcloud";

	/** Where Boot binds that registration. */
	static final String SIGN_IN_REGISTRATION_PREFIX = "spring.security.oauth2.client.registration."
			+ SIGN_IN_REGISTRATION_ID + ".";

	private static final String CLIENT_REGISTRATION_CLASS = "org.springframework.security.oauth2.client.registration.ClientRegistration";

	private AuthenticationSettings() {
	}

	static SoundCloudAuthType resolve(SoundCloudProperties.Auth auth) {
		List<SoundCloudAuthType> configured = configuredKinds(auth);
		SoundCloudAuthType type = auth.getType();
		if (type == null) {
			if (configured.size() > 1) {
				throw new InvalidSoundCloudPropertyException("soundcloud.auth.type",
						"is not set and credentials of several kinds are: " + names(configured),
						"set it to the kind to use, and remove the other credentials.");
			}
			type = configured.isEmpty() ? SoundCloudAuthType.NONE : configured.get(0);
		}
		for (SoundCloudAuthType other : configured) {
			if (other != type) {
				throw new InvalidSoundCloudPropertyException("soundcloud.auth.type",
						"is '" + name(type) + "' but credentials for '" + name(other) + "' are set ("
								+ group(other) + ")",
						"remove the " + group(other) + " properties, or set 'soundcloud.auth.type' to '" + name(other)
								+ "'.");
			}
		}
		checkComplete(type, auth);
		return type;
	}

	/**
	 * The credentials {@code soundcloud.auth.*} describes, checked as by
	 * {@link #resolve(SoundCloudProperties.Auth)}. With nothing configured there, a Spring
	 * Security registration named {@code soundcloud} is used when the application has one:
	 * an application that signs its users in with SoundCloud then calls SoundCloud as them.
	 */
	static SoundCloudConnectionDetails.Credentials credentials(SoundCloudProperties.Auth auth,
			Environment environment) {
		SoundCloudAuthType type = resolve(auth);
		return switch (type) {
			case NONE -> hasSignInRegistration(environment)
					? new SoundCloudConnectionDetails.Registration(SIGN_IN_REGISTRATION_ID, null)
					: new SoundCloudConnectionDetails.None();
			case TOKEN -> new SoundCloudConnectionDetails.AccessToken(auth.getToken().getValue().strip());
			case BASIC -> new SoundCloudConnectionDetails.Basic(auth.getBasic().getUsername(),
					auth.getBasic().getPassword());
			case OAUTH1 -> oauth1Credentials(auth.getOauth1());
			case OAUTH2 -> oauth2Credentials(auth.getOauth2());
		};
	}

	private static SoundCloudConnectionDetails.Credentials oauth1Credentials(SoundCloudProperties.Auth.OAuth1 oauth1) {
		boolean token = isSet(oauth1.getToken());
		return new SoundCloudConnectionDetails.OAuth1(oauth1.getConsumerKey().strip(),
				oauth1.getConsumerSecret().strip(), token ? oauth1.getToken().strip() : null,
				token ? oauth1.getTokenSecret().strip() : null);
	}

	private static SoundCloudConnectionDetails.Credentials oauth2Credentials(SoundCloudProperties.Auth.OAuth2 oauth2) {
		String refreshToken = isSet(oauth2.getRefreshToken()) ? oauth2.getRefreshToken().strip() : null;
		if (!ownClient(oauth2)) {
			return new SoundCloudConnectionDetails.Registration(oauth2.getRegistrationId().strip(), refreshToken);
		}
		String clientId = oauth2.getClientId().strip();
		String clientSecret = isSet(oauth2.getClientSecret()) ? oauth2.getClientSecret().strip() : null;
		if (grantType(oauth2) == SoundCloudProperties.Auth.OAuth2.GrantType.CLIENT_CREDENTIALS) {
			return new SoundCloudConnectionDetails.ClientCredentials(clientId, clientSecret);
		}
		return new SoundCloudConnectionDetails.RefreshToken(clientId, clientSecret, refreshToken);
	}

	/**
	 * Whether Spring Security's OAuth2 client is on the class path and the application
	 * registers a client named {@code soundcloud} with it.
	 */
	static boolean hasSignInRegistration(Environment environment) {
		return ClassUtils.isPresent(CLIENT_REGISTRATION_CLASS, AuthenticationSettings.class.getClassLoader())
				&& isSet(Binder.get(environment)
					.bind(SIGN_IN_REGISTRATION_PREFIX + "client-id", String.class)
					.orElse(null));
	}

	private static List<SoundCloudAuthType> configuredKinds(SoundCloudProperties.Auth auth) {
		List<SoundCloudAuthType> kinds = new ArrayList<>();
		if (isSet(auth.getToken().getValue())) {
			kinds.add(SoundCloudAuthType.TOKEN);
		}
		SoundCloudProperties.Auth.Basic basic = auth.getBasic();
		if (isSet(basic.getUsername()) || isSet(basic.getPassword())) {
			kinds.add(SoundCloudAuthType.BASIC);
		}
		SoundCloudProperties.Auth.OAuth1 oauth1 = auth.getOauth1();
		if (isSet(oauth1.getConsumerKey()) || isSet(oauth1.getConsumerSecret()) || isSet(oauth1.getToken())
				|| isSet(oauth1.getTokenSecret())) {
			kinds.add(SoundCloudAuthType.OAUTH1);
		}
		SoundCloudProperties.Auth.OAuth2 oauth2 = auth.getOauth2();
		if (isSet(oauth2.getClientId()) || isSet(oauth2.getClientSecret()) || isSet(oauth2.getRefreshToken())
				|| isSet(oauth2.getRegistrationId()) || oauth2.getGrantType() != null) {
			kinds.add(SoundCloudAuthType.OAUTH2);
		}
		return kinds;
	}

	private static void checkComplete(SoundCloudAuthType type, SoundCloudProperties.Auth auth) {
		switch (type) {
			case TOKEN -> require(auth.getToken().getValue(), "soundcloud.auth.token.value", "an access token");
			case BASIC -> {
				require(auth.getBasic().getUsername(), "soundcloud.auth.basic.username", "the user name");
				require(auth.getBasic().getPassword(), "soundcloud.auth.basic.password", "the password");
			}
			case OAUTH1 -> {
				SoundCloudProperties.Auth.OAuth1 oauth1 = auth.getOauth1();
				require(oauth1.getConsumerKey(), "soundcloud.auth.oauth1.consumer-key", "the application's consumer key");
				require(oauth1.getConsumerSecret(), "soundcloud.auth.oauth1.consumer-secret",
						"the application's consumer secret");
				if (isSet(oauth1.getToken()) != isSet(oauth1.getTokenSecret())) {
					String missing = isSet(oauth1.getToken()) ? "soundcloud.auth.oauth1.token-secret"
							: "soundcloud.auth.oauth1.token";
					throw new InvalidSoundCloudPropertyException(missing,
							"is required when its partner ('token' or 'token-secret') is set",
							"set both the access token and its secret, or neither to use only the three-legged flow.");
				}
			}
			case OAUTH2 -> checkOAuth2(auth.getOauth2());
			case NONE -> {
			}
		}
	}

	private static boolean ownClient(SoundCloudProperties.Auth.OAuth2 oauth2) {
		return isSet(oauth2.getClientId()) || isSet(oauth2.getClientSecret()) || oauth2.getGrantType() != null
				|| !isSet(oauth2.getRegistrationId());
	}

	private static void checkOAuth2(SoundCloudProperties.Auth.OAuth2 oauth2) {
		checkRefreshToken(oauth2);
		if (!ownClient(oauth2)) {
			// a Spring Security registration is used (a refresh token may seed its store);
			// whether it exists is checked where the registrations are known
			return;
		}
		require(oauth2.getClientId(), "soundcloud.auth.oauth2.client-id", "the application's client id");
		if (grantType(oauth2) == SoundCloudProperties.Auth.OAuth2.GrantType.CLIENT_CREDENTIALS) {
			require(oauth2.getClientSecret(), "soundcloud.auth.oauth2.client-secret",
					"the application's client secret (the client_credentials grant needs it)");
		}
		else {
			require(oauth2.getRefreshToken(), "soundcloud.auth.oauth2.refresh-token",
					"a refresh token of a user who authorized the application; for sign-in through a browser, "
							+ "configure a Spring Security registration and set 'soundcloud.auth.oauth2.registration-id'");
		}
	}

	/**
	 * A configured refresh token goes to the token endpoint as it is: one that holds a
	 * control character or a character outside ASCII was damaged on its way into the
	 * configuration, and is reported without its value.
	 */
	private static void checkRefreshToken(SoundCloudProperties.Auth.OAuth2 oauth2) {
		if (isSet(oauth2.getRefreshToken())
				&& !TokenCharacters.isValidRefreshToken(oauth2.getRefreshToken().strip())) {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.oauth2.refresh-token",
					"holds a control character, a line break or a character outside ASCII, which no refresh token has",
					"set it to the refresh token exactly as the token endpoint issued it.");
		}
	}

	static SoundCloudProperties.Auth.OAuth2.GrantType grantType(SoundCloudProperties.Auth.OAuth2 oauth2) {
		if (oauth2.getGrantType() != null) {
			return oauth2.getGrantType();
		}
		return isSet(oauth2.getRefreshToken()) ? SoundCloudProperties.Auth.OAuth2.GrantType.AUTHORIZATION_CODE
				: SoundCloudProperties.Auth.OAuth2.GrantType.CLIENT_CREDENTIALS;
	}

	private static void require(@Nullable String value, String property, String what) {
		if (!isSet(value)) {
			throw new InvalidSoundCloudPropertyException(property, "is required for this kind of authentication",
					"set it to " + what + ".");
		}
	}

	static boolean isSet(@Nullable String value) {
		return StringUtils.hasText(value);
	}

	private static String names(List<SoundCloudAuthType> kinds) {
		return String.join(", ", kinds.stream().map((kind) -> name(kind) + " (" + group(kind) + ")").toList());
	}

	private static String name(SoundCloudAuthType type) {
		return type.name().toLowerCase(java.util.Locale.ROOT);
	}

	private static String group(SoundCloudAuthType type) {
		return switch (type) {
			case TOKEN -> "soundcloud.auth.token.*";
			case BASIC -> "soundcloud.auth.basic.*";
			case OAUTH1 -> "soundcloud.auth.oauth1.*";
			case OAUTH2 -> "soundcloud.auth.oauth2.*";
			case NONE -> "none";
		};
	}

}
