package io.github.scapi.soundcloud.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.scapi.soundcloud.SoundCloudAuthenticationException;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.SoundCloudFakeExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * OAuth 2.1 through Spring Security against the fake: token caching, single-use refresh
 * tokens under concurrency, renewal after a 401, and a refresh race lost to another
 * instance that shares the token store.
 */
class OAuth2IntegrationTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class));

	private ApplicationContextRunner clientCredentials() {
		return this.contextRunner.withPropertyValues("soundcloud.api.base-url=" + fake.get().baseUrl(),
				"soundcloud.auth.oauth2.client-id=" + fake.get().clientId(),
				"soundcloud.auth.oauth2.client-secret=" + fake.get().clientSecret(),
				"soundcloud.auth.oauth2.token-uri=" + fake.get().baseUrl() + "/oauth/token");
	}

	private ApplicationContextRunner refreshToken(String refreshToken) {
		return this.contextRunner.withPropertyValues("soundcloud.api.base-url=" + fake.get().baseUrl(),
				"soundcloud.auth.oauth2.client-id=" + fake.get().clientId(),
				"soundcloud.auth.oauth2.client-secret=" + fake.get().clientSecret(),
				"soundcloud.auth.oauth2.refresh-token=" + refreshToken,
				"soundcloud.auth.oauth2.token-uri=" + fake.get().baseUrl() + "/oauth/token");
	}

	@Test
	void tenThousandRequestsUseOneClientCredentialsToken() {
		clientCredentials().run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			List<String> urns = inParallel(8, 10_000, users);
			assertThat(urns).hasSize(10_000).containsOnly(fake.get().dataset().meUrn());
			assertThat(fake.get().tokenRequestCount("client_credentials")).isEqualTo(1);
			assertThat(fake.get().requestCount("GET", "/me")).isEqualTo(10_000);
			assertThat(fake.get().requests()).filteredOn((request) -> request.path().equals("/me"))
				.allSatisfy((request) -> assertThat(request.header("Authorization")).startsWith("OAuth ")
					.doesNotStartWith("OAuth oauth_"));
		});
	}

	@Test
	void sixtyFourConcurrentCallersOnAnExpiredTokenCauseOneRefresh() {
		refreshToken(fake.get().issueRefreshToken()).run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			assertThat(inParallel(64, 64, users)).hasSize(64);
			assertThat(fake.get().tokenRequestCount("refresh_token")).isEqualTo(1);

			fake.get().expireAccessTokens();
			fake.get().resetRequests();
			assertThat(inParallel(64, 64, users)).hasSize(64);
			// every one of the 64 was rejected at most once, and the token was refreshed once
			assertThat(fake.get().tokenRequestCount("refresh_token")).isEqualTo(1);
			assertThat(fake.get().requestCount("GET", "/me")).isLessThanOrEqualTo(128);
		});
	}

	@Test
	void renewsAnExpiredClientCredentialsTokenOnceAfterA401() {
		clientCredentials().run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			users.findMe();
			fake.get().expireAccessTokens();
			fake.get().resetRequests();
			assertThat(users.findMe().urn()).isEqualTo(fake.get().dataset().meUrn());
			assertThat(fake.get().requestCount("GET", "/me")).as("the rejected request and its one retry").isEqualTo(2);
			assertThat(fake.get().tokenRequestCount("client_credentials")).isEqualTo(1);
		});
	}

	@Test
	void storesTheRotatedRefreshTokenAndNeverReusesTheOldOne() {
		refreshToken(fake.get().issueRefreshToken()).run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			for (int round = 0; round < 3; round++) {
				users.findMe();
				fake.get().expireAccessTokens();
			}
			users.findMe();
			// four refreshes, each with the token the previous one returned: a reused token
			// would have been rejected by the fake and failed the request
			assertThat(fake.get().tokenRequestCount("refresh_token")).isEqualTo(4);
		});
	}

	@Test
	void reportsARejectedRefreshTokenWithoutSendingTheRequest() {
		refreshToken("not-a-refresh-token").run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			assertThatExceptionOfType(SoundCloudAuthenticationException.class).isThrownBy(users::findMe)
				.satisfies((ex) -> {
					assertThat(ex.getApiMessages()).contains("invalid_grant");
					assertThat(ex.getMessage()).doesNotContain("not-a-refresh-token");
				});
			assertThat(fake.get().requestCount("GET", "/me")).isZero();
			// the rejected refresh token is remembered, not sent again on every call
			assertThatExceptionOfType(SoundCloudAuthenticationException.class).isThrownBy(users::findMe);
			assertThatExceptionOfType(SoundCloudAuthenticationException.class).isThrownBy(users::findMe);
			assertThat(fake.get().tokenRequestCount("refresh_token")).isEqualTo(1);
		});
	}

	@Test
	void aPersistent401DoesNotMintAClientCredentialsTokenPerCall() {
		var stub = fake.get().wireMock()
			.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/me")
				.willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(401)));
		try {
			clientCredentials().run((context) -> {
				UserRepository users = context.getBean(UserRepository.class);
				for (int i = 0; i < 5; i++) {
					assertThatExceptionOfType(io.github.scapi.soundcloud.SoundCloudUnauthorizedException.class)
						.isThrownBy(users::findMe);
				}
				// the first token, and one renewal: a brand-new token that is rejected too is not renewed
				assertThat(fake.get().tokenRequestCount("client_credentials")).isEqualTo(2);
			});
		}
		finally {
			fake.get().wireMock().removeStub(stub);
		}
	}

	@Test
	void rereadsTheSharedStoreWhenAnotherInstanceRotatedTheRefreshTokenFirst() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("soundcloud")
			.clientId(fake.get().clientId())
			.clientSecret(fake.get().clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri(fake.get().authorizationUrl())
			.tokenUri(fake.get().baseUrl() + "/oauth/token")
			.build();
		ClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		OAuth2AuthorizedClientService shared = new InMemoryOAuth2AuthorizedClientService(registrations);
		StaleOnce staleView = new StaleOnce(shared);
		ApplicationContextRunner instanceA = instance(registrations, shared);
		ApplicationContextRunner instanceB = instance(registrations, staleView);
		String refreshToken = fake.get().issueRefreshToken();
		instanceA.withPropertyValues("soundcloud.auth.oauth2.refresh-token=" + refreshToken).run((a) -> {
			// B read the store before A refreshed: it still holds the now-spent refresh token
			staleView.snapshot("soundcloud", "soundcloud-spring-boot-starter");
			a.getBean(UserRepository.class).findMe();
			instanceB.run((b) -> {
				User me = b.getBean(UserRepository.class).findMe();
				assertThat(me.urn()).isEqualTo(fake.get().dataset().meUrn());
			});
		});
		// A's refresh, and B's one attempt with the spent token; B then used A's token
		assertThat(fake.get().tokenRequestCount("refresh_token")).isEqualTo(2);
	}

	@Test
	void countsObtainedTokensAndRenewalsInTheRequestObservation() {
		List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
		io.micrometer.observation.ObservationRegistry registry = io.micrometer.observation.ObservationRegistry.create();
		registry.observationConfig().observationHandler(new io.micrometer.observation.ObservationHandler<>() {

			@Override
			public boolean supportsContext(io.micrometer.observation.Observation.Context context) {
				return true;
			}

			@Override
			public void onEvent(io.micrometer.observation.Observation.Event event,
					io.micrometer.observation.Observation.Context context) {
				events.add(context.getName() + " " + event.getName());
			}

		});
		clientCredentials().withBean(io.micrometer.observation.ObservationRegistry.class, () -> registry)
			.run((context) -> {
				UserRepository users = context.getBean(UserRepository.class);
				users.findMe();
				users.findMe();
				fake.get().expireAccessTokens();
				users.findMe();
				assertThat(events).containsExactly("soundcloud.client.requests token.obtained",
						"soundcloud.client.requests credentials.renewed", "soundcloud.client.requests token.obtained");
			});
	}

	private ApplicationContextRunner instance(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService store) {
		return this.contextRunner.withBean(ClientRegistrationRepository.class, () -> registrations)
			.withBean(OAuth2AuthorizedClientService.class, () -> store)
			.withPropertyValues("soundcloud.api.base-url=" + fake.get().baseUrl(),
					"soundcloud.auth.oauth2.registration-id=soundcloud");
	}

	private static List<String> inParallel(int threads, int calls, UserRepository users) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < calls; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return users.findMe().urn();
				}));
			}
			start.countDown();
			List<String> urns = new ArrayList<>();
			for (Future<String> result : results) {
				urns.add(result.get(60, TimeUnit.SECONDS));
			}
			return urns;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/**
	 * A view of a shared store that answers its next reads with what the store held earlier:
	 * like an instance that read the store just before another instance refreshed, and went
	 * on to refresh with the spent token. Three reads cover the authenticator's cached-token
	 * check, its read before refreshing, and the manager's own read.
	 */
	static final class StaleOnce implements OAuth2AuthorizedClientService {

		private final OAuth2AuthorizedClientService delegate;

		private @Nullable OAuth2AuthorizedClient snapshot;

		private int staleReads;

		StaleOnce(OAuth2AuthorizedClientService delegate) {
			this.delegate = delegate;
		}

		void snapshot(String registrationId, String principalName) {
			this.snapshot = this.delegate.loadAuthorizedClient(registrationId, principalName);
			this.staleReads = 3;
			assertThat(this.snapshot).isNotNull();
		}

		@Override
		@SuppressWarnings("unchecked")
		public synchronized <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId,
				String principalName) {
			if (this.snapshot != null && this.staleReads-- > 0) {
				return (T) this.snapshot;
			}
			return this.delegate.loadAuthorizedClient(registrationId, principalName);
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
			this.delegate.saveAuthorizedClient(authorizedClient, principal);
		}

		@Override
		public void removeAuthorizedClient(String registrationId, String principalName) {
			this.delegate.removeAuthorizedClient(registrationId, principalName);
		}

	}

}
