package io.github.scapi.soundcloud.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * One embedded PostgreSQL for this package's tests, started once, and a DataSource in front
 * of it that a test can cut off, as a network outage would.
 *
 * @author scapi contributors
 */
final class Databases {

	private static EmbeddedPostgres postgres;

	private Databases() {
	}

	static synchronized DataSource postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is ending
				}
			}));
			SoundCloudJdbcSchema.create(postgres.getPostgresDatabase(), true, true);
		}
		return postgres.getPostgresDatabase();
	}

	static void clear() {
		JdbcTemplate jdbc = new JdbcTemplate(postgres());
		jdbc.update("DELETE FROM oauth2_authorized_client");
		jdbc.update("DELETE FROM soundcloud_rate_limit");
	}

	/**
	 * A DataSource that fails to connect while {@link #down} is set.
	 */
	static final class Switchable extends DelegatingDataSource {

		final AtomicBoolean down = new AtomicBoolean();

		final AtomicLong connections = new AtomicLong();

		Switchable(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			if (this.down.get()) {
				throw new SQLTransientConnectionException("the database cannot be reached", "08001");
			}
			this.connections.incrementAndGet();
			return super.getConnection();
		}

	}

}
