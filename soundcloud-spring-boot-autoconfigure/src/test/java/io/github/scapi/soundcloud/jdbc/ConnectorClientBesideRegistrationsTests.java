package io.github.scapi.soundcloud.jdbc;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudJdbcAutoConfiguration;
import io.github.scapi.soundcloud.repository.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector's own client beside client registrations of the application for another
 * provider (sign-in with GitHub, say), with {@code soundcloud.auth.oauth2.token-store=jdbc}:
 * the connector's tokens are shared too, so that instances ask the token endpoint once
 * between them and the token budget counts them, while the application's
 * {@link ClientRegistrationRepository} stays its own. Two contexts on one database play two
 * instances.
 *
 * @author scapi contributors
 */
class ConnectorClientBesideRegistrationsTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withBean(DataSource.class, Databases::postgres)
		.withPropertyValues("spring.security.oauth2.client.registration.github.client-id=github-client",
				"spring.security.oauth2.client.registration.github.client-secret=github-secret",
				"soundcloud.auth.oauth2.token-store=jdbc", "soundcloud.rate-limit.store=jdbc",
				"soundcloud.rate-limit.tokens-per-12h=40");

	@BeforeEach
	void stubs() {
		Databases.clear();
		server.resetRequests();
		server.stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=client_credentials"))
			.willReturn(okJson("{\"access_token\":\"connector-token\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
		server.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth connector-token"))
			.willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
	}

	@Test
	void theConnectorsClientFromPropertiesIsSharedByTwoInstances() {
		ApplicationContextRunner instance = this.runner.withPropertyValues(
				"soundcloud.api.base-url=" + url(""), "soundcloud.auth.oauth2.token-uri=" + url("/oauth/token"),
				"soundcloud.auth.oauth2.client-id=app-client", "soundcloud.auth.oauth2.client-secret=app-secret");
		instance.run((first) -> instance.run((second) -> callFromBothAndExpectOneToken(first, second)));
	}

	@Test
	void theConnectorsClientFromConnectionDetailsIsSharedByTwoInstances() {
		ApplicationContextRunner instance = this.runner.withBean(SoundCloudConnectionDetails.class,
				ClientCredentialsDetails::new);
		instance.run((first) -> instance.run((second) -> callFromBothAndExpectOneToken(first, second)));
	}

	@Test
	void aStoreOfTheApplicationsThatDoesNotKnowTheConnectorsClientIsNotGivenItsTokens() {
		// the application's own JdbcTokenStore, made for its registrations only: it could save
		// the connector's token but not read it back, so the connector keeps its tokens apart
		this.runner
			.withPropertyValues("soundcloud.api.base-url=" + url(""),
					"soundcloud.auth.oauth2.token-uri=" + url("/oauth/token"),
					"soundcloud.auth.oauth2.client-id=app-client", "soundcloud.auth.oauth2.client-secret=app-secret")
			.withUserConfiguration(ApplicationTokenStore.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				UserRepository users = context.getBean(UserRepository.class);
				users.findMe();
				users.findMe();
				assertThat(storedRows()).isZero();
			});
	}

	private static void callFromBothAndExpectOneToken(AssertableApplicationContext first,
			AssertableApplicationContext second) {
		for (AssertableApplicationContext context : new AssertableApplicationContext[] { first, second }) {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(OAuth2AuthorizedClientService.class)).isInstanceOf(JdbcTokenStore.class);
			// the application's registrations are left as they are: sign-in offers GitHub only
			ClientRegistrationRepository registrations = context.getBean(ClientRegistrationRepository.class);
			assertThat(registrations.findByRegistrationId("github")).isNotNull();
			assertThat(registrations.findByRegistrationId("soundcloud")).isNull();
		}
		first.getBean(UserRepository.class).findMe();
		second.getBean(UserRepository.class).findMe();
		server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
			.withRequestBody(containing("grant_type=client_credentials")));
		assertThat(new JdbcTemplate(Databases.postgres()).queryForObject(
				"SELECT client_registration_id || ' ' || principal_name FROM oauth2_authorized_client", String.class))
			.isEqualTo("soundcloud soundcloud-spring-boot-starter");
		// counted against the shared budget, once
		assertThat(second.getBean(JdbcRateLimiter.class).getRemaining(JdbcRateLimiter.TOKENS)).contains(39L);
	}

	private static long storedRows() {
		Long rows = new JdbcTemplate(Databases.postgres()).queryForObject("SELECT count(*) FROM oauth2_authorized_client",
				Long.class);
		return (rows != null) ? rows : 0;
	}

	private static String url(String path) {
		return "http://localhost:" + server.getPort() + path;
	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationTokenStore {

		@Bean
		JdbcTokenStore applicationTokenStore(ClientRegistrationRepository registrations) {
			JdbcTokenStore store = new JdbcTokenStore(Databases.postgres(), registrations);
			// every read goes to the table, where a row of an unknown registration fails
			store.setLocalCopyLifetime(Duration.ZERO);
			return store;
		}

	}

	private static final class ClientCredentialsDetails implements SoundCloudConnectionDetails {

		@Override
		public String getBaseUrl() {
			return url("");
		}

		@Override
		public String getTokenUri() {
			return url("/oauth/token");
		}

		@Override
		public Credentials getCredentials() {
			return new ClientCredentials("app-client", "app-secret");
		}

	}

}
