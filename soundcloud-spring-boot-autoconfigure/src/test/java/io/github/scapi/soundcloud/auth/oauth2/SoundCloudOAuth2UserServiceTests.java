package io.github.scapi.soundcloud.auth.oauth2;

import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.OAuth2User;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

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

	@Test
	void loadsTheUserWithTheOAuthSchemeAndTheLibrarysUserAgent() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:7\"}")));
		ClientRegistration registration = ClientRegistration.withRegistrationId("soundcloud")
			.clientId("id")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login")
			.authorizationUri("http://localhost/authorize")
			.tokenUri("http://localhost/token")
			.userInfoUri("http://localhost:" + server.port() + "/me")
			.build();
		OAuth2User user = new SoundCloudOAuth2UserService().loadUser(new OAuth2UserRequest(registration,
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "t1", Instant.now(),
						Instant.now().plusSeconds(60))));
		assertThat(user.getName()).isEqualTo("soundcloud:users:7");
		assertThat(server.getAllServeEvents()).singleElement().satisfies((event) -> {
			assertThat(event.getRequest().getHeader("Authorization")).isEqualTo("OAuth t1");
			assertThat(event.getRequest().getHeader("User-Agent")).startsWith("soundcloud-spring-boot-starter/");
		});
	}

}
