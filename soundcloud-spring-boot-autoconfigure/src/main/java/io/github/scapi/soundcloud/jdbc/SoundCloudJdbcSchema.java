package io.github.scapi.soundcloud.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the tables that instances share, when they do not exist yet: Spring Security's
 * {@code oauth2_authorized_client} (from its {@code oauth2-client-schema-postgres.sql}) and
 * the starter's {@code soundcloud_rate_limit}. Instances that start together take turns
 * under an advisory lock, so that only one of them creates a table.
 *
 * @author scapi contributors
 */
public final class SoundCloudJdbcSchema {

	static final String TOKENS_SCRIPT = "org/springframework/security/oauth2/client/oauth2-client-schema-postgres.sql";

	static final String RATE_LIMIT_SCRIPT = "io/github/scapi/soundcloud/jdbc/soundcloud-rate-limit-schema-postgres.sql";

	private SoundCloudJdbcSchema() {
	}

	/**
	 * Create the token table and the rate-limit table where they are missing.
	 * @param dataSource the PostgreSQL database
	 * @param tokens whether to create Spring Security's token table
	 * @param rateLimits whether to create the rate-limit table
	 */
	public static void create(DataSource dataSource, boolean tokens, boolean rateLimits) {
		new AdvisoryLock(dataSource, Duration.ofSeconds(30)).run("soundcloud-schema", (connection) -> {
			try {
				if (tokens && !exists(connection, "oauth2_authorized_client")) {
					ScriptUtils.executeSqlScript(connection, new ClassPathResource(TOKENS_SCRIPT));
				}
				if (rateLimits && !exists(connection, "soundcloud_rate_limit")) {
					ScriptUtils.executeSqlScript(connection, new ClassPathResource(RATE_LIMIT_SCRIPT));
				}
				return null;
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the shared tables", ex);
			}
		});
	}

	private static boolean exists(java.sql.Connection connection, String table) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
			statement.setString(1, table);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

}
