package io.github.scapi.soundcloud.auth.oauth2;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.model.Track;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.util.LinkedMultiValueMap;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of a walk carries the token of the user who started it: two signed-in users
 * walk many pages at once, with pages fetched ahead on other threads or not, and each goes
 * on walking after its "web request" (its security context) has ended. The server checks
 * the token of every page.
 */
class CallerCredentialsTests {

	private static final int PAGES = 12;

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final Authentication headless = UsernamePasswordAuthenticationToken.authenticated(
			"soundcloud-spring-boot-starter", null, List.of());

	@BeforeAll
	static void start() {
		server.start();
		for (String user : List.of("1", "2")) {
			String path = "/users/soundcloud:users:" + user + "/tracks";
			server.stubFor(get(urlPathMatching(path)).willReturn(okJson(page(path, user, 1))));
			for (int page = 1; page < PAGES; page++) {
				server.stubFor(get(urlPathMatching(path)).withQueryParam("cursor", equalTo(Integer.toString(page)))
					.willReturn(okJson(page(path, user, page + 1))));
			}
		}
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetRequests();
	}

	private static String page(String path, String user, int next) {
		String nextHref = (next < PAGES) ? ",\"next_href\":\"" + server.baseUrl() + path + "?cursor=" + next + "\"" : "";
		return "{\"collection\":[{\"urn\":\"soundcloud:tracks:" + user + "0" + next + "\"},{\"urn\":\"soundcloud:tracks:"
				+ user + "1" + next + "\"}]" + nextHref + "}";
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void everyPageOfAWalkCarriesTheTokenOfTheUserWhoStartedIt(boolean prefetch) throws Exception {
		ClientRegistration registration = ClientRegistration.withRegistrationId("soundcloud")
			.clientId("id")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login")
			.authorizationUri("http://localhost/authorize")
			.tokenUri(server.baseUrl() + "/oauth/token")
			.build();
		InMemoryOAuth2AuthorizedClientService store = new InMemoryOAuth2AuthorizedClientService(
				new InMemoryClientRegistrationRepository(registration));
		Authentication ann = user("ann");
		Authentication bob = user("bob");
		for (Authentication user : List.of(ann, bob, this.headless)) {
			store.saveAuthorizedClient(new OAuth2AuthorizedClient(registration, user.getName(),
					new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token-" + user.getName(), Instant.now(),
							Instant.now().plusSeconds(3600))),
					user);
		}
		// as the auto-configuration reads it: the signed-in user, else the headless principal
		Supplier<Authentication> principal = () -> {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			return (current != null) ? current : this.headless;
		};
		OAuth2Authenticator authenticator = new OAuth2Authenticator((request) -> {
			throw new AssertionError("every token is in the store");
		}, store, "soundcloud", principal);
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(server.baseUrl())
			.authenticator(authenticator)
			.pageSize(2)
			.prefetch(prefetch)
			.build();
		ExecutorService webThreads = Executors.newFixedThreadPool(2);
		try {
			Future<Long> annWalk = webThreads.submit(walk(connector, ann, "1"));
			Future<Long> bobWalk = webThreads.submit(walk(connector, bob, "2"));
			assertThat(annWalk.get(30, TimeUnit.SECONDS)).isEqualTo(2L * PAGES);
			assertThat(bobWalk.get(30, TimeUnit.SECONDS)).isEqualTo(2L * PAGES);
		}
		finally {
			webThreads.shutdownNow();
		}
		List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(2 * PAGES);
		assertThat(requests).allSatisfy((request) -> assertThat(request.getHeader("Authorization")).as(request.getUrl())
			.isEqualTo(request.getUrl().contains("soundcloud:users:1/") ? "OAuth token-ann" : "OAuth token-bob"));
	}

	/**
	 * A web request's thread starts a walk as its user, and its security context ends (as
	 * when the request completes) before the walk is read.
	 */
	private static Callable<Long> walk(SoundCloudConnector connector, Authentication user, String userId) {
		return () -> {
			SecurityContextHolder.setContext(new SecurityContextImpl(user));
			Stream<Track> tracks;
			long count;
			try {
				tracks = connector.stream("/users/{user_urn}/tracks", Map.of("user_urn", "soundcloud:users:" + userId),
						new LinkedMultiValueMap<>(), Track.class);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
			try (tracks) {
				count = tracks.count();
			}
			return count;
		};
	}

	private static Authentication user(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(name, null, List.of());
	}

}
