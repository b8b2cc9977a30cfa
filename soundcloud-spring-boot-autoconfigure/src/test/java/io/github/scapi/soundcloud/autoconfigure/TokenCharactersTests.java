package io.github.scapi.soundcloud.autoconfigure;

import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.SoundCloudAuthenticationException;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.auth.oauth2.OAuth2Authenticator;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A token that cannot be sent in an HTTP header (a control character, a line break, a
 * character outside ASCII) is refused where it enters, with a message that names where it
 * came from and never holds the token: the JDK's own error would print the whole header.
 */
class TokenCharactersTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class));

	@BeforeEach
	void reset() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "t0k\u0007en", "t0k\u0000en", "t0k\u007fen", "t0k€n", "t0kén", "t0k\u0085en" })
	void aStaticTokenFailsStartUpNamingThePropertyNotTheValue(String token) {
		this.contextRunner.withPropertyValues("soundcloud.auth.token.value=" + token).run((context) -> {
			FailureAnalysis analysis = new SoundCloudPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'soundcloud.auth.token.value'").contains("ASCII");
			assertThat(analysis.getDescription() + analysis.getAction() + stackOf(context.getStartupFailure()))
				.doesNotContain(token)
				.doesNotContain("t0k");
		});
		assertThatIllegalArgumentException().isThrownBy(() -> new StaticTokenAuthenticator(token))
			.withMessageNotContaining("t0k");
	}

	@ParameterizedTest
	@ValueSource(strings = { "r3fr\u0007esh", "r3fr\nesh", "r3fr€sh" })
	void aConfiguredRefreshTokenFailsStartUpNamingThePropertyNotTheValue(String refreshToken) {
		this.contextRunner
			.withPropertyValues("soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s",
					"soundcloud.auth.oauth2.refresh-token=" + refreshToken)
			.run((context) -> {
				FailureAnalysis analysis = new SoundCloudPropertyFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("'soundcloud.auth.oauth2.refresh-token'");
				assertThat(analysis.getDescription() + analysis.getAction() + stackOf(context.getStartupFailure()))
					.doesNotContain("r3fr");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "client_credentials", "refresh_token" })
	void anAccessTokenFromTheTokenEndpointThatCannotBeSentIsRefused(String grant) {
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
				"{\"access_token\":\"Zq9x\\u0007ess\\u20ac\",\"token_type\":\"bearer\",\"expires_in\":3600,"
						+ "\"refresh_token\":\"next\"}")));
		ApplicationContextRunner runner = this.contextRunner.withPropertyValues(
				"soundcloud.api.base-url=http://localhost:" + server.getPort(), "soundcloud.auth.oauth2.client-id=id",
				"soundcloud.auth.oauth2.client-secret=s",
				"soundcloud.auth.oauth2.token-uri=http://localhost:" + server.getPort() + "/oauth/token");
		if (grant.equals("refresh_token")) {
			runner = runner.withPropertyValues("soundcloud.auth.oauth2.refresh-token=r1");
		}
		runner.run((context) -> {
			SoundCloudConnector connector = context.getBean(SoundCloudConnector.class);
			SoundCloudAuthenticationException ex = catchThrowableOfType(SoundCloudAuthenticationException.class,
					() -> connector.get("/me", Map.of(), User.class));
			assertThat(ex).isNotNull();
			assertThat(ex.getApiMessages()).first().isEqualTo("invalid_token_response");
			assertThat(ex.getMessage() + ex.getApiMessages() + stackOf(ex)).doesNotContain("Zq9x");
			server.verify(0, getRequestedFor(anyUrl()));
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Zq9x\\u0007", "Zq9x\\n", "Zq9x\\u20ac" })
	void aRefreshTokenFromTheTokenEndpointThatIsNotPrintableAsciiIsRefused(String jsonEscapedRefreshToken) {
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
				"{\"access_token\":\"a1\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\""
						+ jsonEscapedRefreshToken + "\"}")));
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=http://localhost:" + server.getPort(),
					"soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s",
					"soundcloud.auth.oauth2.token-uri=http://localhost:" + server.getPort() + "/oauth/token",
					"soundcloud.auth.oauth2.refresh-token=r1")
			.run((context) -> {
				SoundCloudConnector connector = context.getBean(SoundCloudConnector.class);
				SoundCloudAuthenticationException ex = catchThrowableOfType(SoundCloudAuthenticationException.class,
						() -> connector.get("/me", Map.of(), User.class));
				assertThat(ex).isNotNull();
				assertThat(ex.getApiMessages()).first().isEqualTo("invalid_token_response");
				assertThat(ex.getMessage() + ex.getApiMessages() + stackOf(ex)).doesNotContain("Zq9x");
				server.verify(0, getRequestedFor(anyUrl()));
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Zq9x\u0007ess", "Zq9x\ness", "Zq9x€ss", "Zq9x ess" })
	void aStoredAccessTokenThatCannotBeSentIsRefusedBeforeTheRequest(String token) {
		// a token that Spring Security's sign-in (authorization code) put into the store
		ClientRegistration registration = ClientRegistration.withRegistrationId("soundcloud")
			.clientId("id")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login")
			.authorizationUri("http://localhost/authorize")
			.tokenUri("http://localhost:" + server.getPort() + "/oauth/token")
			.build();
		InMemoryOAuth2AuthorizedClientService store = new InMemoryOAuth2AuthorizedClientService(
				new InMemoryClientRegistrationRepository(registration));
		Authentication user = UsernamePasswordAuthenticationToken.authenticated("soundcloud:users:1", null,
				java.util.List.of());
		store.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, user.getName(),
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, Instant.now(),
						Instant.now().plusSeconds(3600))),
				user);
		OAuth2Authenticator authenticator = new OAuth2Authenticator((request) -> {
			throw new AssertionError("the stored token is valid until it expires");
		}, store, "soundcloud", () -> user);
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.getPort())
			.authenticator(authenticator)
			.build();
		SoundCloudAuthenticationException ex = catchThrowableOfType(SoundCloudAuthenticationException.class,
				() -> connector.get("/me", Map.of(), User.class));
		assertThat(ex).isNotNull();
		assertThat(ex.getMessage()).contains("cannot be sent");
		assertThat(ex.getMessage() + ex.getApiMessages() + stackOf(ex)).doesNotContain("Zq9x");
		server.verify(0, getRequestedFor(anyUrl()));
	}

	private static String stackOf(Throwable failure) {
		java.io.StringWriter text = new java.io.StringWriter();
		failure.printStackTrace(new java.io.PrintWriter(text));
		return text.toString();
	}

}
