package io.github.scapi.soundcloud.batchsample;

import java.util.Map;

import io.github.scapi.soundcloud.test.SoundCloudFakeContextInitializer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Copies every track of a user into the table {@code soundcloud_track}, as a Spring Batch
 * job that restarts where it failed. Run from the command line, the job repository and the
 * table live in an H2 file database under {@code target/sample-batch/}, so a second run
 * after a failure restarts the failed one; with no {@code soundcloud.*} configuration, the
 * API is the embedded fake SoundCloud on a fixed port (a cursor is bound to its base URL).
 *
 * @author scapi contributors
 */
@SpringBootApplication
@EnableConfigurationProperties(BatchSampleProperties.class)
public class BatchSampleApplication {

	/**
	 * Run the job and exit with its status.
	 * @param args command-line arguments: options such as {@code --sample.fail-at=600}, and
	 * job parameters such as {@code user=soundcloud:users:1007}
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BatchSampleApplication.class);
		// a file, so that the job repository outlives the process and a second run restarts
		// the first; the tests use the default embedded database or PostgreSQL instead
		application.setDefaultProperties(Map.of("spring.datasource.url",
				"jdbc:h2:file:./target/sample-batch/db;DB_CLOSE_ON_EXIT=FALSE", "spring.batch.jdbc.initialize-schema",
				"always", "spring.sql.init.mode", "always"));
		// the fake unless SoundCloud is configured, on the fixed port of application.yml: a saved
		// cursor is bound to the API's base URL, so a restarted run must talk to the same one
		application.addInitializers(new SoundCloudFakeContextInitializer());
		System.exit(SpringApplication.exit(application.run(args)));
	}

}
