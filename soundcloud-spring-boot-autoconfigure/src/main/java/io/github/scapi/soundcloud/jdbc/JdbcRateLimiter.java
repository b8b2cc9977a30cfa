package io.github.scapi.soundcloud.jdbc;

import java.net.URI;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.RateLimitedException;
import io.github.scapi.soundcloud.SoundCloudRateLimiter;
import io.github.scapi.soundcloud.SoundCloudTransportException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.util.Assert;

/**
 * SoundCloud's rate limits, shared by every instance of an application through one
 * PostgreSQL table, {@code soundcloud_rate_limit}, with a row per limit group:
 * <ul>
 * <li>a 429 whose body names a group and a reset time blocks that group until then, for
 * every instance: plays ({@link #PLAYS}) are refused before they are sent;</li>
 * <li>opt-in budgets count plays per 24 hours and client-credentials tokens per 12 hours
 * across instances; a request that would exceed one is refused before it is sent.</li>
 * </ul>
 * A refusal is a {@link RateLimitedException} with the group and the time the limit frees
 * up. Each check is one atomic statement ({@code INSERT ... ON CONFLICT DO UPDATE ... WHERE}),
 * so instances that check at once never count past a budget. Windows start with the first
 * request counted in them and are measured on the database's clock.
 * <p>
 * When the database cannot be reached, requests are allowed and counted locally, and the
 * count is added to the shared one when the database answers again; or, with
 * {@link #setRefuseWhenDatabaseUnavailable}, refused with a
 * {@link SoundCloudTransportException} before anything is sent. A 429 seen meanwhile blocks
 * this instance at once and is recorded later.
 *
 * @author scapi contributors
 */
public class JdbcRateLimiter implements SoundCloudRateLimiter {

	/** The group of SoundCloud's limit on play requests. */
	public static final String PLAYS = "plays";

	/** The group this limiter counts client-credentials tokens in. */
	public static final String TOKENS = "tokens";

	private static final Log logger = LogFactory.getLog(JdbcRateLimiter.class);

	private static final long UNLIMITED = Long.MAX_VALUE / 2;

	private static final String WINDOW_OVER = "(r.window_start IS NULL OR r.window_start + make_interval(secs => ?) <= now())";

	/** Counts {@code n} requests unless the group is blocked or the budget would be exceeded. */
	private static final String ACQUIRE_SQL = "INSERT INTO soundcloud_rate_limit AS r (limit_group, window_start, used) "
			+ "VALUES (?, now(), ?) ON CONFLICT (limit_group) DO UPDATE SET "
			+ "window_start = CASE WHEN " + WINDOW_OVER + " THEN now() ELSE r.window_start END, "
			+ "used = CASE WHEN " + WINDOW_OVER + " THEN EXCLUDED.used ELSE r.used + EXCLUDED.used END "
			+ "WHERE (r.blocked_until IS NULL OR r.blocked_until <= now()) AND (" + WINDOW_OVER
			+ " OR r.used + EXCLUDED.used <= ?) RETURNING r.used";

	private static final String ADD_SQL = "INSERT INTO soundcloud_rate_limit AS r (limit_group, window_start, used) "
			+ "VALUES (?, now(), ?) ON CONFLICT (limit_group) DO UPDATE SET "
			+ "window_start = CASE WHEN " + WINDOW_OVER + " THEN now() ELSE r.window_start END, "
			+ "used = CASE WHEN " + WINDOW_OVER + " THEN EXCLUDED.used ELSE r.used + EXCLUDED.used END";

	private static final String BLOCK_SQL = "INSERT INTO soundcloud_rate_limit AS r (limit_group, blocked_until, used) "
			+ "VALUES (?, ?, 0) ON CONFLICT (limit_group) DO UPDATE SET "
			+ "blocked_until = GREATEST(r.blocked_until, EXCLUDED.blocked_until)";

	private static final String STATE_SQL = "SELECT blocked_until, window_start + make_interval(secs => ?) AS window_end, "
			+ "used, now() AS db_now FROM soundcloud_rate_limit WHERE limit_group = ?";

	private final JdbcTemplate jdbc;

	private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

	/** Counted while the database could not be reached, not yet added to the shared count. */
	private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();

	/** 429s this instance saw; the database may not have them yet. */
	private final Map<String, Instant> localBlocks = new ConcurrentHashMap<>();

	private final Map<String, Instant> unrecordedBlocks = new ConcurrentHashMap<>();

	private final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();

	private final AtomicBoolean databaseDown = new AtomicBoolean();

	private volatile boolean refuseWhenDatabaseUnavailable;

	private volatile Clock clock = Clock.systemUTC();

	/**
	 * Create a limiter that records 429s and counts plays and tokens without budgets.
	 * @param dataSource the application's PostgreSQL database, with the
	 * {@code soundcloud_rate_limit} table
	 */
	public JdbcRateLimiter(DataSource dataSource) {
		Assert.notNull(dataSource, "'dataSource' must not be null");
		// never the application's transaction: a count or a 429 block is a fact about requests
		// already sent, which a caller's rollback must not undo (nor hold the row's lock until
		// the caller commits); each statement commits on its own
		this.jdbc = new JdbcTemplate(new DelegatingDataSource(dataSource));
		this.budgets.put(PLAYS, new Budget(UNLIMITED, Duration.ofHours(24), null));
		this.budgets.put(TOKENS, new Budget(UNLIMITED, Duration.ofHours(12), null));
	}

	/**
	 * Set how many play requests all instances together may send in 24 hours.
	 * @param playsPerDay the budget, at least 1
	 */
	public void setPlaysPerDay(long playsPerDay) {
		Assert.isTrue(playsPerDay > 0, "'playsPerDay' must be at least 1");
		this.budgets.put(PLAYS, new Budget(playsPerDay, Duration.ofHours(24), "soundcloud.rate-limit.plays-per-day"));
	}

	/**
	 * Set how many client-credentials tokens all instances together may obtain in 12
	 * hours.
	 * @param tokensPer12h the budget, at least 1
	 */
	public void setTokensPer12h(long tokensPer12h) {
		Assert.isTrue(tokensPer12h > 0, "'tokensPer12h' must be at least 1");
		this.budgets.put(TOKENS, new Budget(tokensPer12h, Duration.ofHours(12), "soundcloud.rate-limit.tokens-per-12h"));
	}

	/**
	 * Set whether requests are refused, rather than allowed and counted locally, while the
	 * database cannot be reached ({@code false} by default).
	 * @param refuse whether to refuse
	 */
	public void setRefuseWhenDatabaseUnavailable(boolean refuse) {
		this.refuseWhenDatabaseUnavailable = refuse;
	}

	void setClock(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void beforeExchange(HttpMethod method, URI uri) {
		if (PlayRequests.isPlay(uri)) {
			acquire(PLAYS, method, uri);
		}
	}

	@Override
	public void rateLimited(RateLimitedException failure) {
		Optional<String> group = failure.getGroup();
		Optional<Instant> resetTime = failure.getResetTime();
		if (group.isEmpty() || resetTime.isEmpty() || !resetTime.get().isAfter(this.clock.instant())) {
			// without both, nothing tells which requests to hold back, or for how long
			return;
		}
		this.localBlocks.merge(group.get(), resetTime.get(), (a, b) -> a.isAfter(b) ? a : b);
		try {
			block(group.get(), resetTime.get());
		}
		catch (DataAccessException ex) {
			databaseFailed(ex);
			this.unrecordedBlocks.merge(group.get(), resetTime.get(), (a, b) -> a.isAfter(b) ? a : b);
		}
	}

	/**
	 * Count a client-credentials token request against the token budget, or refuse it.
	 * @param tokenUri the token endpoint the request goes to (a plain URI, so that this class
	 * needs no Spring Security on the class path)
	 * @throws RateLimitedException when the budget is used up or SoundCloud's token limit
	 * was reached
	 */
	void beforeTokenRequest(URI tokenUri) {
		if (this.budgets.get(TOKENS).property() != null) {
			acquire(TOKENS, HttpMethod.POST, tokenUri);
		}
	}

	/**
	 * Count a token obtained without a budget, so that the shared count (and its meter) is
	 * right either way.
	 */
	void tokenObtained() {
		if (this.budgets.get(TOKENS).property() == null) {
			try {
				add(TOKENS, 1);
			}
			catch (DataAccessException ex) {
				databaseFailed(ex);
				this.pending.computeIfAbsent(TOKENS, (group) -> new AtomicLong()).incrementAndGet();
			}
		}
	}

	private void acquire(String group, HttpMethod method, URI uri) {
		Instant blockedUntil = this.localBlocks.get(group);
		if (blockedUntil != null) {
			if (blockedUntil.isAfter(this.clock.instant())) {
				throw refused(group, method, uri, blockedUntil, "SoundCloud answered 429 for the group");
			}
			this.localBlocks.remove(group, blockedUntil);
		}
		Budget budget = this.budgets.get(group);
		Long used;
		try {
			flush();
			List<Long> counted = this.jdbc.query(ACQUIRE_SQL, (rs, row) -> rs.getLong(1), group, 1L,
					budget.seconds(), budget.seconds(), budget.seconds(), budget.limit());
			used = counted.isEmpty() ? null : counted.get(0);
		}
		catch (DataAccessException ex) {
			databaseFailed(ex);
			if (this.refuseWhenDatabaseUnavailable) {
				throw new SoundCloudTransportException(0, method, uri, List.of(), "the shared rate-limit state cannot "
						+ "be read and soundcloud.rate-limit.when-database-unavailable is 'refuse'; nothing was sent", ex);
			}
			this.pending.computeIfAbsent(group, (key) -> new AtomicLong()).incrementAndGet();
			return;
		}
		databaseBack();
		if (used == null) {
			refuse(group, budget, method, uri);
		}
	}

	private void refuse(String group, Budget budget, HttpMethod method, URI uri) {
		State state = state(group, budget);
		if (state.blockedUntil() != null && state.blockedUntil().isAfter(state.now())) {
			throw refused(group, method, uri, state.blockedUntil(), "SoundCloud answered 429 for the group");
		}
		throw refused(group, method, uri, state.windowEnd(), "the budget of " + budget.limit() + " ("
				+ budget.property() + ") is used up by all instances together");
	}

	private RateLimitedException refused(String group, HttpMethod method, URI uri, @Nullable Instant until,
			String why) {
		this.refusals.computeIfAbsent(group, (key) -> new AtomicLong()).incrementAndGet();
		return new RateLimitedException(method, uri, List.of("refused before sending: " + why), until, group);
	}

	private void block(String group, Instant until) {
		this.jdbc.update(BLOCK_SQL, group, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
	}

	private void add(String group, long count) {
		Budget budget = this.budgets.get(group);
		this.jdbc.update(ADD_SQL, group, count, budget.seconds(), budget.seconds());
	}

	/**
	 * Add what was counted, and record the 429s seen, while the database was unreachable.
	 * Each amount is taken off the pending count only after its statement succeeded, so it
	 * is added exactly once.
	 */
	private void flush() {
		for (Map.Entry<String, AtomicLong> entry : this.pending.entrySet()) {
			// taken, not read: two threads flushing at once must not both add the same count
			long count = entry.getValue().getAndSet(0);
			if (count > 0) {
				try {
					add(entry.getKey(), count);
				}
				catch (RuntimeException ex) {
					entry.getValue().addAndGet(count);
					throw ex;
				}
			}
		}
		for (Map.Entry<String, Instant> entry : this.unrecordedBlocks.entrySet()) {
			block(entry.getKey(), entry.getValue());
			this.unrecordedBlocks.remove(entry.getKey(), entry.getValue());
		}
	}

	private State state(String group, Budget budget) {
		List<State> states = this.jdbc.query(STATE_SQL, (rs, row) -> new State(instant(rs, "blocked_until"),
				instant(rs, "window_end"), rs.getLong("used"), instant(rs, "db_now")), budget.seconds(), group);
		return states.isEmpty() ? new State(null, null, 0, this.clock.instant()) : states.get(0);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private void databaseFailed(DataAccessException ex) {
		if (this.databaseDown.compareAndSet(false, true)) {
			logger.warn("The shared rate-limit state cannot be reached (" + ex.getClass().getSimpleName() + "); "
					+ (this.refuseWhenDatabaseUnavailable ? "refusing rate-limited requests until it can"
							: "counting requests locally until it can"));
		}
	}

	private void databaseBack() {
		if (this.databaseDown.compareAndSet(true, false)) {
			logger.info("The shared rate-limit state can be reached again");
		}
	}

	/**
	 * Return how many requests of a group this instance refused before sending.
	 * @param group the limit group
	 * @return the number of refusals
	 */
	public long getRefusals(String group) {
		AtomicLong count = this.refusals.get(group);
		return (count != null) ? count.get() : 0;
	}

	/**
	 * Return what is left of a group's budget in its current window, as the database has
	 * it; reads the database.
	 * @param group {@link #PLAYS} or {@link #TOKENS}
	 * @return the remaining budget, or empty when the group has no budget
	 */
	public Optional<Long> getRemaining(String group) {
		Budget budget = this.budgets.get(group);
		if (budget == null || budget.property() == null) {
			return Optional.empty();
		}
		State state = state(group, budget);
		boolean windowOver = state.windowEnd() == null || !state.windowEnd().isAfter(state.now());
		return Optional.of(windowOver ? budget.limit() : Math.max(0, budget.limit() - state.used()));
	}

	/**
	 * Return how many requests of a group all instances made in its current window, as the
	 * database has it; reads the database.
	 * @param group the limit group
	 * @return the shared count
	 */
	public long getUsed(String group) {
		Budget budget = this.budgets.getOrDefault(group, new Budget(UNLIMITED, Duration.ofHours(24), null));
		State state = state(group, budget);
		boolean windowOver = state.windowEnd() == null || !state.windowEnd().isAfter(state.now());
		return windowOver ? 0 : state.used();
	}

	/**
	 * Return the groups that a 429 blocks now, with the time each block ends; reads the
	 * database.
	 * @return the blocked groups
	 */
	public Map<String, Instant> getBlockedGroups() {
		Map<String, Instant> blocked = new java.util.TreeMap<>();
		this.jdbc.query("SELECT limit_group, blocked_until FROM soundcloud_rate_limit WHERE blocked_until > now()",
				(rs) -> {
					blocked.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
				});
		return blocked;
	}

	private record Budget(long limit, Duration window, @Nullable String property) {

		long seconds() {
			return this.window.toSeconds();
		}

	}

	private record State(@Nullable Instant blockedUntil, @Nullable Instant windowEnd, long used, Instant now) {
	}

}
