package io.github.scapi.soundcloud.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.SoundCloudFakeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Adding the starter, OAuth 2.1 configured, to a web application leaves the application's
 * own endpoints as open as they were: the starter brings Spring Security's OAuth2 client,
 * not Spring Boot's web security.
 */
@SpringBootTest(classes = NoWebSecurityTests.WebApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoWebSecurityTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@DynamicPropertySource
	static void soundCloud(DynamicPropertyRegistry registry) {
		registry.add("soundcloud.api.base-url", () -> fake.get().baseUrl());
		registry.add("soundcloud.auth.oauth2.client-id", () -> fake.get().clientId());
		registry.add("soundcloud.auth.oauth2.client-secret", () -> fake.get().clientSecret());
		registry.add("soundcloud.auth.oauth2.token-uri", () -> fake.get().baseUrl() + "/oauth/token");
	}

	@Test
	void servesAnUnauthenticatedEndpointThatUsesSoundCloud() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/who")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(fake.get().dataset().me().username());
		assertThat(this.context.getBean(SoundCloudAuthenticator.class).type()).isEqualTo(SoundCloudAuthType.OAUTH2);
		assertThat(this.context.getBeanNamesForType(
				org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class WebApplication {

		@RestController
		static class WhoController {

			private final UserRepository users;

			WhoController(UserRepository users) {
				this.users = users;
			}

			@GetMapping("/who")
			String who() {
				return this.users.findMe().username();
			}

		}

	}

}
