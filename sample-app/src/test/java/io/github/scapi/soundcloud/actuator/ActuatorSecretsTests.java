package io.github.scapi.soundcloud.actuator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that exposes Actuator's {@code /configprops} and {@code /env} with every
 * value shown, as some do in development: the starter's secrets still read {@code ******}
 * over HTTP. Secrets of every kind are configured at once (the application brings its own
 * authenticator, which makes that legal), one spelled as an environment variable would be.
 */
@SpringBootTest(classes = ActuatorSecretsTests.ActuatorApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet",
				"management.endpoints.web.exposure.include=configprops,env",
				"management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
				"soundcloud.auth.token.value=Secret-static-token-1",
				"soundcloud.auth.basic.username=ann", "soundcloud.auth.basic.password=Secret-password-2",
				"soundcloud.auth.oauth1.consumer-key=visible-consumer-key",
				"soundcloud.auth.oauth1.consumer-secret=Secret-consumer-secret-3",
				"soundcloud.auth.oauth1.token=Secret-oauth1-token-4",
				"soundcloud.auth.oauth1.tokenSecret=Secret-oauth1-token-secret-5",
				"soundcloud.auth.oauth2.client-secret=Secret-client-secret-6",
				"soundcloud.auth.oauth2.refresh_token=Secret-refresh-token-7" })
class ActuatorSecretsTests {

	private static final List<String> SECRETS = List.of("Secret-static-token-1", "Secret-password-2",
			"Secret-consumer-secret-3", "Secret-oauth1-token-4", "Secret-oauth1-token-secret-5",
			"Secret-client-secret-6", "Secret-refresh-token-7");

	@LocalServerPort
	int port;

	@Test
	void configpropsShowsEveryOtherValueButNoSecret() throws Exception {
		String body = get("/actuator/configprops/soundcloud");
		assertThat(body).contains("visible-consumer-key").contains("\"tokenSecret\":\"******\"")
			.contains("\"consumerSecret\":\"******\"")
			.contains("\"refreshToken\":\"******\"");
		assertThat(body).doesNotContain(SECRETS);
	}

	@Test
	void envShowsEveryOtherValueButNoSecret() throws Exception {
		String body = get("/actuator/env");
		assertThat(body).contains("visible-consumer-key").contains("******");
		assertThat(body).doesNotContain(SECRETS);
		for (String property : List.of("soundcloud.auth.token.value", "soundcloud.auth.oauth1.token",
				"soundcloud.auth.oauth1.tokenSecret", "soundcloud.auth.oauth2.refresh_token")) {
			assertThat(get("/actuator/env/" + property)).contains("\"value\":\"******\"").doesNotContain(SECRETS);
		}
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class ActuatorApplication {

		@Bean
		SoundCloudAuthenticator soundCloudAuthenticator() {
			return SoundCloudAuthenticator.ANONYMOUS;
		}

		@Bean
		SecurityFilterChain openActuator(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

}
