package io.github.scapi.soundcloud.weblogin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's walk through sign-in with SoundCloud: the app sends the user to the
 * authorization endpoint with a PKCE S256 challenge, the fake approves and redirects back,
 * Spring Security exchanges the code (with the verifier, which the fake checks), and the
 * app's SoundCloud calls then carry the signed-in user's token.
 */
@SpringBootTest(classes = LoginApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=servlet")
class SoundCloudLoginTests {

	private static final SoundCloudFake fake = SoundCloudFake.start();

	@LocalServerPort
	private int port;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@DynamicPropertySource
	static void soundCloud(DynamicPropertyRegistry registry) {
		String registration = "spring.security.oauth2.client.registration.soundcloud.";
		String provider = "spring.security.oauth2.client.provider.soundcloud.";
		registry.add(registration + "client-id", fake::clientId);
		registry.add(registration + "client-secret", fake::clientSecret);
		registry.add(registration + "authorization-grant-type", () -> "authorization_code");
		registry.add(registration + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
		registry.add(provider + "authorization-uri", fake::authorizationUrl);
		registry.add(provider + "token-uri", () -> fake.baseUrl() + "/oauth/token");
		registry.add(provider + "user-info-uri", () -> fake.baseUrl() + "/me");
		registry.add(provider + "user-name-attribute", () -> "urn");
		registry.add("soundcloud.api.base-url", fake::baseUrl);
		registry.add("soundcloud.auth.oauth2.registration-id", () -> "soundcloud");
	}

	@AfterAll
	static void stopFake() {
		fake.stop();
	}

	@Test
	void signsInWithPkceAndCallsSoundCloudAsTheUser() throws Exception {
		HttpResponse<String> start = get("http://localhost:" + this.port + "/profile");
		assertThat(start.statusCode()).isEqualTo(302);
		HttpResponse<String> authorization = get(location(start));
		assertThat(authorization.statusCode()).isEqualTo(302);
		URI toSoundCloud = URI.create(location(authorization));
		var query = UriComponentsBuilder.fromUri(toSoundCloud).build().getQueryParams();
		assertThat(toSoundCloud.toString()).startsWith(fake.authorizationUrl());
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).isNotBlank();
		assertThat(query.getFirst("client_id")).isEqualTo(fake.clientId());

		HttpResponse<String> approved = get(toSoundCloud.toString());
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(location(approved)).startsWith("http://localhost:" + this.port + "/login/oauth2/code/soundcloud?code=");
		HttpResponse<String> signedIn = get(location(approved));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);

		HttpResponse<String> profile = get("http://localhost:" + this.port + "/profile");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).isEqualTo("signed in as " + fake.dataset().me().username());
		assertThat(fake.tokenRequestCount("authorization_code")).isEqualTo(1);
		assertThat(fake.tokenRequestCount("client_credentials")).isZero();
		assertThat(fake.requests()).filteredOn((request) -> request.path().equals("/me"))
			.hasSize(2)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("OAuth "));
	}

	@Test
	void servesPublicPagesWithoutSignIn() throws Exception {
		HttpResponse<String> response = get("http://localhost:" + this.port + "/public");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("hello");
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		return location.startsWith("/") ? "http://localhost" + location : location;
	}

}
