package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudConnectorBuilder;
import io.github.scapi.soundcloud.SoundCloudRateLimiter;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Credentials;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Flow;
import io.github.scapi.soundcloud.observation.SoundCloudRequestContext;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import io.github.scapi.soundcloud.repository.CommentRepository;
import io.github.scapi.soundcloud.repository.MeRepository;
import io.github.scapi.soundcloud.repository.PlaylistRepository;
import io.github.scapi.soundcloud.repository.SoundCloudCommentRepository;
import io.github.scapi.soundcloud.repository.SoundCloudMeRepository;
import io.github.scapi.soundcloud.repository.SoundCloudPlaylistRepository;
import io.github.scapi.soundcloud.repository.SoundCloudResolver;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.SoundCloudUserRepository;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import org.jspecify.annotations.Nullable;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Slice;
import org.springframework.web.client.RestClient;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * for the SoundCloud client: an authenticator from {@code soundcloud.auth.*}, a
 * {@link SoundCloudConnector} built from Spring Boot's {@link RestClient.Builder} and HTTP
 * client settings, and the repositories. Every bean backs off when the application defines
 * its own.
 *
 * @author scapi contributors
 */
@AutoConfiguration(after = { RestClientAutoConfiguration.class, ImperativeHttpClientAutoConfiguration.class },
		afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass({ RestClient.class, Slice.class })
@EnableConfigurationProperties(SoundCloudProperties.class)
@Import(SoundCloudOAuth2Configuration.class)
public final class SoundCloudAutoConfiguration {

	/** The name of the application's executor that fetches pages ahead, if it has one. */
	static final String PREFETCH_EXECUTOR = "soundCloudPrefetchExecutor";

	SoundCloudAutoConfiguration(Environment environment) {
		// before any bean reads soundcloud.*: an unresolved placeholder is reported as such,
		// not as the bad token, URL or credentials it would otherwise become (the
		// connection's own properties are checked when the properties-based connection
		// details are made, and only then: other details replace them)
		UnresolvedPlaceholders.checkSettings(environment);
	}

	@Bean
	@ConditionalOnMissingBean(SoundCloudConnectionDetails.class)
	PropertiesSoundCloudConnectionDetails soundCloudConnectionDetails(SoundCloudProperties properties,
			Environment environment) {
		UnresolvedPlaceholders.checkConnection(environment);
		return new PropertiesSoundCloudConnectionDetails(properties, environment);
	}

	@Bean
	@ConditionalOnMissingBean
	SoundCloudAuthenticator soundCloudAuthenticator(SoundCloudConnectionDetails connectionDetails,
			ObjectProvider<OAuth2Authenticators> oauth2) {
		return AuthenticatorFactory.create(connectionDetails, oauth2.getIfAvailable());
	}

	@Bean
	SoundCloudHttpTransport soundCloudHttpTransport(SoundCloudProperties properties,
			SoundCloudConnectionDetails connectionDetails,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		return SoundCloudHttpTransport.of(properties, connectionDetails.getBaseUrl(), requestFactoryBuilder,
				httpClientSettings);
	}

	@Bean
	BootPrefetchExecutor soundCloudBootPrefetchExecutor(Environment environment,
			ObjectProvider<SimpleAsyncTaskExecutorBuilder> simpleAsyncTaskExecutorBuilder,
			ObjectProvider<ThreadPoolTaskExecutorBuilder> threadPoolTaskExecutorBuilder) {
		return new BootPrefetchExecutor(environment, simpleAsyncTaskExecutorBuilder, threadPoolTaskExecutorBuilder);
	}

	@Bean
	@ConditionalOnMissingBean
	SoundCloudConnector soundCloudConnector(SoundCloudProperties properties,
			SoundCloudConnectionDetails connectionDetails, SoundCloudAuthenticator authenticator,
			ObjectProvider<RestClient.Builder> restClientBuilder, SoundCloudHttpTransport transport,
			ObjectProvider<SoundCloudRestClientCustomizer> customizers,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<ObservationConvention<SoundCloudRequestContext>> observationConvention,
			ListableBeanFactory beanFactory, BootPrefetchExecutor bootPrefetchExecutor,
			ObjectProvider<SoundCloudRateLimiter> rateLimiter) {
		SoundCloudConnectorBuilder builder = SoundCloudConnector.builder().authenticator(authenticator);
		// the application's own executor, else one from Boot's builders (made for the first
		// page fetched ahead); none when prefetch is off
		Executor prefetch = !properties.getPaging().isPrefetch() ? null : prefetchExecutor(beanFactory);
		if (prefetch == null && properties.getPaging().isPrefetch()) {
			prefetch = bootPrefetchExecutor.deferred(properties.getPaging().getPrefetchThreads());
		}
		new SoundCloudConnectorConfigurer(properties, connectionDetails, prefetch).configure(builder);
		// Boot's builder makes an HTTP client (TLS included) when created: obtained for the first
		// request, so that start-up does not pay for it
		builder.restClientBuilder(() -> {
			RestClient.Builder restClient = restClientBuilder.getIfAvailable(RestClient::builder).clone();
			customizers.orderedStream().forEach((customizer) -> customizer.customize(restClient));
			return restClient;
		});
		// plain look-ups rather than method references: each lambda is a class generated at
		// run time, a noticeable cost in a JVM that is still starting
		SoundCloudRateLimiter limiter = rateLimiter.getIfUnique();
		if (limiter != null) {
			builder.rateLimiter(limiter);
		}
		ObservationRegistry registry = observationRegistry.getIfAvailable();
		if (registry != null) {
			builder.observationRegistry(registry);
		}
		ObservationConvention<SoundCloudRequestContext> convention = observationConvention.getIfAvailable();
		if (convention != null) {
			builder.observationConvention(convention);
		}
		builder.requestFactory(transport.requestFactory());
		return builder.build();
	}

	/**
	 * The application's {@code Executor} named {@value #PREFETCH_EXECUTOR}, if any. Looked up
	 * by name, as documented: a qualified look-up by type reads the annotations of every
	 * {@code Executor} bean's factory method, a noticeable part of the connector's start-up.
	 */
	private static @Nullable Executor prefetchExecutor(ListableBeanFactory beanFactory) {
		return (beanFactory.containsBean(PREFETCH_EXECUTOR) && beanFactory.isTypeMatch(PREFETCH_EXECUTOR, Executor.class))
				? beanFactory.getBean(PREFETCH_EXECUTOR, Executor.class) : null;
	}

	@Bean
	@ConditionalOnMissingBean
	@Conditional(OnOAuth1AuthenticationCondition.class)
	OAuth1Flow soundCloudOAuth1Flow(SoundCloudProperties properties, SoundCloudConnectionDetails connectionDetails,
			ObjectProvider<RestClient.Builder> restClientBuilder, SoundCloudHttpTransport transport) {
		// the consumer of the connection details when they hold OAuth 1.0a credentials (a
		// test's fake, say), else the configured one, with the details' endpoints either way
		OAuth1Credentials consumer = (connectionDetails
			.getCredentials() instanceof SoundCloudConnectionDetails.OAuth1 oauth1) ? OAuth1Support.credentials(oauth1)
					: OAuth1Support.credentials(properties.getAuth().getOauth1());
		RestClient restClient = transport.restClientBuilder(restClientBuilder, properties).build();
		return new OAuth1Flow(consumer.withoutToken(), connectionDetails.getOAuth1Endpoints(), restClient);
	}

	@Bean
	@ConditionalOnMissingBean(TrackRepository.class)
	SoundCloudTrackRepository trackRepository(SoundCloudConnector connector) {
		return new SoundCloudTrackRepository(connector);
	}

	@Bean
	@ConditionalOnMissingBean(UserRepository.class)
	SoundCloudUserRepository userRepository(SoundCloudConnector connector) {
		return new SoundCloudUserRepository(connector);
	}

	@Bean
	@ConditionalOnMissingBean(PlaylistRepository.class)
	SoundCloudPlaylistRepository playlistRepository(SoundCloudConnector connector) {
		return new SoundCloudPlaylistRepository(connector);
	}

	@Bean
	@ConditionalOnMissingBean(CommentRepository.class)
	SoundCloudCommentRepository commentRepository(SoundCloudConnector connector) {
		return new SoundCloudCommentRepository(connector);
	}

	@Bean
	@ConditionalOnMissingBean(MeRepository.class)
	SoundCloudMeRepository meRepository(SoundCloudConnector connector) {
		return new SoundCloudMeRepository(connector);
	}

	@Bean
	@ConditionalOnMissingBean
	SoundCloudResolver soundCloudResolver(SoundCloudConnector connector) {
		return new SoundCloudResolver(connector);
	}

}
