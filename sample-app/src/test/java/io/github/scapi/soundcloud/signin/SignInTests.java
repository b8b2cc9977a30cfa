package io.github.scapi.soundcloud.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser signs in to an application configured with nothing but the registration's
 * client id and secret and {@code oauth2Login(withDefaults())}: the authorization request
 * carries a PKCE S256 challenge to the fake's authorization endpoint, the code is exchanged
 * with its verifier (the fake checks it), {@code /me} is read with the {@code OAuth}
 * scheme, and the application then walks the user's tracks over several pages with the
 * token issued to that user.
 */
@SpringBootTest(classes = SignInApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.main.web-application-type=servlet",
				"spring.security.oauth2.client.registration.soundcloud.client-id=fake-client-id",
				"spring.security.oauth2.client.registration.soundcloud.client-secret=fake-client-secret",
				"spring.security.oauth2.client.registration.github.client-id=github-client",
				"spring.security.oauth2.client.registration.github.client-secret=github-secret",
				"soundcloud.api.page-size=10" })
@AutoConfigureSoundCloudFake(credentials = AutoConfigureSoundCloudFake.Credentials.CONFIGURED)
class SignInTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SoundCloudFake fake;

	@Autowired
	private ClientRegistrationRepository registrations;

	@Autowired
	private OAuth2ClientProperties properties;

	private final HttpClient browser = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void signsInWithPkceAndWalksTheUsersTracksWithTheirToken() throws Exception {
		HttpResponse<String> start = get(app("/my-tracks"));
		assertThat(start.statusCode()).isEqualTo(302);
		HttpResponse<String> login = get(location(start));
		// two registrations: Spring Security shows a page of links; the browser picks SoundCloud
		assertThat(login.body()).contains("/oauth2/authorization/soundcloud");
		HttpResponse<String> authorization = get(app("/oauth2/authorization/soundcloud"));
		assertThat(authorization.statusCode()).isEqualTo(302);
		URI toSoundCloud = URI.create(location(authorization));
		var query = UriComponentsBuilder.fromUri(toSoundCloud).build().getQueryParams();
		assertThat(toSoundCloud.toString()).startsWith(this.fake.authorizationUrl());
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).isNotBlank();
		assertThat(query.getFirst("client_id")).isEqualTo(this.fake.clientId());

		HttpResponse<String> approved = get(toSoundCloud.toString());
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(location(approved)).startsWith(app("/login/oauth2/code/soundcloud?code="));
		HttpResponse<String> signedIn = get(location(approved));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);

		HttpResponse<String> tracks = get(app("/my-tracks"));
		assertThat(tracks.statusCode()).isEqualTo(200);
		assertThat(tracks.body()).isEqualTo(this.fake.dataset().me().trackCount() + " tracks");

		assertThat(this.fake.tokenRequestCount("authorization_code")).isEqualTo(1);
		assertThat(this.fake.tokenRequestCount("client_credentials")).isZero();
		FakeRequest userInfo = this.fake.requests()
			.stream()
			.filter((request) -> request.path().equals("/me"))
			.findFirst()
			.orElseThrow();
		String usersToken = userInfo.header("Authorization");
		assertThat(usersToken).startsWith("OAuth ").isNotEqualTo("OAuth " + this.fake.accessToken());
		assertThat(this.fake.requests()).filteredOn((request) -> request.path().equals("/me/tracks"))
			.hasSizeGreaterThanOrEqualTo(3)
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isEqualTo(usersToken));
	}

	@Test
	void leavesOtherRegistrationsAsBootMakesThem() {
		ClientRegistration github = this.registrations.findByRegistrationId("github");
		assertThat(github.getProviderDetails().getAuthorizationUri()).startsWith("https://github.com/");
		OAuth2ClientProperties githubOnly = new OAuth2ClientProperties();
		githubOnly.getRegistration().put("github", this.properties.getRegistration().get("github"));
		assertThat(github).usingRecursiveComparison()
			.isEqualTo(new OAuth2ClientPropertiesMapper(githubOnly).asClientRegistrations().get("github"));
		ClientRegistration soundCloud = this.registrations.findByRegistrationId("soundcloud");
		assertThat(soundCloud.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(soundCloud.getProviderDetails().getUserInfoEndpoint().getUri()).isEqualTo(this.fake.baseUrl() + "/me");
		assertThat(soundCloud.getProviderDetails().getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("urn");
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
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
