package io.github.scapi.soundcloud.jdbc;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.auth.oauth2.SharedAuthorizedClientService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.JdbcOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.util.Assert;

/**
 * OAuth 2.1 tokens that every instance of an application shares through PostgreSQL: Spring
 * Security's {@link JdbcOAuth2AuthorizedClientService} and its schema
 * ({@code oauth2-client-schema-postgres.sql}), with what running many instances needs on top:
 * <ul>
 * <li>{@link #coordinate} holds a PostgreSQL advisory lock per client and principal, so that
 * one instance at a time asks the token endpoint and the others find its token;</li>
 * <li>timestamps are written and read in UTC, whatever the JVM's time zone;</li>
 * <li>a first save that races another instance's becomes an update instead of failing with
 * a duplicate key;</li>
 * <li>a local copy of each token, trusted for {@linkplain #setLocalCopyLifetime a short
 * while}, spares the database a read per API call, and keeps a valid token in use while
 * the database cannot be reached;</li>
 * <li>every token obtained is logged at INFO with the instance's id (never the token), and
 * may be refused by a shared {@linkplain JdbcRateLimiter token budget}.</li>
 * </ul>
 *
 * @author scapi contributors
 */
public class JdbcTokenStore implements SharedAuthorizedClientService {

	private static final Log logger = LogFactory.getLog(JdbcTokenStore.class);

	private static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(45);

	private final JdbcTemplate jdbc;

	private final JdbcOAuth2AuthorizedClientService delegate;

	private final AdvisoryLock lock;

	private final Map<Key, LocalCopy> copies = new ConcurrentHashMap<>();

	private final AtomicLong tokensObtained = new AtomicLong();

	private final AtomicBoolean databaseDown = new AtomicBoolean();

	/**
	 * Counts writes once they are done, so that a read that overlapped one does not replace
	 * its copy; a write then replaces or removes the copy itself.
	 */
	private final AtomicLong writes = new AtomicLong();

	/** Set while {@link #coordinate} runs work: its reads go to the database. */
	private final ThreadLocal<Boolean> coordinating = ThreadLocal.withInitial(() -> Boolean.FALSE);

	private volatile Duration localCopyLifetime = Duration.ofSeconds(30);

	private volatile String instanceId = defaultInstanceId();

	private volatile @Nullable JdbcRateLimiter rateLimiter;

	private volatile Clock clock = Clock.systemUTC();

	/**
	 * Create a store with a lock timeout of 45 seconds, the default of
	 * {@code soundcloud.jdbc.lock-timeout}: above a token request's 10 second connect and 30
	 * second read timeouts, the starter's defaults. Give a longer one to
	 * {@link #JdbcTokenStore(DataSource, ClientRegistrationRepository, Duration)} if the
	 * token requests' transport waits longer.
	 * @param dataSource the application's PostgreSQL database, with Spring Security's
	 * {@code oauth2_authorized_client} table
	 * @param registrations the client registrations that stored tokens belong to
	 */
	public JdbcTokenStore(DataSource dataSource, ClientRegistrationRepository registrations) {
		this(dataSource, registrations, DEFAULT_LOCK_TIMEOUT);
	}

	/**
	 * Create a store.
	 * @param dataSource the application's PostgreSQL database, with Spring Security's
	 * {@code oauth2_authorized_client} table
	 * @param registrations the client registrations that stored tokens belong to
	 * @param lockTimeout how long an instance waits for another one's token request, and how
	 * long a holder of the lock that stopped responding can keep it
	 */
	public JdbcTokenStore(DataSource dataSource, ClientRegistrationRepository registrations, Duration lockTimeout) {
		Assert.notNull(dataSource, "'dataSource' must not be null");
		Assert.notNull(registrations, "'registrations' must not be null");
		Assert.notNull(lockTimeout, "'lockTimeout' must not be null");
		// never the application's transaction: a rotated refresh token must be saved even when
		// the caller's transaction (a batch chunk, say) rolls back, or the spent one stays
		this.jdbc = new JdbcTemplate(new DelegatingDataSource(dataSource));
		this.delegate = new JdbcOAuth2AuthorizedClientService(this.jdbc, registrations);
		this.delegate.setAuthorizedClientRowMapper(UtcColumns.rowMapper(registrations));
		this.delegate.setAuthorizedClientParametersMapper(UtcColumns.parametersMapper());
		this.lock = new AdvisoryLock(dataSource, lockTimeout);
	}

	/**
	 * Set how long a token read from the database is used without reading it again (30
	 * seconds by default). Another instance's renewal is seen after at most this long, or
	 * at once when the API answers 401; {@link Duration#ZERO} reads the database on every
	 * call.
	 * @param localCopyLifetime the lifetime of a local copy
	 */
	public void setLocalCopyLifetime(Duration localCopyLifetime) {
		Assert.isTrue(localCopyLifetime != null && !localCopyLifetime.isNegative(),
				"'localCopyLifetime' must not be negative");
		this.localCopyLifetime = localCopyLifetime;
	}

	/**
	 * Set the id this instance is logged and measured with (the process id and host name by
	 * default).
	 * @param instanceId the instance id
	 */
	public void setInstanceId(String instanceId) {
		Assert.hasText(instanceId, "'instanceId' must not be empty");
		this.instanceId = instanceId;
	}

	/**
	 * Set the shared rate limiter that counts client-credentials tokens against
	 * SoundCloud's per-app limit, and refuses a token request when its budget is used up.
	 * @param rateLimiter the rate limiter, or {@code null} for none
	 */
	public void setRateLimiter(@Nullable JdbcRateLimiter rateLimiter) {
		this.rateLimiter = rateLimiter;
	}

	void setClock(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Return the id this instance is logged and measured with.
	 * @return the instance id
	 */
	public String getInstanceId() {
		return this.instanceId;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
			String principalName) {
		Key key = new Key(clientRegistrationId, principalName);
		LocalCopy copy = this.copies.get(key);
		Instant now = this.clock.instant();
		if (copy != null && copy.isFresh(now, this.localCopyLifetime) && !this.coordinating.get()) {
			return (T) copy.client();
		}
		long seen = this.writes.get();
		OAuth2AuthorizedClient client;
		try {
			client = this.delegate.loadAuthorizedClient(clientRegistrationId, principalName);
		}
		catch (DataAccessException ex) {
			if (copy != null && copy.isValid(now)) {
				if (this.databaseDown.compareAndSet(false, true)) {
					logger.warn("The shared token store cannot be read (" + ex.getClass().getSimpleName()
							+ "); instance " + this.instanceId + " goes on with its local copy of the token until it "
							+ "expires");
				}
				return (T) copy.client();
			}
			throw ex;
		}
		if (this.databaseDown.compareAndSet(true, false)) {
			logger.info("The shared token store can be read again");
		}
		// a save or renewal that happened while this read was under way is newer: keep its copy
		OAuth2AuthorizedClient read = client;
		this.copies.compute(key, (k, existing) -> (this.writes.get() != seen) ? existing
				: (read != null) ? new LocalCopy(read, now) : null);
		return (T) client;
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal) {
		try {
			this.delegate.saveAuthorizedClient(authorizedClient, principal);
		}
		catch (DuplicateKeyException ex) {
			// another instance inserted the first row between Spring Security's UPDATE (no row)
			// and its INSERT; saving again updates that row, and the later token wins
			this.delegate.saveAuthorizedClient(authorizedClient, principal);
		}
		finally {
			// counted once the row is written, not before: a read that started during the
			// write may have found the old row, and must not make a copy of it
			this.writes.incrementAndGet();
		}
		LocalCopy saved = new LocalCopy(authorizedClient, this.clock.instant());
		this.copies.compute(new Key(authorizedClient.getClientRegistration().getRegistrationId(), principal.getName()),
				(k, existing) -> saved);
	}

	@Override
	public void removeAuthorizedClient(String clientRegistrationId, String principalName) {
		Key key = new Key(clientRegistrationId, principalName);
		this.copies.remove(key);
		try {
			this.delegate.removeAuthorizedClient(clientRegistrationId, principalName);
		}
		finally {
			// counted and removed again after the DELETE: a read that found the row while it ran
			// must neither keep the copy it made nor make one later (a token removed after a 401
			// would be sent again, and rejected again with no renewal left)
			this.writes.incrementAndGet();
			this.copies.remove(key);
		}
	}

	@Override
	public <T> T coordinate(String clientRegistrationId, String principalName, Supplier<T> work) {
		Key key = new Key(clientRegistrationId, principalName);
		return this.lock.run("soundcloud-oauth2:" + clientRegistrationId + ":" + principalName, (connection) -> {
			// whoever held the lock before may have saved a new token: read it from the database
			this.writes.incrementAndGet();
			this.copies.remove(key);
			this.coordinating.set(Boolean.TRUE);
			try {
				return work.get();
			}
			finally {
				this.coordinating.remove();
			}
		});
	}

	@Override
	public void beforeTokenRequest(ClientRegistration registration, AuthorizationGrantType grantType) {
		JdbcRateLimiter limiter = this.rateLimiter;
		if (limiter != null && AuthorizationGrantType.CLIENT_CREDENTIALS.equals(grantType)) {
			limiter.beforeTokenRequest(URI.create(registration.getProviderDetails().getTokenUri()));
		}
	}

	@Override
	public void tokenObtained(ClientRegistration registration, AuthorizationGrantType grantType) {
		this.tokensObtained.incrementAndGet();
		logger.info("Instance " + this.instanceId + " obtained an OAuth 2.1 access token for registration '"
				+ registration.getRegistrationId() + "' (grant " + grantType.getValue() + ")");
		JdbcRateLimiter limiter = this.rateLimiter;
		if (limiter != null && AuthorizationGrantType.CLIENT_CREDENTIALS.equals(grantType)) {
			limiter.tokenObtained();
		}
	}

	/**
	 * Return how many tokens this instance obtained from the token endpoint.
	 * @return the number of tokens obtained by this instance
	 */
	public long getTokensObtained() {
		return this.tokensObtained.get();
	}

	/**
	 * Read from the database how many clients' tokens it holds (every instance's), which
	 * also tells whether the table can be read: for health checks.
	 * @return the number of stored clients
	 * @throws org.springframework.dao.DataAccessException when the database cannot be read
	 */
	public long countStoredClients() {
		Long count = this.jdbc.queryForObject("SELECT count(*) FROM oauth2_authorized_client", Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * Return how often this instance took the shared lock.
	 * @return the number of lock acquisitions
	 */
	public long getLockAcquisitions() {
		return this.lock.acquisitions();
	}

	/**
	 * Return how long this instance waited for the shared lock in all, in seconds.
	 * @return the total wait
	 */
	public double getLockWaitSeconds() {
		return this.lock.waitSeconds();
	}

	private static String defaultInstanceId() {
		// "pid@host" on the JVMs this runs on
		return ManagementFactory.getRuntimeMXBean().getName();
	}

	@Override
	public String toString() {
		return "JdbcTokenStore[instance=" + this.instanceId + "]";
	}

	private record Key(String registrationId, String principalName) {
	}

	private record LocalCopy(OAuth2AuthorizedClient client, Instant readAt) {

		boolean isFresh(Instant now, Duration lifetime) {
			return now.isBefore(this.readAt.plus(lifetime)) && isValid(now);
		}

		boolean isValid(Instant now) {
			Instant expiresAt = this.client.getAccessToken().getExpiresAt();
			return expiresAt == null || now.isBefore(expiresAt);
		}

	}

}
