package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.web.client.RestClient;

/**
 * OAuth 2.1 authentication, when {@code soundcloud.auth.*} asks for it and Spring Security's
 * OAuth2 client is on the class path.
 *
 * @author scapi contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OAuth2AuthorizedClientManager.class)
@Conditional(OnOAuth2AuthenticationCondition.class)
class SoundCloudOAuth2Configuration {

	SoundCloudOAuth2Configuration(Environment environment) {
		// imported configurations are created first: check here too
		UnresolvedPlaceholders.check(environment);
	}

	/**
	 * The client built from {@code soundcloud.auth.oauth2.*}, as the application's
	 * registrations when it has none: then the application's
	 * {@code OAuth2AuthorizedClientService} (a JDBC one, say) can keep its tokens, and
	 * Spring Security's sign-in can use it.
	 */
	@Bean
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	@ConditionalOnProperty(prefix = "soundcloud.auth.oauth2", name = "client-id")
	InMemoryClientRegistrationRepository soundCloudClientRegistrationRepository(SoundCloudProperties properties) {
		SoundCloudProperties.Auth.OAuth2 oauth2 = properties.getAuth().getOauth2();
		return new InMemoryClientRegistrationRepository(
				OAuth2ClientFactory.registration(OAuth2ClientFactory.registrationId(oauth2), oauth2));
	}

	@Bean
	@ConditionalOnMissingBean(SoundCloudAuthenticator.class)
	SoundCloudAuthenticator soundCloudOAuth2Authenticator(SoundCloudProperties properties,
			ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<OAuth2AuthorizedClientService> authorizedClients,
			ObjectProvider<RestClient.Builder> restClientBuilder, SoundCloudHttpTransport transport) {
		// obtained for the first token request, so that start-up does not pay for Boot's builder
		return OAuth2ClientFactory.create(properties.getAuth().getOauth2(), registrations.getIfUnique(),
				authorizedClients.getIfUnique(),
				() -> transport.restClientBuilder(restClientBuilder, properties));
	}

}
