package io.github.scapi.soundcloud.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Authenticator;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Credentials;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Flow;
import io.github.scapi.soundcloud.auth.oauth1.RequestToken;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.SoundCloudUserRepository;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.SoundCloudFakeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth 1.0a end to end against the fake, which checks every signature with its own
 * implementation: scapi's three-legged flow (scenario 2), signed API calls across pages,
 * and signed URLs fetched outside the client (scenario 24).
 */
class OAuth1IntegrationTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class));

	private ApplicationContextRunner consumerOnly() {
		return this.contextRunner.withPropertyValues("soundcloud.api.base-url=" + fake.get().baseUrl(),
				"soundcloud.auth.oauth1.consumer-key=" + fake.get().consumerKey(),
				"soundcloud.auth.oauth1.consumer-secret=" + fake.get().consumerSecret());
	}

	@Test
	void scenario02ThreeLeggedFlowObtainsTokensThatSignLaterCalls() {
		consumerOnly().run((context) -> {
			OAuth1Flow flow = context.getBean(OAuth1Flow.class);
			RequestToken requestToken = flow.fetchRequestToken();
			assertThat(requestToken.callbackConfirmed()).isTrue();
			URI authorization = flow.authorizationUrl(requestToken);
			assertThat(authorization.toString()).startsWith(fake.get().baseUrl() + "/oauth/authorize?oauth_token=");
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(authorization).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as("the user's authorization page").isEqualTo(200);
			String verifier = fake.get().authorizeRequestToken(requestToken.token());
			OAuth1Credentials access = flow.fetchAccessToken(requestToken, verifier);
			assertThat(access.hasToken()).isTrue();

			SoundCloudConnector connector = SoundCloudConnector.builder()
				.baseUrl(fake.get().baseUrl())
				.authenticator(new OAuth1Authenticator(access))
				.build();
			User me = new SoundCloudUserRepository(connector).findMe();
			assertThat(me.urn()).isEqualTo(fake.get().dataset().meUrn());
			assertThat(fake.get().oauth1RejectionCount()).isZero();
		});
	}

	@Test
	void signsEveryPageOfALongWalkWithAFreshNonce() {
		consumerOnly()
			.withPropertyValues("soundcloud.auth.oauth1.token=" + fake.get().oauth1AccessToken(),
					"soundcloud.auth.oauth1.token-secret=" + fake.get().oauth1AccessTokenSecret())
			.run((context) -> {
				assertThat(context.getBean(SoundCloudAuthenticator.class)).isInstanceOf(OAuth1Authenticator.class);
				TrackRepository tracks = context.getBean(TrackRepository.class);
				String user = fake.get().dataset().userWithMostTracks().urn();
				try (Stream<Track> walk = tracks.streamByUser(user)) {
					assertThat(walk.count()).isEqualTo(1000);
				}
				assertThat(context.getBean(UserRepository.class).findMe().urn()).isEqualTo(fake.get().dataset().meUrn());
				Set<String> nonces = fake.get().requests()
					.stream()
					.map(FakeRequest::oauth1Parameters)
					.map((parameters) -> parameters.get("oauth_nonce"))
					.collect(Collectors.toSet());
				assertThat(nonces).hasSize(fake.get().requests().size()).doesNotContainNull();
				assertThat(fake.get().oauth1RejectionCount()).isZero();
			});
	}

	@Test
	void scenario24SignedUrlIsAcceptedWithoutAnyHeader() throws Exception {
		OAuth1Authenticator authenticator = new OAuth1Authenticator(OAuth1Credentials
			.of(fake.get().consumerKey(), fake.get().consumerSecret())
			.withToken(fake.get().oauth1AccessToken(), fake.get().oauth1AccessTokenSecret()));
		URI signed = authenticator.signUrl(HttpMethod.GET, URI.create(fake.get().baseUrl() + "/me/tracks?limit=2&sort=asc"));
		assertThat(signed.getRawQuery()).startsWith("limit=2&sort=asc&").contains("oauth_signature=");
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(signed).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains(fake.get().dataset().meUrn());
		FakeRequest seen = fake.get().requests().get(fake.get().requests().size() - 1);
		assertThat(seen.header("Authorization")).isNull();
		assertThat(seen.queryParam("limit")).isEqualTo("2");
		assertThat(seen.queryParam("sort")).isEqualTo("asc");
	}

	@Test
	void aTamperedSignedUrlIsRejected() throws Exception {
		OAuth1Authenticator authenticator = new OAuth1Authenticator(OAuth1Credentials
			.of(fake.get().consumerKey(), fake.get().consumerSecret())
			.withToken(fake.get().oauth1AccessToken(), fake.get().oauth1AccessTokenSecret()));
		URI signed = authenticator.signUrl(HttpMethod.GET, URI.create(fake.get().baseUrl() + "/me?foo=bar"));
		URI tampered = URI.create(signed.toString().replace("foo=bar", "foo=baz"));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("invalid_signature");
	}

	@Test
	void signsEveryRedirectHopAgainAndNoneForAnotherOrigin() {
		var hop = fake.get().wireMock()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/old-me")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
					.withStatus(307)
					.withHeader("Location", fake.get().baseUrl() + "/me")));
		try {
			SoundCloudConnector connector = SoundCloudConnector.builder()
				.baseUrl(fake.get().baseUrl())
				.authenticator(new OAuth1Authenticator(OAuth1Credentials.of(fake.get().consumerKey(), fake.get().consumerSecret())
					.withToken(fake.get().oauth1AccessToken(), fake.get().oauth1AccessTokenSecret())))
				.build();
			User me = connector.get("/old-me", java.util.Map.of(), User.class);
			assertThat(me.urn()).isEqualTo(fake.get().dataset().meUrn());
			List<FakeRequest> seen = fake.get().requests();
			assertThat(seen).hasSize(2);
			// a new signature for the new URL, with a new nonce; the fake verified it
			assertThat(seen.get(1).oauth1Parameters().get("oauth_nonce"))
				.isNotEqualTo(seen.get(0).oauth1Parameters().get("oauth_nonce"));
			assertThat(fake.get().oauth1RejectionCount()).isZero();
		}
		finally {
			fake.get().wireMock().removeStub(hop);
		}
	}

}
