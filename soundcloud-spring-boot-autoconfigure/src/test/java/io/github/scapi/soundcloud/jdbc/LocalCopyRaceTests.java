package io.github.scapi.soundcloud.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.TestRegistrations;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link JdbcTokenStore}'s local copy when a read of the database overlaps a save or a
 * removal on another thread of the same instance: the read must not leave behind a copy of
 * the row as it was before the write, or the token that a renewal after a 401 has just
 * removed is sent again (and rejected again, with no renewal left), as happened in
 * {@code ManyInstancesTests}' expiry storm under load. The interleavings are forced with
 * latches in front of the database, not left to chance.
 *
 * @author scapi contributors
 */
class LocalCopyRaceTests {

	private static final ClientRegistration REGISTRATION = TestRegistrations.CLIENT_CREDENTIALS;

	private static final InMemoryClientRegistrationRepository REGISTRATIONS = new InMemoryClientRegistrationRepository(
			REGISTRATION);

	private static final Authentication PRINCIPAL = UsernamePasswordAuthenticationToken.unauthenticated("headless",
			null);

	private final Gates database = new Gates(Databases.postgres());

	private final JdbcTokenStore store = new JdbcTokenStore(this.database, REGISTRATIONS);

	private final AtomicReference<@Nullable String> read = new AtomicReference<>();

	@BeforeEach
	void clear() {
		Databases.clear();
	}

	@AfterEach
	void openEveryGate() {
		this.database.openAll();
	}

	@Test
	void aReadThatEndsWhileARemovalIsUnderWayLeavesNoCopyOfTheRemovedToken() throws Exception {
		this.store.saveAuthorizedClient(client("rejected"), PRINCIPAL);
		Thread remover = new Thread(() -> this.store.removeAuthorizedClient("soundcloud", "headless"));
		Gate deleting = this.database.beforeStatement(remover, "DELETE");
		remover.start();
		deleting.awaitReached();
		// the row is still there: this read finds it, and ends before the DELETE runs
		assertThat(tokenValue()).isEqualTo("rejected");
		deleting.open();
		remover.join(10_000);
		assertThat(tokenValue()).isNull();
	}

	@Test
	void aReadThatFoundTheRowBeforeARemovalAndEndsAfterItLeavesNoCopyOfTheRemovedToken() throws Exception {
		this.store.saveAuthorizedClient(client("rejected"), PRINCIPAL);
		Thread remover = new Thread(() -> this.store.removeAuthorizedClient("soundcloud", "headless"));
		Thread reader = new Thread(() -> this.read.set(tokenValue()));
		Gate deleting = this.database.beforeStatement(remover, "DELETE");
		Gate found = this.database.beforeClose(reader);
		remover.start();
		deleting.awaitReached();
		reader.start();
		found.awaitReached();
		deleting.open();
		remover.join(10_000);
		found.open();
		reader.join(10_000);
		assertThat(this.read.get()).isEqualTo("rejected");
		assertThat(tokenValue()).isNull();
	}

	@Test
	void aReadThatFoundTheOldRowBeforeASaveAndEndsAfterItLeavesTheSavedTokenInPlace() throws Exception {
		// saved by another instance: this one has no copy yet, and reads the database
		new JdbcTokenStore(Databases.postgres(), REGISTRATIONS).saveAuthorizedClient(client("rejected"), PRINCIPAL);
		Thread saver = new Thread(() -> this.store.saveAuthorizedClient(client("renewed"), PRINCIPAL));
		Thread reader = new Thread(() -> this.read.set(tokenValue()));
		Gate updating = this.database.beforeStatement(saver, "UPDATE");
		Gate found = this.database.beforeClose(reader);
		saver.start();
		updating.awaitReached();
		reader.start();
		found.awaitReached();
		updating.open();
		saver.join(10_000);
		found.open();
		reader.join(10_000);
		assertThat(this.read.get()).isEqualTo("rejected");
		assertThat(tokenValue()).isEqualTo("renewed");
	}

	private @Nullable String tokenValue() {
		OAuth2AuthorizedClient client = this.store.loadAuthorizedClient("soundcloud", "headless");
		return (client != null) ? client.getAccessToken().getTokenValue() : null;
	}

	private static OAuth2AuthorizedClient client(String value) {
		Instant now = Instant.now();
		return new OAuth2AuthorizedClient(REGISTRATION, "headless",
				new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now, now.plusSeconds(3600)));
	}

	/**
	 * Where one thread stops until the test lets it go on, once.
	 */
	static final class Gate {

		private final CountDownLatch reached = new CountDownLatch(1);

		private final CountDownLatch open = new CountDownLatch(1);

		private final AtomicBoolean passed = new AtomicBoolean();

		void pass() {
			if (this.passed.compareAndSet(false, true)) {
				this.reached.countDown();
				try {
					this.open.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}

		void awaitReached() throws InterruptedException {
			assertThat(this.reached.await(10, TimeUnit.SECONDS)).as("the gate was reached").isTrue();
		}

		void open() {
			this.open.countDown();
		}

	}

	/**
	 * A DataSource that stops a given thread before it prepares a statement starting with
	 * a given word, or when it closes its connection (after its query's rows were read).
	 */
	static final class Gates extends DelegatingDataSource {

		private final Map<Thread, String> statements = new ConcurrentHashMap<>();

		private final Map<Thread, Gate> gates = new ConcurrentHashMap<>();

		Gates(DataSource target) {
			super(target);
		}

		Gate beforeStatement(Thread thread, String firstWord) {
			this.statements.put(thread, firstWord);
			return gate(thread);
		}

		Gate beforeClose(Thread thread) {
			return gate(thread);
		}

		private Gate gate(Thread thread) {
			Gate gate = new Gate();
			this.gates.put(thread, gate);
			return gate;
		}

		void openAll() {
			this.gates.values().forEach(Gate::open);
		}

		@Override
		public Connection getConnection() throws SQLException {
			Connection target = super.getConnection();
			return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
					(proxy, method, args) -> {
						Thread thread = Thread.currentThread();
						Gate gate = this.gates.get(thread);
						String firstWord = this.statements.get(thread);
						if (gate != null && firstWord == null && method.getName().equals("close")) {
							gate.pass();
						}
						if (gate != null && firstWord != null && method.getName().equals("prepareStatement")
								&& ((String) args[0]).strip().toUpperCase(Locale.ROOT).startsWith(firstWord)) {
							gate.pass();
						}
						try {
							return method.invoke(target, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
