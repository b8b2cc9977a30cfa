package io.github.scapi.soundcloud.batchsample;

import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job repository, and the table, on a real PostgreSQL.
 */
class PostgresRestartTests extends RestartTestSupport {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		EmbeddedPostgresDatabase.register(registry, "restart");
	}

	@Test
	void theJobRepositoryIsPostgres() {
		assertThat(this.jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM batch_job_instance", Integer.class)).isNotNull();
	}

}
