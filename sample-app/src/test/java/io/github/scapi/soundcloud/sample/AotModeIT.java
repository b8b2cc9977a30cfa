package io.github.scapi.soundcloud.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the packaged sample app, whose AOT processing ran in the build, in AOT mode
 * ({@code -Dspring.aot.enabled=true}), as a user would start it: the tour runs against the
 * embedded fake with the bean definitions generated at build time instead of the
 * auto-configuration being evaluated again. Run by Failsafe after the jar is built.
 */
class AotModeIT {

	private static final Path JAR = Path.of("target", "sample-app.jar");

	@Test
	void theAotProcessedJarRunsTheTourAgainstTheFake() throws IOException, InterruptedException {
		assertThat(JAR).as("the packaged sample app").exists();
		Path output = Files.createTempFile("sample-app-aot", ".log");
		try {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process process = new ProcessBuilder(List.of(java, "-Dspring.aot.enabled=true", "-jar", JAR.toString(),
					"--logging.level.io.github.scapi.soundcloud.sample=info"))
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			boolean exited = process.waitFor(3, TimeUnit.MINUTES);
			if (!exited) {
				process.destroyForcibly();
			}
			String log = Files.readString(output);
			assertThat(exited).as("the run ended in time:%n%s", log).isTrue();
			assertThat(process.exitValue()).as("exit status, output:%n%s", log).isZero();
			assertThat(log).contains("Starting AOT-processed SampleApplication")
				.contains("credentials: TOKEN")
				.contains("Walked 1000 tracks in 20 pages")
				.contains("Deleted it: gone")
				.contains("Health of the SoundCloud API: UP")
				.doesNotContain("Exception");
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

}
