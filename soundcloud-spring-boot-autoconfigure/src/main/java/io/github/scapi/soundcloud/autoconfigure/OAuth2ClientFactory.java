package io.github.scapi.soundcloud.autoconfigure;

import java.time.Instant;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.auth.oauth2.OAuth2Authenticator;
import io.github.scapi.soundcloud.auth.oauth2.SharedAuthorizedClientService;
import io.github.scapi.soundcloud.auth.oauth2.SoundCloudTokenResponseClient;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.AbstractOAuth2AuthorizationGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Builds the OAuth 2.1 client from {@code soundcloud.auth.oauth2.*}, or takes a Spring
 * Security registration the application already has, and wires Spring Security's
 * {@link AuthorizedClientServiceOAuth2AuthorizedClientManager} for the client credentials
 * and refresh token grants.
 */
final class OAuth2ClientFactory {

	/** The default registration id, also the key under which tokens are stored. */
	static final String DEFAULT_REGISTRATION_ID = "soundcloud";

	/**
	 * The default id of the connector's own client when the application also signs users
	 * in with the registration named {@code soundcloud}: both are then registered, each
	 * with its own grant, and their tokens are stored apart.
	 */
	static final String CONNECTOR_REGISTRATION_ID = "soundcloud-connector";

	/** The principal that headless clients' tokens are stored for. */
	static final String HEADLESS_PRINCIPAL = "soundcloud-spring-boot-starter";

	private OAuth2ClientFactory() {
	}

	static OAuth2Authenticator create(SoundCloudProperties.Auth.OAuth2 properties,
			@Nullable ClientRegistrationRepository applicationRegistrations,
			@Nullable OAuth2AuthorizedClientService applicationStore, Supplier<RestClient.Builder> tokenClient) {
		boolean ownClient = AuthenticationSettings.isSet(properties.getClientId());
		String registrationId = registrationId(properties);
		ClientRegistration registration = (applicationRegistrations != null)
				? applicationRegistrations.findByRegistrationId(registrationId) : null;
		// the starter's shared store, when it was made for this client too
		ClientRegistration stored = (ownClient && applicationStore instanceof StoredRegistrations starterStore)
				? starterStore.findStoredRegistration(registrationId) : null;
		ClientRegistrationRepository registrations;
		OAuth2AuthorizedClientService store;
		if (registration != null) {
			// the application's registrations (ours among them when it had none): its store,
			// a JDBC one for example, knows them
			registrations = applicationRegistrations;
			store = (applicationStore != null) ? applicationStore
					: new InMemoryOAuth2AuthorizedClientService(applicationRegistrations);
		}
		else if (stored != null) {
			// the starter's shared store, made for this client too (beside the application's
			// registrations, or for it alone): its tokens are shared, and counted by the budget
			registration = stored;
			registrations = new InMemoryClientRegistrationRepository(registration);
			store = applicationStore;
		}
		else if (ownClient && applicationRegistrations == null && applicationStore instanceof SharedAuthorizedClientService) {
			// no registrations at all, and a shared store of the application's: with nothing
			// else to hold, it was made for this client
			registration = registration(registrationId, properties);
			registrations = new InMemoryClientRegistrationRepository(registration);
			store = applicationStore;
		}
		else if (ownClient) {
			// the application's registrations do not include this one, and its store (not the
			// starter's) reads stored tokens with them: it could save our tokens but not load
			// them, so keep them in a store of our own
			registration = registration(registrationId, properties);
			registrations = new InMemoryClientRegistrationRepository(registration);
			store = new InMemoryOAuth2AuthorizedClientService(registrations);
		}
		else {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.oauth2.registration-id",
					"names no Spring Security client registration ('spring.security.oauth2.client.registration."
							+ registrationId + "')",
					"define that registration, or set 'soundcloud.auth.oauth2.client-id' and "
							+ "'soundcloud.auth.oauth2.client-secret' instead.");
		}
		// made for the first token request: Spring Security's grant providers each start with a
		// default token client of their own, and with it a JDK HttpClient and TLS, which would
		// otherwise be a large part of the application's start-up
		ClientRegistrationRepository managedRegistrations = registrations;
		OAuth2AuthorizedClientService managedStore = store;
		SingletonSupplier<OAuth2AuthorizedClientManager> lazyManager = SingletonSupplier
			.of(() -> manager(managedRegistrations, managedStore, tokenClient));
		OAuth2AuthorizedClientManager manager = (request) -> lazyManager.obtain().authorize(request);
		// made when first asked for, like the manager: Spring Security's authentication types
		// are loaded by the first request, not by start-up (unless a refresh token is seeded)
		Supplier<Authentication> headless = SingletonSupplier
			.of(() -> UsernamePasswordAuthenticationToken.unauthenticated(HEADLESS_PRINCIPAL, null));
		if (AuthenticationSettings.isSet(properties.getRefreshToken())) {
			seed(store, registration, headless.get(), properties.getRefreshToken().strip());
		}
		// only a Spring Security registration can hold signed-in users' tokens: a client of our own
		// acts for the application, or for the one user whose refresh token is configured
		boolean forUsers = !ownClient
				&& AuthorizationGrantType.AUTHORIZATION_CODE.equals(registration.getAuthorizationGrantType());
		OAuth2Authenticator authenticator = new OAuth2Authenticator(manager, store, registrationId,
				forUsers ? signedInUserOr(headless) : headless);
		if (AuthenticationSettings.isSet(properties.getRefreshToken())) {
			// the stored row wins while its refresh token works; this one replaces it when the
			// token endpoint rejects it (the user authorised the application again)
			authenticator.setConfiguredRefreshToken(HEADLESS_PRINCIPAL, properties.getRefreshToken().strip());
		}
		return authenticator;
	}

	private static OAuth2AuthorizedClientManager manager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService store, Supplier<RestClient.Builder> tokenClient) {
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, store);
		// Boot's builder is a prototype: obtained once for both grants (each client clones it)
		Supplier<RestClient.Builder> sharedTokenClient = SingletonSupplier.of(tokenClient);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((grant) -> grant.accessTokenResponseClient(tokenClient(sharedTokenClient, store)))
			.refreshToken((grant) -> grant.accessTokenResponseClient(tokenClient(sharedTokenClient, store)))
			.build());
		// the default handler removes the stored client when a refresh token is rejected; with
		// single-use refresh tokens and a shared store that would delete the token another
		// instance has just obtained, so failures leave the store alone
		manager.setAuthorizationFailureHandler((failure, principal, attributes) -> {
		});
		return manager;
	}

	/**
	 * The token endpoint's client; a shared store hears of every token request, before (a
	 * token budget may refuse it) and after.
	 */
	private static <T extends AbstractOAuth2AuthorizationGrantRequest> OAuth2AccessTokenResponseClient<T> tokenClient(
			Supplier<RestClient.Builder> restClientBuilder, OAuth2AuthorizedClientService store) {
		SoundCloudTokenResponseClient<T> client = new SoundCloudTokenResponseClient<>(restClientBuilder);
		if (!(store instanceof SharedAuthorizedClientService shared)) {
			return client;
		}
		return (grantRequest) -> {
			shared.beforeTokenRequest(grantRequest.getClientRegistration(), grantRequest.getGrantType());
			OAuth2AccessTokenResponse response = client.getTokenResponse(grantRequest);
			shared.tokenObtained(grantRequest.getClientRegistration(), grantRequest.getGrantType());
			return response;
		};
	}

	static String registrationId(SoundCloudProperties.Auth.OAuth2 properties) {
		return AuthenticationSettings.isSet(properties.getRegistrationId()) ? properties.getRegistrationId().strip()
				: DEFAULT_REGISTRATION_ID;
	}

	static ClientRegistration registration(String registrationId, SoundCloudProperties.Auth.OAuth2 properties) {
		boolean authorizationCode = AuthenticationSettings
			.grantType(properties) == SoundCloudProperties.Auth.OAuth2.GrantType.AUTHORIZATION_CODE;
		ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(registrationId)
			.clientId(properties.getClientId().strip())
			.clientName("SoundCloud")
			.tokenUri(properties.getTokenUri())
			.authorizationGrantType(authorizationCode ? AuthorizationGrantType.AUTHORIZATION_CODE
					: AuthorizationGrantType.CLIENT_CREDENTIALS);
		if (AuthenticationSettings.isSet(properties.getClientSecret())) {
			builder.clientSecret(properties.getClientSecret().strip())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		}
		else {
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		if (authorizationCode) {
			builder.authorizationUri(properties.getAuthorizationUri())
				.redirectUri(properties.getRedirectUri())
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
		}
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSoundCloudPropertyException("soundcloud.auth.oauth2", "is invalid: " + ex.getMessage(),
					"check the client id, token URI and authorization URI.");
		}
	}

	/**
	 * Put the configured refresh token into the store unless the store already holds a
	 * client for the principal: in a shared store that one is newer, because refresh tokens
	 * rotate on every use. A shared store is read and written under its lock, so that
	 * instances starting together do not both insert.
	 */
	private static void seed(OAuth2AuthorizedClientService store, ClientRegistration registration,
			Authentication principal, String refreshToken) {
		if (store instanceof SharedAuthorizedClientService shared) {
			shared.coordinate(registration.getRegistrationId(), principal.getName(), () -> {
				seedUnlocked(store, registration, principal, refreshToken);
				return null;
			});
		}
		else {
			seedUnlocked(store, registration, principal, refreshToken);
		}
	}

	private static void seedUnlocked(OAuth2AuthorizedClientService store, ClientRegistration registration,
			Authentication principal, String refreshToken) {
		if (store.loadAuthorizedClient(registration.getRegistrationId(), principal.getName()) != null) {
			return;
		}
		OAuth2AccessToken expired = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "not-yet-obtained",
				Instant.EPOCH, Instant.EPOCH.plusSeconds(1));
		store.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, principal.getName(), expired,
				new OAuth2RefreshToken(refreshToken, null)), principal);
	}

	private static Supplier<Authentication> signedInUserOr(Supplier<Authentication> headless) {
		return () -> {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			boolean signedIn = current != null && current.isAuthenticated()
					&& !(current instanceof AnonymousAuthenticationToken);
			return signedIn ? current : headless.get();
		};
	}

	/**
	 * A store the starter made, which reads stored tokens with registrations that may go
	 * beyond the application's {@link ClientRegistrationRepository}: the connector's own
	 * client among them. The application's repository is left as it is (its sign-in page
	 * lists what it holds), so the client is looked up here instead.
	 */
	interface StoredRegistrations {

		/**
		 * Return the registration the store reads tokens of {@code registrationId} with.
		 * @param registrationId the registration id
		 * @return the registration, or {@code null} when the store does not know it
		 */
		@Nullable ClientRegistration findStoredRegistration(String registrationId);

	}

}
