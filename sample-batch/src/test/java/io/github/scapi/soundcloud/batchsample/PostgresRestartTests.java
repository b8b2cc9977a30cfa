package io.github.scapi.soundcloud.batchsample;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The job repository, and the table, on a real PostgreSQL.
 */
class PostgresRestartTests extends RestartTestSupport {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry, "restart");
	}

}
