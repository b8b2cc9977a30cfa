package io.github.scapi.soundcloud.jdbc;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.RateLimitedException;
import io.github.scapi.soundcloud.SoundCloudRateLimiter;
import io.github.scapi.soundcloud.autoconfigure.InvalidSoundCloudPropertyException;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudJdbcAutoConfiguration;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudSignInAutoConfiguration;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SoundCloudJdbcAutoConfiguration}: what it contributes, what it refuses at start-up,
 * and the production configuration shown in docs/scaling.md.
 *
 * @author scapi contributors
 */
class SoundCloudJdbcAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withPropertyValues("soundcloud.auth.oauth2.client-id=client", "soundcloud.auth.oauth2.client-secret=secret");

	@Test
	void nothingSharedByDefault() {
		this.runner.withBean(DataSource.class, Databases::postgres).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(JdbcTokenStore.class).doesNotHaveBean(JdbcRateLimiter.class);
		});
	}

	@Test
	void sharedTokensAndRateLimitsOnTheApplicationsDataSource() {
		this.runner.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("soundcloud.auth.oauth2.token-store=jdbc", "soundcloud.rate-limit.store=jdbc",
					"soundcloud.rate-limit.plays-per-day=100", "soundcloud.rate-limit.tokens-per-12h=40",
					"soundcloud.jdbc.instance-id=web-1")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(OAuth2AuthorizedClientService.class)).isInstanceOf(JdbcTokenStore.class);
				assertThat(context.getBean(JdbcTokenStore.class).getInstanceId()).isEqualTo("web-1");
				assertThat(context.getBean(SoundCloudRateLimiter.class)).isInstanceOf(JdbcRateLimiter.class);
				assertThat(context.getBean(JdbcRateLimiter.class).getRemaining(JdbcRateLimiter.TOKENS)).contains(40L);
			});
	}

	@Test
	void signedInUsersTokensAreSharedToo() {
		// the two-line sign-in: nothing under soundcloud.auth, Boot's registration named soundcloud
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class,
					SoundCloudSignInAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
					SoundCloudAutoConfiguration.class))
			.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("spring.security.oauth2.client.registration.soundcloud.client-id=client",
					"spring.security.oauth2.client.registration.soundcloud.client-secret=secret",
					"soundcloud.auth.oauth2.token-store=jdbc")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(OAuth2AuthorizedClientService.class)).isInstanceOf(JdbcTokenStore.class);
			});
	}

	@Test
	void credentialsOfAnotherKindInPropertiesGiveTheApplicationsRegistrationsTheSharedStore() {
		// the same rule as for connection details of another kind: token-store=jdbc and client
		// registrations, so the registrations' tokens are in the shared table
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class, SoundCloudAutoConfiguration.class))
			.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("spring.security.oauth2.client.registration.github.client-id=github-client",
					"spring.security.oauth2.client.registration.github.client-secret=github-secret",
					"soundcloud.auth.token.value=static-token", "soundcloud.auth.oauth2.token-store=jdbc")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Databases.clear();
				OAuth2AuthorizedClientService store = context.getBean(OAuth2AuthorizedClientService.class);
				assertThat(store).isInstanceOf(JdbcTokenStore.class);
				ClientRegistration github = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("github");
				Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
				store.saveAuthorizedClient(new OAuth2AuthorizedClient(github, "alice",
						new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "alice-token", issued,
								issued.plusSeconds(3600))),
						UsernamePasswordAuthenticationToken.unauthenticated("alice", null));
				assertThat(new JdbcTemplate(Databases.postgres()).queryForObject(
						"SELECT client_registration_id FROM oauth2_authorized_client WHERE principal_name = 'alice'",
						String.class))
					.isEqualTo("github");
			});
	}

	@Test
	void credentialsOfAnotherKindInPropertiesWithoutRegistrationsNeedNoStore() {
		// nothing holds OAuth 2.1 tokens: neither the starter nor Spring Boot makes a store
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class, SoundCloudAutoConfiguration.class))
			.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("soundcloud.auth.token.value=static-token", "soundcloud.auth.oauth2.token-store=jdbc")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanProvider(OAuth2AuthorizedClientService.class).getIfAvailable()).isNull();
				assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
			});
	}

	@Test
	void healthWithTheTokenStoreAloneReadsTheDatabase() {
		Databases.Switchable database = new Databases.Switchable(Databases.postgres());
		this.runner.withBean(DataSource.class, () -> database)
			.withPropertyValues("soundcloud.auth.oauth2.token-store=jdbc")
			.run((context) -> {
				Databases.clear();
				HealthIndicator indicator = context.getBean("soundCloudSharedStateHealthIndicator", HealthIndicator.class);
				Health up = indicator.health();
				assertThat(up.getStatus()).isEqualTo(Status.UP);
				assertThat(up.getDetails()).containsEntry("storedClients", 0L);
				database.down.set(true);
				assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
			});
	}

	@Test
	void metersAndHealthOfTheSharedState() {
		this.runner.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("soundcloud.auth.oauth2.token-store=jdbc", "soundcloud.rate-limit.store=jdbc",
					"soundcloud.rate-limit.plays-per-day=100", "soundcloud.rate-limit.tokens-per-12h=40",
					"soundcloud.jdbc.instance-id=web-1")
			.run((context) -> {
				Databases.clear();
				JdbcRateLimiter limiter = context.getBean(JdbcRateLimiter.class);
				limiter.beforeExchange(HttpMethod.GET, URI.create("https://api.soundcloud.com/tracks/1/stream"));
				Instant reset = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
				limiter.rateLimited(new RateLimitedException(HttpMethod.GET, null, List.of(), reset, "plays"));
				assertThatExceptionOfType(RateLimitedException.class).isThrownBy(
						() -> limiter.beforeExchange(HttpMethod.GET, URI.create("https://api.soundcloud.com/tracks/1/stream")));
				SimpleMeterRegistry registry = new SimpleMeterRegistry();
				context.getBean("soundCloudSharedStateMetrics", MeterBinder.class).bindTo(registry);
				assertThat(registry.get("soundcloud.rate-limit.budget.remaining").tag("group", "plays").gauge().value())
					.isEqualTo(99);
				assertThat(registry.get("soundcloud.rate-limit.budget.remaining").tag("group", "tokens").gauge().value())
					.isEqualTo(40);
				assertThat(registry.get("soundcloud.rate-limit.refusals").tag("group", "plays").functionCounter().count())
					.isEqualTo(1);
				assertThat(registry.get("soundcloud.oauth2.tokens.obtained").tag("instance", "web-1").functionCounter().count())
					.isZero();
				assertThat(registry.get("soundcloud.oauth2.tokens.obtained.shared").gauge().value()).isZero();
				assertThat(registry.get("soundcloud.oauth2.lock.wait").tag("instance", "web-1").functionTimer().count())
					.isZero();
				Health health = context.getBean("soundCloudSharedStateHealthIndicator", HealthIndicator.class).health();
				assertThat(health.getStatus()).isEqualTo(Status.UP);
				assertThat(health.getDetails()).containsEntry("instance", "web-1")
					.containsEntry("blockedGroups", Map.of("plays", reset))
					.containsEntry("playsBudgetRemaining", 99L)
					.containsEntry("tokensBudgetRemaining", 40L);
			});
	}

	@Test
	void aJdbcTokenStoreWithoutADataSourceFailsAtStartUpNamingTheProperty() {
		this.runner.withPropertyValues("soundcloud.auth.oauth2.token-store=jdbc")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidSoundCloudPropertyException.class)
				.hasMessageContaining("soundcloud.auth.oauth2.token-store")
				.hasMessageContaining("DataSource"));
	}

	@Test
	void aBudgetWithoutTheJdbcStoreFailsAtStartUpNamingTheProperty() {
		this.runner.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("soundcloud.rate-limit.plays-per-day=100")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidSoundCloudPropertyException.class)
				.hasMessageContaining("soundcloud.rate-limit.plays-per-day")
				.hasMessageContaining("soundcloud.rate-limit.store=jdbc"));
		this.runner.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("soundcloud.rate-limit.store=jdbc", "soundcloud.rate-limit.tokens-per-12h=40")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("soundcloud.rate-limit.tokens-per-12h")
				.hasMessageContaining("soundcloud.auth.oauth2.token-store=jdbc"));
		this.runner.withBean(DataSource.class, Databases::postgres)
			.withPropertyValues("soundcloud.rate-limit.store=jdbc", "soundcloud.rate-limit.plays-per-day=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("soundcloud.rate-limit.plays-per-day"));
	}

	@Test
	void theProductionConfigurationOfDocsScalingStartsAndCreatesTheTables() throws IOException {
		String docs = Files.readString(Path.of("..", "docs", "scaling.md"));
		Matcher yaml = Pattern.compile("```yaml\\n(# application.yml.*?)```", Pattern.DOTALL).matcher(docs);
		assertThat(yaml.find()).as("docs/scaling.md has the production application.yml").isTrue();
		PropertySource<?> source = new YamlPropertySourceLoader()
			.load("scaling.md", new ByteArrayResource(yaml.group(1).getBytes()))
			.get(0);
		new JdbcTemplate(Databases.postgres()).execute("DROP TABLE IF EXISTS oauth2_authorized_client");
		new JdbcTemplate(Databases.postgres()).execute("DROP TABLE IF EXISTS soundcloud_rate_limit");
		try {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
						SoundCloudJdbcAutoConfiguration.class, SoundCloudAutoConfiguration.class))
				.withInitializer((context) -> context.getEnvironment().getPropertySources().addLast(source))
				// the documented placeholders, resolved as the deployment's environment would
				.withSystemProperties("SOUNDCLOUD_CLIENT_ID=client", "SOUNDCLOUD_CLIENT_SECRET=secret",
						"DATABASE_URL=" + jdbcUrl(), "DATABASE_USER=postgres", "DATABASE_PASSWORD=postgres",
						"HOSTNAME=web-1")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(OAuth2AuthorizedClientService.class)).isInstanceOf(JdbcTokenStore.class);
					assertThat(context.getBean(SoundCloudRateLimiter.class)).isInstanceOf(JdbcRateLimiter.class);
					JdbcRateLimiter limiter = context.getBean(JdbcRateLimiter.class);
					assertThat(limiter.getRemaining(JdbcRateLimiter.PLAYS)).isPresent();
					assertThat(limiter.getRemaining(JdbcRateLimiter.TOKENS)).isPresent();
				});
		}
		finally {
			SoundCloudJdbcSchema.create(Databases.postgres(), true, true);
		}
	}

	private static String jdbcUrl() {
		return new JdbcTemplate(Databases.postgres()).execute((java.sql.Connection connection) -> connection
			.getMetaData().getURL());
	}


}
