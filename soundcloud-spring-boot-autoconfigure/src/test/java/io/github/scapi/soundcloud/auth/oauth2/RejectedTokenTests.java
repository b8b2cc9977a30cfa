package io.github.scapi.soundcloud.auth.oauth2;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.TestRegistrations;
import io.github.scapi.soundcloud.model.User;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a 401 and a renewal, the request is sent again with the new token, never with the
 * one the API rejected, even when the shared store answers reads made outside its lock from
 * a local copy that still holds the rejected token ({@link SharedAuthorizedClientService}
 * allows that): otherwise an instance whose copy is older than another instance's renewal
 * would fail the call with a 401 that a valid token was at hand for.
 *
 * @author scapi contributors
 */
class RejectedTokenTests {

	private static final WireMockServer api = new WireMockServer(options().dynamicPort());

	private static final ClientRegistration REGISTRATION = TestRegistrations.CLIENT_CREDENTIALS;

	private static final Authentication PRINCIPAL = UsernamePasswordAuthenticationToken
		.unauthenticated("soundcloud-spring-boot-starter", null);

	private final Map<String, OAuth2AuthorizedClient> database = new ConcurrentHashMap<>();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	@BeforeAll
	static void start() {
		api.start();
	}

	@AfterAll
	static void stop() {
		api.stop();
	}

	@Test
	void theRequestSentAgainAfterARenewalCarriesTheNewTokenWhenTheStoresLocalCopyStillHoldsTheRejectedOne() {
		api.resetAll();
		accept("token-1");
		SoundCloudConnector first = instance();
		SoundCloudConnector second = instance();
		assertThat(me(second)).isEqualTo("ann");
		assertThat(me(first)).isEqualTo("ann");
		// token-1 expires; the first instance renews it, the second still has a copy of it
		api.resetAll();
		accept("token-2");
		api.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth token-1"))
			.willReturn(aResponse().withStatus(401)));
		assertThat(me(first)).isEqualTo("ann");
		assertThat(me(second)).isEqualTo("ann");
		assertThat(this.tokenRequests).hasValue(2);
		api.verify(2, getRequestedFor(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth token-1")));
		api.verify(2, getRequestedFor(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth token-2")));
	}

	private static void accept(String token) {
		api.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth " + token))
			.willReturn(okJson("{\"urn\":\"soundcloud:users:1\",\"username\":\"ann\"}")));
	}

	private static String me(SoundCloudConnector connector) {
		return connector.get("/me", Map.of(), User.class).username();
	}

	/** An instance of the application: its own store (sharing the database), manager and connector. */
	private SoundCloudConnector instance() {
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(REGISTRATION);
		LocalCopyStore store = new LocalCopyStore(this.database);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, store);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((grant) -> grant.accessTokenResponseClient((request) -> OAuth2AccessTokenResponse
				.withToken("token-" + this.tokenRequests.incrementAndGet())
				.tokenType(OAuth2AccessToken.TokenType.BEARER)
				.expiresIn(3600)
				.build()))
			.build());
		Supplier<Authentication> principal = () -> PRINCIPAL;
		return SoundCloudConnector.builder()
			.baseUrl(api.baseUrl())
			.authenticator(new OAuth2Authenticator(manager, store, "soundcloud", principal))
			.build();
	}

	/**
	 * A shared store that keeps a copy of what it read or wrote, and answers reads outside
	 * {@link #coordinate} from it: reads under the lock go to the database, and do not
	 * refresh the copy.
	 */
	private static final class LocalCopyStore implements SharedAuthorizedClientService {

		private final Map<String, OAuth2AuthorizedClient> database;

		private final Map<String, OAuth2AuthorizedClient> copies = new ConcurrentHashMap<>();

		private final ThreadLocal<Boolean> coordinating = ThreadLocal.withInitial(() -> Boolean.FALSE);

		LocalCopyStore(Map<String, OAuth2AuthorizedClient> database) {
			this.database = database;
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
				String principalName) {
			String key = clientRegistrationId + ":" + principalName;
			if (this.coordinating.get()) {
				return (T) this.database.get(key);
			}
			OAuth2AuthorizedClient copy = this.copies.get(key);
			if (copy == null) {
				copy = this.database.get(key);
				if (copy != null) {
					this.copies.put(key, copy);
				}
			}
			return (T) copy;
		}

		@Override
		public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
			String key = authorizedClient.getClientRegistration().getRegistrationId() + ":" + principal.getName();
			this.database.put(key, authorizedClient);
			this.copies.put(key, authorizedClient);
		}

		@Override
		public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
			String key = clientRegistrationId + ":" + principalName;
			this.database.remove(key);
			this.copies.remove(key);
		}

		@Override
		public <T> T coordinate(String clientRegistrationId, String principalName, Supplier<T> work) {
			// one JVM stands for the instances here: a monitor for the shared lock
			synchronized (LocalCopyStore.class) {
				this.coordinating.set(Boolean.TRUE);
				try {
					return work.get();
				}
				finally {
					this.coordinating.remove();
				}
			}
		}

	}

}
