package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
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
 * OAuth 2.1 authentication, when Spring Security's OAuth2 client is on the class path: the
 * authenticator is made here when the {@link SoundCloudConnectionDetails} hold OAuth 2.1
 * credentials.
 *
 * @author scapi contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OAuth2AuthorizedClientManager.class)
class SoundCloudOAuth2Configuration {

	SoundCloudOAuth2Configuration(Environment environment) {
		// imported configurations are created first: check here too (the connection's own
		// properties are checked when the properties-based connection details are made)
		UnresolvedPlaceholders.checkSettings(environment);
	}

	/**
	 * The client built from {@code soundcloud.auth.oauth2.*}, as the application's
	 * registrations when it has none: then the application's
	 * {@code OAuth2AuthorizedClientService} (a JDBC one, say) can keep its tokens, and
	 * Spring Security's sign-in can use it. Its endpoints, and its credentials when they
	 * name a client, come from the connection details.
	 */
	@Bean
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	@Conditional(OnOwnOAuth2ClientCondition.class)
	InMemoryClientRegistrationRepository soundCloudClientRegistrationRepository(SoundCloudConnectionDetails details,
			OAuth2Authenticators oauth2) {
		return new InMemoryClientRegistrationRepository(oauth2.ownRegistration(details));
	}

	@Bean
	OAuth2Authenticators soundCloudOAuth2Authenticators(SoundCloudProperties properties, Environment environment,
			ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<OAuth2AuthorizedClientService> authorizedClients,
			ObjectProvider<RestClient.Builder> restClientBuilder, SoundCloudHttpTransport transport) {
		// obtained for the first token request, so that start-up does not pay for Boot's builder
		return new OAuth2Authenticators(environment, registrations, authorizedClients,
				() -> transport.restClientBuilder(restClientBuilder, properties));
	}

}
