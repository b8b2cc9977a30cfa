package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
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

	@Bean
	@ConditionalOnMissingBean(SoundCloudAuthenticator.class)
	SoundCloudAuthenticator soundCloudAuthenticator(SoundCloudProperties properties,
			ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<OAuth2AuthorizedClientService> authorizedClients,
			ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		RestClient.Builder tokenClient = SoundCloudTransport.restClientBuilder(restClientBuilder,
				SoundCloudTransport.requestFactory(properties.getHttp(), requestFactoryBuilder, httpClientSettings));
		return OAuth2ClientFactory.create(properties.getAuth().getOauth2(), registrations.getIfUnique(),
				authorizedClients.getIfUnique(), tokenClient);
	}

}
