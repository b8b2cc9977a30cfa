package io.github.scapi.soundcloud.auth.oauth2;

import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.user.OAuth2User;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SoundCloudOAuth2UserServiceTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:7\"}")));
	}

	@Test
	void loadsTheUserWithTheOAuthSchemeAndTheLibrarysUserAgent() {
		OAuth2User user = new SoundCloudOAuth2UserService().loadUser(request("t1"));
		assertThat(user.getName()).isEqualTo("soundcloud:users:7");
		assertThat(server.getAllServeEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getRequest().getHeader("Authorization")).isEqualTo("OAuth t1");
			assertThat(event.getRequest().getHeader("User-Agent")).startsWith("soundcloud-spring-boot-starter/");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "Zq9x\u0007", "Zq9x\r\nX-Injected: 1", "Zq9x€" })
	void refusesATokenThatCannotBeSentWithoutShowingIt(String token) {
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> new SoundCloudOAuth2UserService().loadUser(request(token)))
			.satisfies((ex) -> {
				assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_token_response");
				assertThat(ex.getMessage() + ex.getError()).doesNotContain("Zq9x");
			});
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	private static OAuth2UserRequest request(String token) {
		ClientRegistration registration = ClientRegistration.withRegistrationId("soundcloud")
			.clientId("id")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login")
			.authorizationUri("http://localhost/authorize")
			.tokenUri("http://localhost/token")
			.userInfoUri("http://localhost:" + server.port() + "/me")
			.build();
		return new OAuth2UserRequest(registration, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token,
				Instant.now(), Instant.now().plusSeconds(60)));
	}

}
