package io.github.scapi.soundcloud.autoconfigure;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.SoundCloudRateLimiter;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.jdbc.JdbcRateLimiter;
import io.github.scapi.soundcloud.jdbc.JdbcTokenStore;
import io.github.scapi.soundcloud.jdbc.SoundCloudJdbcSchema;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.util.ClassUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of state that every instance of an application shares through its PostgreSQL database:
 * OAuth 2.1 tokens ({@code soundcloud.auth.oauth2.token-store=jdbc}) and rate limits
 * ({@code soundcloud.rate-limit.store=jdbc}). Both beans back off when the application
 * defines its own {@link OAuth2AuthorizedClientService} or {@link SoundCloudRateLimiter}.
 *
 * @author scapi contributors
 */
@AutoConfiguration(before = SoundCloudAutoConfiguration.class,
		afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		beforeName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@Conditional(SoundCloudJdbcAutoConfiguration.OnSharedState.class)
@EnableConfigurationProperties({ SoundCloudProperties.class, SoundCloudJdbcProperties.class,
		SoundCloudRateLimitProperties.class })
public final class SoundCloudJdbcAutoConfiguration {

	private static final Log logger = LogFactory.getLog(SoundCloudJdbcAutoConfiguration.class);

	private static final String JDBC_TEMPLATE = "org.springframework.jdbc.core.JdbcTemplate";

	SoundCloudJdbcAutoConfiguration(SoundCloudProperties properties, SoundCloudRateLimitProperties rateLimit) {
		boolean tokens = properties.getAuth().getOauth2().getTokenStore() == SoundCloudProperties.Auth.OAuth2.TokenStore.JDBC;
		boolean limits = rateLimit.getStore() == SoundCloudRateLimitProperties.Store.JDBC;
		if (!ClassUtils.isPresent(JDBC_TEMPLATE, SoundCloudJdbcAutoConfiguration.class.getClassLoader())) {
			throw new InvalidSoundCloudPropertyException(
					tokens ? "soundcloud.auth.oauth2.token-store" : "soundcloud.rate-limit.store",
					"is 'jdbc' but spring-jdbc is not on the class path",
					"add 'org.springframework.boot:spring-boot-starter-jdbc' and the PostgreSQL driver.");
		}
		if (rateLimit.getPlaysPerDay() != null) {
			PropertyRule.positive("soundcloud.rate-limit.plays-per-day", rateLimit.getPlaysPerDay());
			PropertyRule.require(limits, "soundcloud.rate-limit.plays-per-day", "soundcloud.rate-limit.store=jdbc");
		}
		if (rateLimit.getTokensPer12h() != null) {
			PropertyRule.positive("soundcloud.rate-limit.tokens-per-12h", rateLimit.getTokensPer12h());
			PropertyRule.require(limits && tokens, "soundcloud.rate-limit.tokens-per-12h",
					"soundcloud.rate-limit.store=jdbc and soundcloud.auth.oauth2.token-store=jdbc");
		}
	}

	@Bean
	SharedTables soundCloudSharedTables(ObjectProvider<DataSource> dataSource, SoundCloudJdbcProperties jdbc,
			SoundCloudProperties properties, SoundCloudRateLimitProperties rateLimit) {
		return new SharedTables(dataSource, jdbc.isInitializeSchema(),
				properties.getAuth().getOauth2().getTokenStore() == SoundCloudProperties.Auth.OAuth2.TokenStore.JDBC,
				rateLimit.getStore() == SoundCloudRateLimitProperties.Store.JDBC);
	}

	@Bean
	@ConditionalOnProperty(prefix = "soundcloud.rate-limit", name = "store", havingValue = "jdbc")
	@ConditionalOnMissingBean(SoundCloudRateLimiter.class)
	JdbcRateLimiter soundCloudRateLimiter(SharedTables tables, SoundCloudRateLimitProperties properties) {
		JdbcRateLimiter limiter = new JdbcRateLimiter(tables.dataSource("soundcloud.rate-limit.store"));
		if (properties.getPlaysPerDay() != null) {
			limiter.setPlaysPerDay(properties.getPlaysPerDay());
		}
		if (properties.getTokensPer12h() != null) {
			limiter.setTokensPer12h(properties.getTokensPer12h());
		}
		limiter.setRefuseWhenDatabaseUnavailable(
				properties.getWhenDatabaseUnavailable() == SoundCloudRateLimitProperties.WhenDatabaseUnavailable.REFUSE);
		return limiter;
	}

	/**
	 * The store whenever {@code token-store=jdbc}: no condition reads the credentials,
	 * because the rule is about client registrations (any of them get the shared store),
	 * and whether the connector has OAuth 2.1 tokens can only be read from the connection
	 * details once they exist.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.security.oauth2.client.OAuth2AuthorizedClientService")
	@ConditionalOnProperty(prefix = "soundcloud.auth.oauth2", name = "token-store", havingValue = "jdbc")
	static class TokenStoreConfiguration {

		/**
		 * The store for the application's one {@code ClientRegistrationRepository}, and for
		 * the connector's own client (the one the connection details name, from
		 * {@code soundcloud.auth.oauth2.client-id} or the application's details) when those
		 * registrations do not include it: every token the application and the connector
		 * hold is then shared. Made for the registrations whatever the connector's
		 * credentials are: this definition is what Spring Boot's
		 * {@code @ConditionalOnMissingBean(OAuth2AuthorizedClientService.class)} sees, even
		 * when it is {@code null}, so without a store here the registrations would have none.
		 * {@code null} (no store) only when nothing holds OAuth 2.1 tokens: no registrations,
		 * for which Boot makes no store either (its store needs a
		 * {@code ClientRegistrationRepository} bean), and credentials of another kind.
		 * Reactive applications' registrations are not concerned: Boot's
		 * {@code ReactiveOAuth2AuthorizedClientService} is another type, which this store
		 * does not replace.
		 */
		@Bean
		@ConditionalOnMissingBean(OAuth2AuthorizedClientService.class)
		@Nullable JdbcTokenStore soundCloudTokenStore(SharedTables tables, SoundCloudJdbcProperties properties,
				SoundCloudProperties soundCloud, Environment environment,
				ObjectProvider<ClientRegistrationRepository> registrations,
				ObjectProvider<SoundCloudConnectionDetails> connectionDetails,
				ObjectProvider<OAuth2Authenticators> oauth2Authenticators, ObjectProvider<JdbcRateLimiter> rateLimiter,
				ObjectProvider<HttpClientSettings> httpClientSettings) {
			SoundCloudConnectionDetails details = connectionDetails.getIfUnique();
			boolean connectorTokens = isOAuth2(soundCloud) || AuthenticationSettings.hasSignInRegistration(environment)
					|| (details != null && isOAuth2(details.getCredentials()));
			ClientRegistrationRepository application = registrations.getIfUnique();
			if (!connectorTokens && application == null && registrations.stream().findAny().isEmpty()) {
				// nothing is left without a store: Boot's needs registrations too
				return null;
			}
			OAuth2Authenticators oauth2 = oauth2Authenticators.getIfAvailable();
			ClientRegistration connector = (details != null && oauth2 != null
					&& OAuth2Authenticators.isOwnClient(details.getCredentials())) ? oauth2.ownRegistration(details)
							: null;
			ClientRegistrationRepository stored = StoredRegistrationRepository.of(application, connector);
			if (stored == null) {
				throw new InvalidSoundCloudPropertyException("soundcloud.auth.oauth2.token-store",
						"is 'jdbc' but there is no single ClientRegistrationRepository to read stored tokens with",
						"set 'soundcloud.auth.oauth2.client-id', or define one Spring Security client registration.");
			}
			PropertyRule.positiveDuration("soundcloud.jdbc.lock-timeout", properties.getLockTimeout());
			HttpClientSettings tokenRequests = SoundCloudHttpTransport.settings(soundCloud.getHttp(),
					httpClientSettings.getIfAvailable(HttpClientSettings::defaults));
			warnIfTheLockCanBeLostMidRequest(properties.getLockTimeout(), tokenRequests.connectTimeout(),
					tokenRequests.readTimeout());
			PropertyRule.notNegative("soundcloud.jdbc.token-cache-lifetime", properties.getTokenCacheLifetime());
			JdbcTokenStore store = new StarterJdbcTokenStore(tables.dataSource("soundcloud.auth.oauth2.token-store"),
					stored, properties.getLockTimeout());
			store.setLocalCopyLifetime(properties.getTokenCacheLifetime());
			if (properties.getInstanceId() != null && !properties.getInstanceId().isBlank()) {
				store.setInstanceId(properties.getInstanceId().strip());
			}
			store.setRateLimiter(rateLimiter.getIfUnique());
			return store;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "soundCloudSharedStateMetrics")
		SharedStateMetrics soundCloudSharedStateMetrics(ObjectProvider<JdbcTokenStore> tokenStore,
				ObjectProvider<JdbcRateLimiter> rateLimiter) {
			return new SharedStateMetrics(tokenStore.getIfUnique(), rateLimiter.getIfUnique());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "soundCloudSharedStateHealthIndicator")
		SharedStateHealthIndicator soundCloudSharedStateHealthIndicator(ObjectProvider<JdbcTokenStore> tokenStore,
				ObjectProvider<JdbcRateLimiter> rateLimiter) {
			return new SharedStateHealthIndicator(tokenStore.getIfUnique(), rateLimiter.getIfUnique());
		}

	}

	/**
	 * The application's DataSource, with the shared tables created first when
	 * {@code soundcloud.jdbc.initialize-schema} asks for it.
	 */
	static final class SharedTables {

		private final ObjectProvider<DataSource> dataSource;

		private final SingletonSupplier<DataSource> initialized;

		SharedTables(ObjectProvider<DataSource> dataSource, boolean initialize, boolean tokens, boolean rateLimits) {
			this.dataSource = dataSource;
			this.initialized = SingletonSupplier.of(() -> {
				DataSource ds = dataSource.getIfUnique();
				if (ds != null && initialize) {
					SoundCloudJdbcSchema.create(ds, tokens, rateLimits);
				}
				return ds;
			});
		}

		DataSource dataSource(String property) {
			DataSource ds = this.initialized.get();
			if (ds == null) {
				throw new InvalidSoundCloudPropertyException(property,
						"is 'jdbc' but the application has no single DataSource",
						"add 'org.springframework.boot:spring-boot-starter-jdbc', the PostgreSQL driver and "
								+ "'spring.datasource.url'.");
			}
			return ds;
		}

	}

	/**
	 * The lock is held, on a connection idle in its transaction, while the token request is
	 * under way, and PostgreSQL ends such a session after the lock timeout. A token request
	 * is one attempt (token requests are not retried), and once connected the answer is
	 * awaited for at most the read timeout of the transport it shares with API requests: a
	 * lock timeout below that lets a slow answer outlive the lock, and another instance ask
	 * for a token too. The token is still saved, so this works, at the cost of a token:
	 * worth a warning, not a failed start. The advice is the connect timeout plus the read
	 * timeout: the JDK transport counts the connection within the read timeout, but other
	 * HTTP clients wait for each in turn, and the default lock timeout (45 seconds) is above
	 * both defaults together (10 and 30 seconds).
	 */
	static boolean warnIfTheLockCanBeLostMidRequest(Duration lockTimeout, Duration connectTimeout,
			Duration readTimeout) {
		if (lockTimeout.compareTo(readTimeout) >= 0) {
			return false;
		}
		logger.warn("soundcloud.jdbc.lock-timeout (" + lockTimeout.toMillis() + " ms) is shorter than the read timeout "
				+ "of token requests (" + readTimeout.toMillis() + " ms, soundcloud.http.read-timeout or "
				+ "spring.http.clients.read-timeout): a slow token endpoint can outlive the shared lock, and another "
				+ "instance then requests a token too. Set soundcloud.jdbc.lock-timeout above the connect timeout plus "
				+ "the read timeout (" + connectTimeout.plus(readTimeout).toMillis() + " ms).");
		return true;
	}

	private static boolean isOAuth2(SoundCloudProperties properties) {
		try {
			return AuthenticationSettings.resolve(properties.getAuth()) == SoundCloudAuthType.OAUTH2;
		}
		catch (InvalidSoundCloudPropertyException ex) {
			// reported with its property when the connection details are made
			return false;
		}
	}

	private static boolean isOAuth2(SoundCloudConnectionDetails.Credentials credentials) {
		return OAuth2Authenticators.isOwnClient(credentials)
				|| credentials instanceof SoundCloudConnectionDetails.Registration;
	}

	/**
	 * Small checks of the numbers the shared state is configured with.
	 */
	static final class PropertyRule {

		private PropertyRule() {
		}

		static void positive(String property, @Nullable Long value) {
			if (value != null && value < 1) {
				throw new InvalidSoundCloudPropertyException(property, "is " + value + ", not at least 1",
						"set a positive budget, or remove the property for none.");
			}
		}

		static void positiveDuration(String property, java.time.Duration value) {
			if (value == null || value.toMillis() < 1) {
				throw new InvalidSoundCloudPropertyException(property, "is " + value + ", not at least 1ms",
						"set a positive duration such as '30s'.");
			}
		}

		static void notNegative(String property, java.time.Duration value) {
			if (value == null || value.isNegative()) {
				throw new InvalidSoundCloudPropertyException(property, "is " + value + ", a negative duration",
						"set '0s' or more.");
			}
		}

		static void require(boolean present, String property, String what) {
			if (!present) {
				throw new InvalidSoundCloudPropertyException(property, "is set, but it needs " + what,
						"set " + what + ", or remove '" + property + "'.");
			}
		}

	}

	/**
	 * Matches when anything shared is asked for: a JDBC token store, a JDBC rate-limit
	 * store, or a budget (which then fails at start-up if its store is missing).
	 */
	static final class OnSharedState extends AnyNestedCondition {

		OnSharedState() {
			super(ConfigurationCondition.ConfigurationPhase.PARSE_CONFIGURATION);
		}

		@ConditionalOnProperty(prefix = "soundcloud.auth.oauth2", name = "token-store", havingValue = "jdbc")
		static final class TokenStore {

		}

		@ConditionalOnProperty(prefix = "soundcloud.rate-limit", name = "store", havingValue = "jdbc")
		static final class RateLimitStore {

		}

		@ConditionalOnProperty(prefix = "soundcloud.rate-limit", name = "plays-per-day")
		static final class PlaysBudget {

		}

		@ConditionalOnProperty(prefix = "soundcloud.rate-limit", name = "tokens-per-12h")
		static final class TokensBudget {

		}

	}

}
