package io.github.scapi.soundcloud.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.util.Assert;

/**
 * A lock that every instance using the same PostgreSQL database sees: a transaction-level
 * advisory lock, {@code pg_advisory_xact_lock}, held on a connection of its own while the
 * work runs.
 * <p>
 * Waiting is bounded by {@code lock_timeout}. A holder that dies loses its connection, and
 * PostgreSQL releases the lock with it; a holder that hangs (stopped, swapped out, cut off)
 * is disconnected by {@code idle_in_transaction_session_timeout}, so that it cannot block
 * the others for longer than the same bound either.
 *
 * @author scapi contributors
 */
final class AdvisoryLock {

	private static final Log logger = LogFactory.getLog(AdvisoryLock.class);

	/** PostgreSQL's {@code lock_not_available}, raised when {@code lock_timeout} passes. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";

	private static final String LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtextextended(?, 0))";

	private final DataSource dataSource;

	private final Duration timeout;

	/**
	 * How many threads of this instance may hold a lock connection at once. The work under
	 * the lock reads and saves tokens on a second connection from the same pool (so that a
	 * save survives a holder that PostgreSQL disconnects); without a bound, as many holders as
	 * the pool has connections would each wait for a second one that none can get.
	 */
	static final int MAX_HOLDERS = 4;

	private final Semaphore holders = new Semaphore(MAX_HOLDERS, true);

	private final AtomicLong acquisitions = new AtomicLong();

	private final AtomicLong waitNanos = new AtomicLong();

	AdvisoryLock(DataSource dataSource, Duration timeout) {
		Assert.notNull(dataSource, "'dataSource' must not be null");
		Assert.isTrue(timeout.toMillis() > 0 && timeout.toMillis() <= Integer.MAX_VALUE,
				"'timeout' must be at least a millisecond");
		this.dataSource = dataSource;
		this.timeout = timeout;
	}

	/**
	 * Run {@code work} while holding the lock named {@code key}, with the connection that
	 * holds it (for work that must happen in the locked transaction itself).
	 */
	<T> T run(String key, Function<Connection, T> work) {
		long start = System.nanoTime();
		try {
			if (!this.holders.tryAcquire(this.timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new CannotAcquireLockException("Gave up waiting for the shared lock after "
						+ this.timeout.toMillis() + " ms (soundcloud.jdbc.lock-timeout): " + MAX_HOLDERS
						+ " token requests of this instance were holding locks");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CannotAcquireLockException("Interrupted while waiting for the shared lock", ex);
		}
		try {
			return runHolding(key, work, start);
		}
		finally {
			this.holders.release();
		}
	}

	private <T> T runHolding(String key, Function<Connection, T> work, long start) {
		Connection connection;
		try {
			connection = this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw translate("obtain a connection for the shared lock", ex);
		}
		try (connection) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				acquire(connection, key);
				this.acquisitions.incrementAndGet();
				this.waitNanos.addAndGet(System.nanoTime() - start);
				T result;
				try {
					result = work.apply(connection);
				}
				catch (RuntimeException | Error ex) {
					rollbackQuietly(connection);
					throw ex;
				}
				release(connection);
				return result;
			}
			finally {
				restore(connection, autoCommit);
			}
		}
		catch (SQLException ex) {
			rollbackQuietly(connection);
			throw translate("take the shared lock", ex);
		}
	}

	private void acquire(Connection connection, String key) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			// both in milliseconds; SET LOCAL ends with the transaction, so a pooled
			// connection goes back with its usual settings
			statement.execute("SET LOCAL lock_timeout = " + this.timeout.toMillis());
			statement.execute("SET LOCAL idle_in_transaction_session_timeout = " + this.timeout.toMillis());
		}
		try (PreparedStatement statement = connection.prepareStatement(LOCK_SQL)) {
			statement.setString(1, key);
			statement.executeQuery().close();
		}
	}

	private static void release(Connection connection) {
		try {
			connection.commit();
		}
		catch (SQLException ex) {
			// the work is done and its results are saved; a session that PostgreSQL ended
			// (the holder took longer than the timeout) released the lock already
			logger.warn("Releasing the shared lock failed (" + ex.getSQLState() + "); PostgreSQL releases it with "
					+ "the session");
		}
	}

	private static void rollbackQuietly(Connection connection) {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// the lock goes with the session
		}
	}

	private static void restore(Connection connection, boolean autoCommit) {
		try {
			connection.setAutoCommit(autoCommit);
		}
		catch (SQLException ex) {
			// a broken connection: the pool drops it
		}
	}

	private RuntimeException translate(String task, SQLException ex) {
		if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
			return new CannotAcquireLockException("Gave up waiting for the shared lock after " + this.timeout.toMillis()
					+ " ms (soundcloud.jdbc.lock-timeout)", ex);
		}
		RuntimeException translated = new SQLStateSQLExceptionTranslator().translate(task, null, ex);
		return (translated != null) ? translated : new UncategorizedSQLException(task, null, ex);
	}

	Duration timeout() {
		return this.timeout;
	}

	long acquisitions() {
		return this.acquisitions.get();
	}

	double waitSeconds() {
		return this.waitNanos.get() / 1e9;
	}

}
