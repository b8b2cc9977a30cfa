package io.github.scapi.soundcloud.batchsample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The copy job runs in a JVM of its own, which is killed (SIGKILL, no shutdown hook, no
 * rollback but the database's) while it processes item 600; the job is then recovered and
 * restarted from the job repository on PostgreSQL.
 */
class ProcessKillTests {

	private static final SoundCloudFake fake = SoundCloudFake.start();

	@AfterAll
	static void stopFake() {
		fake.stop();
	}

	@Test
	void aKilledJobRestartsAfterItsLastCommitWithNoDuplicateAndNoGap(@TempDir Path temp) throws Exception {
		String url = EmbeddedPostgresDatabase.jdbcUrl("killed");
		Path marker = temp.resolve("halted");
		Path log = temp.resolve("child.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				BatchSampleApplication.class.getName(), "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.batch.jdbc.initialize-schema=always", "--spring.sql.init.mode=always",
				"--soundcloud.api.base-url=" + fake.baseUrl(), "--soundcloud.auth.token.value=" + fake.accessToken(),
				"--sample.chunk-size=30", "--sample.page-size=50", "--sample.halt-at=600",
				"--sample.halt-marker=" + marker, "user=" + JobChecks.USER))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			awaitMarker(child, marker, log);
			// SIGKILL on Linux: the JVM gets no chance to run anything
			child.destroyForcibly();
			assertThat(child.waitFor()).isNotZero();
		}
		finally {
			child.destroyForcibly();
		}
		assertThat(JobChecks.pagesServed(fake, JobChecks.USER)).hasSize(12);
		try (ConfigurableApplicationContext context = restartContext(url)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SELECT count(*) FROM soundcloud_track", Integer.class)).isEqualTo(570);
			JobRepository repository = context.getBean(JobRepository.class);
			JobOperator operator = context.getBean(JobOperator.class);
			JobInstance instance = repository.getJobInstances("copyTracks", 0, 1).get(0);
			JobExecution killed = repository.getLastJobExecution(instance);
			// the killed JVM could not record its end
			assertThat(killed.getStatus()).isEqualTo(BatchStatus.STARTED);
			JobExecution recovered = operator.recover(killed);
			assertThat(recovered.getStatus()).isEqualTo(BatchStatus.FAILED);
			JobExecution restarted = operator.restart(recovered);
			assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			JobChecks.assertEachTrackWrittenOnce(jdbc, fake, JobChecks.USER);
			JobChecks.assertEachPageServedOncePlusOne(fake, JobChecks.USER, 21);
		}
	}

	private static void awaitMarker(Process child, Path marker, Path log) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!Files.exists(marker)) {
			if (!child.isAlive()) {
				fail("The job's JVM ended (" + child.exitValue() + ") before item 600:\n" + tail(log));
			}
			if (Instant.now().isAfter(deadline)) {
				fail("The job's JVM did not reach item 600 in 3 minutes:\n" + tail(log));
			}
			Thread.sleep(100);
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join(File.separator.equals("/") ? "\n" : "\r\n",
				lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private static ConfigurableApplicationContext restartContext(String url) {
		return new SpringApplicationBuilder(BatchSampleApplication.class)
			.properties("spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"spring.datasource.password=postgres", "spring.batch.jdbc.initialize-schema=never",
					"spring.batch.job.enabled=false", "soundcloud.api.base-url=" + fake.baseUrl(),
					"soundcloud.auth.token.value=" + fake.accessToken(), "sample.chunk-size=30",
					"sample.page-size=50")
			.run();
	}

}
