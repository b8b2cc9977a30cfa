package io.github.scapi.soundcloud.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.TestRegistrations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link JdbcTokenStore} on a real PostgreSQL: UTC timestamps whatever the JVM's zone, first
 * saves that race, the local copy (fewer reads, and calls that go on while the database is
 * down), and a lock whose wait is bounded.
 *
 * @author scapi contributors
 */
class JdbcTokenStoreTests {

	private static final ClientRegistration REGISTRATION = TestRegistrations.CLIENT_CREDENTIALS;

	private static final InMemoryClientRegistrationRepository REGISTRATIONS = new InMemoryClientRegistrationRepository(
			REGISTRATION);

	private static final Authentication PRINCIPAL = UsernamePasswordAuthenticationToken.unauthenticated("headless",
			null);

	@BeforeEach
	void clear() {
		Databases.clear();
	}

	@Test
	void timestampsAreUtcWhateverTheJvmsTimeZone() {
		Instant issued = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Instant expires = issued.plus(Duration.ofHours(1));
		TimeZone zone = TimeZone.getDefault();
		try {
			TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
			new JdbcTokenStore(Databases.postgres(), REGISTRATIONS).saveAuthorizedClient(client("a", issued, expires),
					PRINCIPAL);
			TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
			OAuth2AuthorizedClient read = new JdbcTokenStore(Databases.postgres(), REGISTRATIONS)
				.loadAuthorizedClient("soundcloud", "headless");
			assertThat(read.getAccessToken().getIssuedAt()).isEqualTo(issued);
			assertThat(read.getAccessToken().getExpiresAt()).isEqualTo(expires);
			// Spring Security's own mapping takes the UTC wall-clock time for Los Angeles time
			// (spring-security#8539)
			OAuth2AuthorizedClient stock = new JdbcOAuth2AuthorizedClientService(new JdbcTemplate(Databases.postgres()),
					REGISTRATIONS).loadAuthorizedClient("soundcloud", "headless");
			assertThat(Duration.between(expires, stock.getAccessToken().getExpiresAt()).abs())
				.isGreaterThanOrEqualTo(Duration.ofHours(7));
		}
		finally {
			TimeZone.setDefault(zone);
		}
		String column = new JdbcTemplate(Databases.postgres()).queryForObject(
				"SELECT to_char(access_token_expires_at, 'YYYY-MM-DD\"T\"HH24:MI:SS') FROM oauth2_authorized_client",
				String.class);
		assertThat(column + "Z").isEqualTo(expires.toString());
	}

	@Test
	void aTokenSavedInsideTheApplicationsTransactionSurvivesItsRollback() {
		// a batch chunk or a @Transactional method that obtained a token, then failed: the token
		// (a rotated refresh token, say) must stay saved, or the spent one would be used next
		// one DataSource for the application and the store, as in an application
		DataSource application = Databases.postgres();
		JdbcTokenStore store = new JdbcTokenStore(application, REGISTRATIONS);
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(application));
		assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult((status) -> {
			new JdbcTemplate(application).execute("SELECT 1");
			store.saveAuthorizedClient(client("rotated", Instant.now(), Instant.now().plusSeconds(3600)), PRINCIPAL);
			throw new IllegalStateException("the chunk failed");
		}));
		assertThat(new JdbcTokenStore(Databases.postgres(), REGISTRATIONS)
			.<OAuth2AuthorizedClient>loadAuthorizedClient("soundcloud", "headless")
			.getAccessToken()
			.getTokenValue()).isEqualTo("rotated");
	}

	@Test
	void firstSavesThatRaceNeverFail() throws Exception {
		JdbcTokenStore store = new JdbcTokenStore(Databases.postgres(), REGISTRATIONS);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 10; round++) {
				new JdbcTemplate(Databases.postgres()).update("DELETE FROM oauth2_authorized_client");
				CyclicBarrier start = new CyclicBarrier(8);
				List<Future<?>> saves = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					String value = "token-" + round + "-" + i;
					saves.add(threads.submit(() -> {
						start.await();
						store.saveAuthorizedClient(client(value, Instant.now(), Instant.now().plusSeconds(3600)),
								PRINCIPAL);
						return null;
					}));
				}
				for (Future<?> save : saves) {
					save.get(30, TimeUnit.SECONDS);
				}
				assertThat(new JdbcTemplate(Databases.postgres())
					.queryForObject("SELECT count(*) FROM oauth2_authorized_client", Long.class)).isOne();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void aLocalCopySparesReadsAndKeepsAValidTokenInUseWhileTheDatabaseIsDown() {
		Databases.Switchable database = new Databases.Switchable(Databases.postgres());
		JdbcTokenStore store = new JdbcTokenStore(database, REGISTRATIONS);
		store.saveAuthorizedClient(client("valid", Instant.now(), Instant.now().plusSeconds(3600)), PRINCIPAL);
		long connections = database.connections.get();
		for (int i = 0; i < 100; i++) {
			assertThat(store.loadAuthorizedClient("soundcloud", "headless").getAccessToken().getTokenValue())
				.isEqualTo("valid");
		}
		assertThat(database.connections.get()).isEqualTo(connections);
		// past the copy's lifetime the database is read; when it is down, the valid copy is used
		store.setLocalCopyLifetime(Duration.ZERO);
		database.down.set(true);
		assertThat(store.loadAuthorizedClient("soundcloud", "headless").getAccessToken().getTokenValue())
			.isEqualTo("valid");
		database.down.set(false);
		// an expired copy is not
		store.saveAuthorizedClient(client("expired", Instant.now().minusSeconds(7200), Instant.now().minusSeconds(3600)),
				PRINCIPAL);
		database.down.set(true);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> store.loadAuthorizedClient("soundcloud", "headless"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> store.coordinate("soundcloud", "headless", () -> "never runs"));
	}

	@Test
	void coordinateReadsWhatAnotherInstanceSavedAndWaitsForTheLockForABoundedTime() throws Exception {
		// the holder's timeout also bounds how long it may sit idle holding the lock: longer here
		JdbcTokenStore first = new JdbcTokenStore(Databases.postgres(), REGISTRATIONS, Duration.ofSeconds(20));
		JdbcTokenStore second = new JdbcTokenStore(Databases.postgres(), REGISTRATIONS, Duration.ofMillis(500));
		second.saveAuthorizedClient(client("old", Instant.now(), Instant.now().plusSeconds(3600)), PRINCIPAL);
		first.saveAuthorizedClient(client("new", Instant.now(), Instant.now().plusSeconds(3600)), PRINCIPAL);
		assertThat(second.loadAuthorizedClient("soundcloud", "headless").getAccessToken().getTokenValue())
			.as("the local copy, within its lifetime").isEqualTo("old");
		assertThat(second.coordinate("soundcloud", "headless",
				() -> second.loadAuthorizedClient("soundcloud", "headless").getAccessToken().getTokenValue()))
			.isEqualTo("new");
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> first.coordinate("soundcloud", "headless", () -> {
			holding.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		}));
		holder.start();
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		long start = System.nanoTime();
		assertThatExceptionOfType(PessimisticLockingFailureException.class)
			.isThrownBy(() -> second.coordinate("soundcloud", "headless", () -> "never runs"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(5));
		// another principal's lock is another lock
		assertThat(second.coordinate("soundcloud", "someone-else", () -> "ran")).isEqualTo("ran");
		release.countDown();
		holder.join(10_000);
		assertThat(second.coordinate("soundcloud", "headless", () -> "ran")).isEqualTo("ran");
	}

	private static OAuth2AuthorizedClient client(String value, Instant issued, Instant expires) {
		return new OAuth2AuthorizedClient(REGISTRATION, "headless",
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, issued, expires),
				new OAuth2RefreshToken("refresh-" + value, issued));
	}

}
