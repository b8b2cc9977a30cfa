package io.github.scapi.soundcloud.jdbc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

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
				// nothing at all: without registrations nothing needs a store
				assertThat(context.getBeanProvider(OAuth2AuthorizedClientService.class).getIfAvailable()).isNull();
				context.getBean(UserRepository.class).findMe();
				server.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
			});
	}

	@Test
	void connectionDetailsOfAnotherKindBesideBootsRegistrationsGiveThemTheSharedStore() {
		// sign-in with another provider, configured the usual way: Boot makes the registrations,
		// and its own store backs off before ours, so ours must not be missing
		this.runner.withConfiguration(AutoConfigurations.of(OAuth2ClientAutoConfiguration.class))
			.withPropertyValues("spring.security.oauth2.client.registration.github.client-id=github-client",
					"spring.security.oauth2.client.registration.github.client-secret=github-secret")
			.withBean(SoundCloudConnectionDetails.class,
					() -> new Details(new SoundCloudConnectionDetails.AccessToken("static-token")))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertTheRegistrationsTokensAreStoredAndLoaded(context, "github");
				// the connector still uses the details' token, and asks the token endpoint nothing
				context.getBean(UserRepository.class).findMe();
				server.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
			});
	}

	@Test
	void connectionDetailsOfAnotherKindBesideARepositoryOfTheApplicationsGiveItTheSharedStore() {
		ClientRegistration partner = ClientRegistration.withRegistrationId("partner")
			.clientId("partner-client")
			.clientSecret("partner-secret")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri("https://partner.example.com/oauth/token")
			.build();
		this.runner.withBean(ClientRegistrationRepository.class, () -> new InMemoryClientRegistrationRepository(partner))
			.withBean(SoundCloudConnectionDetails.class,
					() -> new Details(new SoundCloudConnectionDetails.Basic("user", "password")))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertTheRegistrationsTokensAreStoredAndLoaded(context, "partner");
			});
	}

	/**
	 * What Spring Security's OAuth2 client does with the application's store: save a
	 * signed-in user's token, and load it again; here from the shared table.
	 */
	private static void assertTheRegistrationsTokensAreStoredAndLoaded(AssertableApplicationContext context,
			String registrationId) {
		OAuth2AuthorizedClientService service = context.getBean(OAuth2AuthorizedClientService.class);
		assertThat(service).isInstanceOf(JdbcTokenStore.class);
		ClientRegistration registration = context.getBean(ClientRegistrationRepository.class)
			.findByRegistrationId(registrationId);
		Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Authentication alice = UsernamePasswordAuthenticationToken.unauthenticated("alice", null);
		service.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, "alice",
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "alice-token", issued,
						issued.plusSeconds(3600))),
				alice);
		OAuth2AuthorizedClient loaded = service.loadAuthorizedClient(registrationId, "alice");
		assertThat(loaded).isNotNull();
		assertThat(loaded.getAccessToken().getTokenValue()).isEqualTo("alice-token");
		assertThat(loaded.getAccessToken().getExpiresAt()).isEqualTo(issued.plusSeconds(3600));
		assertThat(storedRegistrations()).isEqualTo(registrationId);
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
