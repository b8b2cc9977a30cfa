package io.github.scapi.soundcloud.jdbc;

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
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code soundcloud.auth.oauth2.token-store=jdbc} applies to OAuth 2.1 credentials that the
 * application's own {@link SoundCloudConnectionDetails} hold, not only to those of
 * {@code soundcloud.auth.*}: the connector's tokens then go to the shared table.
 *
 * @author scapi contributors
 */
class ConnectionDetailsTokenStoreTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withBean(DataSource.class, Databases::postgres)
		.withPropertyValues("soundcloud.auth.oauth2.token-store=jdbc");

	@BeforeEach
	void stubs() {
		Databases.clear();
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
				"{\"access_token\":\"shared-token\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"next\"}")));
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
	}

	@Test
	void clientCredentialsOfTheApplicationsConnectionDetailsAreStoredInTheSharedTable() {
		this.runner
			.withBean(SoundCloudConnectionDetails.class,
					() -> new Details(new SoundCloudConnectionDetails.ClientCredentials("app-client", "app-secret")))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(OAuth2AuthorizedClientService.class)).isInstanceOf(JdbcTokenStore.class);
				context.getBean(UserRepository.class).findMe();
				server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
					.withRequestBody(containing("grant_type=client_credentials")));
				assertThat(storedRegistrations()).isEqualTo("soundcloud");
			});
	}

	@Test
	void aRefreshTokenOfTheApplicationsConnectionDetailsIsStoredAndRotatedInTheSharedTable() {
		this.runner
			.withBean(SoundCloudConnectionDetails.class,
					() -> new Details(new SoundCloudConnectionDetails.RefreshToken("app-client", "app-secret", "first")))
			.run((context) -> {
				assertThat(context.getBean(OAuth2AuthorizedClientService.class)).isInstanceOf(JdbcTokenStore.class);
				context.getBean(UserRepository.class).findMe();
				server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
					.withRequestBody(containing("refresh_token=first")));
				assertThat(new JdbcTemplate(Databases.postgres())
					.queryForObject("SELECT count(*) FROM oauth2_authorized_client WHERE refresh_token_value IS NOT NULL",
							Long.class))
					.isEqualTo(1L);
			});
	}

	@Test
	void connectionDetailsWithoutOAuth2CredentialsGetNoStore() {
		this.runner.withBean(SoundCloudConnectionDetails.class,
				() -> new Details(new SoundCloudConnectionDetails.AccessToken("static-token")))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBeanProvider(JdbcTokenStore.class).getIfAvailable()).isNull();
				context.getBean(UserRepository.class).findMe();
				server.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
			});
	}

	private static String storedRegistrations() {
		return new JdbcTemplate(Databases.postgres())
			.queryForObject("SELECT string_agg(client_registration_id, ',') FROM oauth2_authorized_client", String.class);
	}

	private record Details(Credentials credentials) implements SoundCloudConnectionDetails {

		@Override
		public String getBaseUrl() {
			return "http://localhost:" + server.getPort();
		}

		@Override
		public String getTokenUri() {
			return getBaseUrl() + "/oauth/token";
		}

		@Override
		public Credentials getCredentials() {
			return this.credentials;
		}

	}

}
