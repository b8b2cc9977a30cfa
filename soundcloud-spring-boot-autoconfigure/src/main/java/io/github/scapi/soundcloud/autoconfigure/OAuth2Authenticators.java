package io.github.scapi.soundcloud.autoconfigure;

import java.util.function.Supplier;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails.Credentials;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.client.RestClient;

/**
 * Makes OAuth 2.1 authenticators from the connection details, with the application's Spring
 * Security registrations and authorized client store when it has them. Kept apart from
 * {@link AuthenticatorFactory} so that only {@link SoundCloudOAuth2Configuration}, which runs
 * when Spring Security's OAuth2 client is on the class path, loads Spring Security types.
 */
final class OAuth2Authenticators {

	private final Environment environment;

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;

	private final Supplier<RestClient.Builder> tokenClient;

	/** The settings last bound, and for which details: the registration and the authenticator share them. */
	private @Nullable SoundCloudConnectionDetails boundFor;

	private SoundCloudProperties.Auth.@Nullable OAuth2 bound;

	OAuth2Authenticators(Environment environment, ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<OAuth2AuthorizedClientService> authorizedClients, Supplier<RestClient.Builder> tokenClient) {
		this.environment = environment;
		this.registrations = registrations;
		this.authorizedClients = authorizedClients;
		this.tokenClient = tokenClient;
	}

	SoundCloudAuthenticator create(SoundCloudConnectionDetails details) {
		return OAuth2ClientFactory.create(settings(details), this.registrations.getIfUnique(),
				this.authorizedClients.getIfUnique(), this.tokenClient);
	}

	/**
	 * The client that {@code soundcloud.auth.oauth2.client-id} configures, as a Spring
	 * Security registration, with the credentials and endpoints of the connection details
	 * when they name a client of their own.
	 */
	ClientRegistration ownRegistration(SoundCloudConnectionDetails details) {
		SoundCloudProperties.Auth.OAuth2 settings = settings(details);
		return OAuth2ClientFactory.registration(OAuth2ClientFactory.registrationId(settings), settings);
	}

	/**
	 * The settings for these details, bound once: the registration and the authenticator are
	 * made from the same details at start-up, and binding is a noticeable part of it. Neither
	 * changes them.
	 */
	private synchronized SoundCloudProperties.Auth.OAuth2 settings(SoundCloudConnectionDetails details) {
		SoundCloudProperties.Auth.OAuth2 settings = this.bound;
		if (settings == null || this.boundFor != details) {
			settings = settings(details, this.environment);
			this.bound = settings;
			this.boundFor = details;
		}
		return settings;
	}

	/**
	 * {@code soundcloud.auth.oauth2.*} as {@link OAuth2ClientFactory} takes it, with the
	 * endpoints and credentials of the connection details in place of the configured ones.
	 * Bound afresh, so that the shared properties bean is not changed and every other
	 * setting of the group (the redirect URI, the token store...) is kept.
	 */
	static SoundCloudProperties.Auth.OAuth2 settings(SoundCloudConnectionDetails details, Environment environment) {
		SoundCloudProperties.Auth.OAuth2 settings = Binder.get(environment)
			.bind("soundcloud.auth.oauth2", SoundCloudProperties.Auth.OAuth2.class)
			.orElseGet(SoundCloudProperties.Auth.OAuth2::new);
		settings.setTokenUri(details.getTokenUri());
		settings.setAuthorizationUri(details.getAuthorizationUri());
		Credentials credentials = details.getCredentials();
		if (credentials instanceof SoundCloudConnectionDetails.ClientCredentials client) {
			ownClient(settings, client.clientId(), client.clientSecret(), null,
					SoundCloudProperties.Auth.OAuth2.GrantType.CLIENT_CREDENTIALS);
		}
		else if (credentials instanceof SoundCloudConnectionDetails.RefreshToken user) {
			ownClient(settings, user.clientId(), user.clientSecret(), user.refreshToken(),
					SoundCloudProperties.Auth.OAuth2.GrantType.AUTHORIZATION_CODE);
		}
		if (isOwnClient(credentials) && AuthenticationSettings.hasSignInRegistration(environment)) {
			separateFromSignIn(settings);
		}
		if (credentials instanceof SoundCloudConnectionDetails.Registration registration) {
			settings.setRegistrationId(registration.registrationId());
			settings.setRefreshToken(registration.refreshToken());
			settings.setClientId(null);
			settings.setClientSecret(null);
			settings.setGrantType(null);
		}
		return settings;
	}

	/**
	 * Whether the credentials name a client of the connector's own, rather than a Spring
	 * Security registration of the application.
	 */
	static boolean isOwnClient(Credentials credentials) {
		return credentials instanceof SoundCloudConnectionDetails.ClientCredentials
				|| credentials instanceof SoundCloudConnectionDetails.RefreshToken;
	}

	/**
	 * The sign-in registration is named {@code soundcloud}, the default id of the
	 * connector's own client too: with the same id one of them would replace the other (the
	 * user's authorization code grant, or the connector's client credentials). The
	 * connector's client takes another default id; an id set to the sign-in's fails.
	 */
	private static void separateFromSignIn(SoundCloudProperties.Auth.OAuth2 settings) {
		String configured = settings.getRegistrationId();
		if (!AuthenticationSettings.isSet(configured)) {
			settings.setRegistrationId(OAuth2ClientFactory.CONNECTOR_REGISTRATION_ID);
		}
		else if (AuthenticationSettings.SIGN_IN_REGISTRATION_ID.equals(configured.strip())) {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.oauth2.registration-id",
					"is '" + AuthenticationSettings.SIGN_IN_REGISTRATION_ID
							+ "', the id of the sign-in registration, but the connector has a client of its own "
							+ "(soundcloud.auth.oauth2.client-id, or the connection details' credentials)",
					"remove it (the connector's client is then registered as '"
							+ OAuth2ClientFactory.CONNECTOR_REGISTRATION_ID + "'), set another id, or remove "
							+ "'soundcloud.auth.oauth2.client-id' to call SoundCloud as the signed-in users.");
		}
	}

	private static void ownClient(SoundCloudProperties.Auth.OAuth2 settings, String clientId,
			@Nullable String clientSecret, @Nullable String refreshToken,
			SoundCloudProperties.Auth.OAuth2.GrantType grantType) {
		settings.setClientId(clientId);
		settings.setClientSecret(clientSecret);
		settings.setRefreshToken(refreshToken);
		settings.setGrantType(grantType);
	}

}
