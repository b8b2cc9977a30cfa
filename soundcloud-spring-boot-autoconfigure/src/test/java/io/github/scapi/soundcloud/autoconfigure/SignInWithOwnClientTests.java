package io.github.scapi.soundcloud.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.repository.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.user.OAuth2User;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that signs its users in with the registration named {@code soundcloud} (the
 * two-line sign-in) and also gives the connector a client of its own: both are registered,
 * under their own ids, so that users sign in with the authorization code grant while the
 * connector calls with its own client-credentials token. Checked with the client in
 * {@code soundcloud.auth.oauth2.*} and with connection details holding client credentials
 * (as the fake's do).
 *
 * @author scapi contributors
 */
class SignInWithOwnClientTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudSignInAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withPropertyValues("spring.security.oauth2.client.registration.soundcloud.client-id=web-client",
				"spring.security.oauth2.client.registration.soundcloud.client-secret=web-secret",
				"soundcloud.api.base-url=" + url(""), "soundcloud.auth.oauth2.token-uri=" + url("/oauth/token"),
				"soundcloud.auth.oauth2.authorization-uri=" + url("/authorize"));

	@BeforeEach
	void stubs() {
		server.stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson("{\"access_token\":\"user-token\",\"token_type\":\"bearer\",\"expires_in\":3600,"
					+ "\"refresh_token\":\"user-refresh\"}")));
		server.stubFor(post(urlPathEqualTo("/oauth/token")).withRequestBody(containing("grant_type=client_credentials"))
			.willReturn(okJson("{\"access_token\":\"connector-token\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
		server.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth user-token"))
			.willReturn(okJson("{\"urn\":\"soundcloud:users:1\",\"username\":\"signed-in\"}")));
		server.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth connector-token"))
			.willReturn(okJson("{\"urn\":\"soundcloud:users:2\",\"username\":\"the-app\"}")));
	}

	@Test
	void usersSignInWhileTheConnectorCallsWithItsOwnClientCredentialsToken() {
		this.runner
			.withPropertyValues("soundcloud.auth.oauth2.client-id=app-client",
					"soundcloud.auth.oauth2.client-secret=app-secret")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				signInThenCallAsTheConnector(context, "soundcloud-connector");
			});
	}

	@Test
	void connectionDetailsWithClientCredentialsGetTheirOwnRegistrationToo() {
		this.runner.withBean(SoundCloudConnectionDetails.class, ClientCredentialsDetails::new).run((context) -> {
			assertThat(context).hasNotFailed();
			ClientRegistration connector = signInThenCallAsTheConnector(context, "soundcloud-connector");
			assertThat(connector.getClientId()).isEqualTo("app-client");
		});
	}

	@Test
	void theConnectorsClientMayBeNamedExplicitly() {
		this.runner
			.withPropertyValues("soundcloud.auth.oauth2.client-id=app-client",
					"soundcloud.auth.oauth2.client-secret=app-secret", "soundcloud.auth.oauth2.registration-id=backend")
			.run((context) -> {
				signInThenCallAsTheConnector(context, "backend");
				assertThat(context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("soundcloud-connector")).isNull();
			});
	}

	@Test
	void theSignInsIdForTheConnectorsOwnClientFailsStartUpNamingTheProperty() {
		this.runner
			.withPropertyValues("soundcloud.auth.oauth2.client-id=app-client",
					"soundcloud.auth.oauth2.client-secret=app-secret",
					"soundcloud.auth.oauth2.registration-id=soundcloud")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidSoundCloudPropertyException.class)
					.hasMessageContaining("'soundcloud.auth.oauth2.registration-id'")
					.hasMessageContaining("the id of the sign-in registration");
			});
	}

	/**
	 * Signs a user in with the {@code soundcloud} registration as Spring Security's login
	 * does after the browser came back with a code (code exchange with the PKCE verifier,
	 * user loaded from {@code /me}), then calls as the connector, with no user signed in.
	 */
	private static ClientRegistration signInThenCallAsTheConnector(ApplicationContext context,
			String connectorRegistrationId) {
		ClientRegistrationRepository registrations = context.getBean(ClientRegistrationRepository.class);
		ClientRegistration signIn = registrations.findByRegistrationId("soundcloud");
		assertThat(signIn.getClientId()).isEqualTo("web-client");
		assertThat(signIn.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
		assertThat(signIn.getClientSettings().isRequireProofKey()).isTrue();
		ClientRegistration connector = registrations.findByRegistrationId(connectorRegistrationId);
		assertThat(connector.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.CLIENT_CREDENTIALS);

		OAuth2AccessToken userToken = exchangeCode(signIn);
		@SuppressWarnings("unchecked")
		OAuth2UserService<OAuth2UserRequest, OAuth2User> users = context.getBean(OAuth2UserService.class);
		assertThat(users.loadUser(new OAuth2UserRequest(signIn, userToken)).getName()).isEqualTo("soundcloud:users:1");

		assertThat(context.getBean(UserRepository.class).findMe().username()).isEqualTo("the-app");
		server.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token"))
			.withRequestBody(containing("grant_type=client_credentials")));
		server.verify(1, getRequestedFor(urlPathEqualTo("/me")).withHeader("Authorization",
				equalTo("OAuth connector-token")));
		return connector;
	}

	private static OAuth2AccessToken exchangeCode(ClientRegistration signIn) {
		String redirect = "http://localhost:8080/login/oauth2/code/soundcloud";
		OAuth2AuthorizationRequest authorization = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri(signIn.getProviderDetails().getAuthorizationUri())
			.clientId(signIn.getClientId())
			.redirectUri(redirect)
			.state("state-1")
			.attributes(Map.of(PkceParameterNames.CODE_VERIFIER, "verifier"))
			.build();
		OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success("code-1")
			.redirectUri(redirect)
			.state("state-1")
			.build();
		OAuth2AccessToken token = new RestClientAuthorizationCodeTokenResponseClient()
			.getTokenResponse(new OAuth2AuthorizationCodeGrantRequest(signIn,
					new OAuth2AuthorizationExchange(authorization, response)))
			.getAccessToken();
		assertThat(token.getTokenValue()).isEqualTo("user-token");
		return token;
	}

	private static String url(String path) {
		return "http://localhost:" + server.getPort() + path;
	}

	/** Connection details whose credentials name a client, as the fake's can. */
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
		public String getAuthorizationUri() {
			return url("/authorize");
		}

		@Override
		public Credentials getCredentials() {
			return new ClientCredentials("app-client", "app-secret");
		}

	}

}
