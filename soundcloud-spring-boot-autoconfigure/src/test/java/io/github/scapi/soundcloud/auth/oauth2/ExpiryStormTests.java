package io.github.scapi.soundcloud.auth.oauth2;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import io.github.scapi.soundcloud.TestRegistrations;
import io.github.scapi.soundcloud.jdbc.JdbcTokenStore;
import io.github.scapi.soundcloud.jdbc.SoundCloudJdbcSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expiry storms in one JVM, many times over: 4 instances, each a {@link JdbcTokenStore} with
 * a pool of its own on one PostgreSQL, 16 threads each making 5 calls, see their client
 * credentials token rejected at once, as in {@code ManyInstancesTests} but without 4 JVMs,
 * so that a race that shows once in many storms shows here. Every call that gets a 401 is
 * renewed and sent again, as the connector does; the retry must carry an accepted token,
 * and each storm costs one token across the instances.
 * <p>
 * A read of the database that overlapped the renewal's removal left a copy of the rejected
 * token behind, which the retry then sent (see {@code LocalCopyRaceTests} for the forced
 * interleavings). Before the fix, 3 runs of this test on a loaded 2-core machine each
 * failed, at storms 24, 10 and 10; after it, 750 storms passed. {@code -Dstorms=N} runs
 * more than the 40 of a build.
 *
 * @author scapi contributors
 */
class ExpiryStormTests {

	private static final int INSTANCES = 4;

	private static final int THREADS = 16;

	private static final int CALLS = 5;

	private static final int STORMS = Integer.getInteger("storms", 40);

	private static final ClientRegistration REGISTRATION = TestRegistrations.CLIENT_CREDENTIALS;

	private static final Authentication PRINCIPAL = UsernamePasswordAuthenticationToken
		.unauthenticated("soundcloud-spring-boot-starter", null);

	/** What the API accepts: the token issued last, until the storm expires it. */
	private final Set<String> accepted = ConcurrentHashMap.newKeySet();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final AtomicLong retriesWithARejectedToken = new AtomicLong();

	private final AtomicLong notRenewed = new AtomicLong();

	@Test
	void everyRetryAfterAnExpiryStormCarriesAnAcceptedTokenAndEachStormCostsOneToken() throws Exception {
		List<HikariDataSource> pools = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(INSTANCES * THREADS);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			SoundCloudJdbcSchema.create(postgres.getPostgresDatabase(), true, false);
			List<OAuth2Tokens> instances = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				HikariDataSource pool = new HikariDataSource();
				pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
				pool.setMaximumPoolSize(10);
				pools.add(pool);
				instances.add(instance(pool));
			}
			// the start storm: no token yet
			storm(instances, threads);
			assertThat(this.tokenRequests).hasValue(1);
			for (int storm = 1; storm <= STORMS; storm++) {
				this.accepted.clear();
				storm(instances, threads);
				assertThat(this.retriesWithARejectedToken).as("retries with a rejected token after storm " + storm)
					.hasValue(0);
				assertThat(this.tokenRequests).as("token requests after storm " + storm).hasValue(storm + 1);
			}
			assertThat(this.notRenewed).hasValue(0);
		}
		finally {
			threads.shutdownNow();
			pools.forEach(HikariDataSource::close);
		}
	}

	private OAuth2Tokens instance(HikariDataSource pool) {
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(REGISTRATION);
		JdbcTokenStore store = new JdbcTokenStore(pool, registrations);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, store);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((grant) -> grant.accessTokenResponseClient((request) -> {
				String token = "token-" + this.tokenRequests.incrementAndGet();
				this.accepted.add(token);
				return OAuth2AccessTokenResponse.withToken(token)
					.tokenType(OAuth2AccessToken.TokenType.BEARER)
					.expiresIn(3600)
					.build();
			}))
			.build());
		// 90 s ahead: storms come seconds apart here, and a token obtained by a renewal less
		// than a minute ago is not renewed again (by design); this test is about the retry
		return new OAuth2Tokens(manager, store, "soundcloud", Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90)));
	}

	/**
	 * Every thread of every instance makes its calls at once; a call rejected with a 401
	 * renews and is sent again once, as the connector does.
	 */
	private void storm(List<OAuth2Tokens> instances, ExecutorService threads) throws Exception {
		CyclicBarrier start = new CyclicBarrier(INSTANCES * THREADS);
		List<Future<?>> calls = new ArrayList<>();
		for (OAuth2Tokens instance : instances) {
			for (int i = 0; i < THREADS; i++) {
				calls.add(threads.submit(() -> {
					start.await();
					for (int call = 0; call < CALLS; call++) {
						MockClientHttpRequest request = request();
						instance.authenticate(request, PRINCIPAL);
						if (this.accepted.contains(sentToken(request))) {
							continue;
						}
						if (!instance.renew(request, PRINCIPAL)) {
							this.notRenewed.incrementAndGet();
							continue;
						}
						MockClientHttpRequest retry = request();
						instance.authenticate(retry, PRINCIPAL);
						if (!this.accepted.contains(sentToken(retry))) {
							this.retriesWithARejectedToken.incrementAndGet();
						}
					}
					return null;
				}));
			}
		}
		for (Future<?> call : calls) {
			call.get(2, TimeUnit.MINUTES);
		}
	}

	private static MockClientHttpRequest request() {
		return new MockClientHttpRequest(HttpMethod.GET, URI.create("https://api.soundcloud.com/tracks/1"));
	}

	private static String sentToken(MockClientHttpRequest request) {
		return request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION).substring("OAuth ".length());
	}

}
