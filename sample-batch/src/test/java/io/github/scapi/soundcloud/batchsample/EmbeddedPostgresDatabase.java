package io.github.scapi.soundcloud.batchsample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL for the tests of this module, started on first use and stopped when
 * the JVM exits; each test class gets a database of its own.
 */
final class EmbeddedPostgresDatabase {

	private static EmbeddedPostgres postgres;

	private EmbeddedPostgresDatabase() {
	}

	static synchronized String jdbcUrl(String database) {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			EmbeddedPostgres started = postgres;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// the JVM is exiting
				}
			}));
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return postgres.getJdbcUrl("postgres", database);
	}

	/** Point a test's context at a fresh database, whose schemas the context creates. */
	static void register(DynamicPropertyRegistry registry, String database) {
		String url = jdbcUrl(database);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
		registry.add("spring.batch.jdbc.initialize-schema", () -> "always");
		registry.add("spring.sql.init.mode", () -> "always");
	}

}
