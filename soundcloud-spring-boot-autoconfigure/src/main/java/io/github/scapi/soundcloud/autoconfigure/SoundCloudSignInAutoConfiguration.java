package io.github.scapi.soundcloud.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.scapi.soundcloud.auth.oauth2.SoundCloudOAuth2UserService;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of sign-in with SoundCloud, as Spring Boot's {@code CommonOAuth2Provider} does for GitHub:
 * a Spring Security client registration named {@code soundcloud}
 * ({@code spring.security.oauth2.client.registration.soundcloud.client-id} and
 * {@code client-secret}) gets SoundCloud's authorization, token and user-info endpoints (those
 * of the {@link SoundCloudConnectionDetails}, so a test's fake is used in tests), the user's
 * URN as the user-name attribute, the authorization code grant, Boot's usual redirect URI
 * and PKCE with S256. Whatever the registration or its provider sets stays as set, and other
 * registrations are exactly as Boot makes them. When the connector has a client of its own
 * ({@code soundcloud.auth.oauth2.client-id}, or such connection details), that client is
 * registered too, as {@code soundcloud-connector} unless
 * {@code soundcloud.auth.oauth2.registration-id} names it otherwise, so that the user's
 * sign-in and the connector's own tokens do not take each other's place. The user-info endpoint is read with
 * {@code Authorization: OAuth} by {@link SoundCloudOAuth2UserService}. Nothing is switched
 * on here: the beans are used when the application calls {@code oauth2Login}.
 *
 * @author scapi contributors
 */
@AutoConfiguration(before = OAuth2ClientAutoConfiguration.class)
@ConditionalOnClass({ ClientRegistration.class, OAuth2ClientProperties.class, RestClient.class })
@Conditional(OnSignInRegistrationCondition.class)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public final class SoundCloudSignInAutoConfiguration {

	/** The id of the registration that gets SoundCloud's defaults. */
	static final String REGISTRATION_ID = AuthenticationSettings.SIGN_IN_REGISTRATION_ID;

	/** The attribute of {@code /me} that names the user: the URN, stable and unique. */
	static final String USER_NAME_ATTRIBUTE = "urn";

	@Bean
	@ConditionalOnMissingBean(org.springframework.security.oauth2.client.registration.ClientRegistrationRepository.class)
	InMemoryClientRegistrationRepository clientRegistrationRepository(OAuth2ClientProperties properties,
			ObjectProvider<SoundCloudConnectionDetails> connectionDetails,
			ObjectProvider<OAuth2Authenticators> oauth2Authenticators) {
		SoundCloudConnectionDetails details = connectionDetails.getIfAvailable(SoundCloudDefaults::new);
		Map<String, ClientRegistration> registrations = new LinkedHashMap<>(
				new OAuth2ClientPropertiesMapper(withSoundCloudDefaults(properties, details)).asClientRegistrations());
		registrations.computeIfPresent(REGISTRATION_ID, (id, registration) -> withPkce(registration));
		OAuth2Authenticators oauth2 = oauth2Authenticators.getIfAvailable();
		if (oauth2 != null && registrations.containsKey(REGISTRATION_ID)
				&& OAuth2Authenticators.isOwnClient(details.getCredentials())) {
			// the connector's own client, under an id of its own: the application's token store
			// (a shared JDBC one, say) can then keep its tokens next to the signed-in users'
			ClientRegistration connector = oauth2.ownRegistration(details);
			registrations.putIfAbsent(connector.getRegistrationId(), connector);
		}
		return new InMemoryClientRegistrationRepository(new ArrayList<>(registrations.values()));
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2UserService<OAuth2UserRequest, OAuth2User> soundCloudSignInUserService(
			ObjectProvider<SoundCloudProperties> properties, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<SoundCloudHttpTransport> transport) {
		SoundCloudProperties soundCloud = properties.getIfAvailable();
		SoundCloudHttpTransport http = transport.getIfAvailable();
		// the starter's transport and User-Agent, as for every other request it sends
		SoundCloudOAuth2UserService soundCloudUsers = (soundCloud != null && http != null)
				? new SoundCloudOAuth2UserService(http.restClientBuilder(restClientBuilder, soundCloud).build())
				: new SoundCloudOAuth2UserService();
		return new SignInUserService(soundCloudUsers, new DefaultOAuth2UserService());
	}

	/**
	 * Boot's properties with SoundCloud's defaults filled in where the registration named
	 * {@code soundcloud}, and its provider, leave them unset. A copy: the bound properties
	 * are left as they are.
	 */
	static OAuth2ClientProperties withSoundCloudDefaults(OAuth2ClientProperties properties,
			SoundCloudConnectionDetails details) {
		OAuth2ClientProperties copy = new OAuth2ClientProperties();
		copy.getRegistration().putAll(properties.getRegistration());
		copy.getProvider().putAll(properties.getProvider());
		OAuth2ClientProperties.Registration configured = properties.getRegistration().get(REGISTRATION_ID);
		if (configured == null) {
			return copy;
		}
		OAuth2ClientProperties.Registration registration = new OAuth2ClientProperties.Registration();
		registration.setClientId(configured.getClientId());
		registration.setClientSecret(configured.getClientSecret());
		registration.setClientAuthenticationMethod(configured.getClientAuthenticationMethod());
		registration.setScope(configured.getScope());
		registration.setProvider(firstOf(configured.getProvider(), REGISTRATION_ID));
		registration.setAuthorizationGrantType(firstOf(configured.getAuthorizationGrantType(), "authorization_code"));
		registration.setRedirectUri(firstOf(configured.getRedirectUri(), "{baseUrl}/login/oauth2/code/{registrationId}"));
		registration.setClientName(firstOf(configured.getClientName(), "SoundCloud"));
		copy.getRegistration().put(REGISTRATION_ID, registration);
		if (REGISTRATION_ID.equals(registration.getProvider())) {
			OAuth2ClientProperties.Provider set = properties.getProvider().get(REGISTRATION_ID);
			OAuth2ClientProperties.Provider provider = new OAuth2ClientProperties.Provider();
			provider.setAuthorizationUri(firstOf((set != null) ? set.getAuthorizationUri() : null,
					details.getAuthorizationUri()));
			provider.setTokenUri(firstOf((set != null) ? set.getTokenUri() : null, details.getTokenUri()));
			provider.setUserInfoUri(firstOf((set != null) ? set.getUserInfoUri() : null, details.getUserInfoUri()));
			provider.setUserNameAttribute(
					firstOf((set != null) ? set.getUserNameAttribute() : null, USER_NAME_ATTRIBUTE));
			if (set != null) {
				provider.setUserInfoAuthenticationMethod(set.getUserInfoAuthenticationMethod());
				provider.setJwkSetUri(set.getJwkSetUri());
				provider.setIssuerUri(set.getIssuerUri());
			}
			copy.getProvider().put(REGISTRATION_ID, provider);
		}
		return copy;
	}

	/**
	 * SoundCloud requires PKCE with S256; Spring Security adds it to a confidential client's
	 * authorization requests when its settings require a proof key.
	 */
	private static ClientRegistration withPkce(ClientRegistration registration) {
		return ClientRegistration.withClientRegistration(registration)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

	private static String firstOf(@Nullable String configured, String fallback) {
		return (configured != null && !configured.isBlank()) ? configured : fallback;
	}

	/** SoundCloud's own endpoints, when the application has no connection details bean. */
	private static final class SoundCloudDefaults implements SoundCloudConnectionDetails {

		@Override
		public String getBaseUrl() {
			return "https://api.soundcloud.com";
		}

		@Override
		public Credentials getCredentials() {
			return new None();
		}

	}

	/**
	 * Reads the signed-in user of the {@code soundcloud} registration from {@code /me} with
	 * {@code Authorization: OAuth}, and every other registration's as Spring Security does.
	 */
	static final class SignInUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

		private final OAuth2UserService<OAuth2UserRequest, OAuth2User> soundCloud;

		private final OAuth2UserService<OAuth2UserRequest, OAuth2User> others;

		SignInUserService(OAuth2UserService<OAuth2UserRequest, OAuth2User> soundCloud,
				OAuth2UserService<OAuth2UserRequest, OAuth2User> others) {
			this.soundCloud = soundCloud;
			this.others = others;
		}

		@Override
		public OAuth2User loadUser(OAuth2UserRequest request) {
			boolean soundCloud = REGISTRATION_ID.equals(request.getClientRegistration().getRegistrationId());
			return (soundCloud ? this.soundCloud : this.others).loadUser(request);
		}

	}

}
