package io.github.scapi.soundcloud.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudJdbcAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared token lock is held while the token request is under way: a lock timeout
 * shorter than the read timeout of that request is reported at start-up, naming
 * {@code soundcloud.jdbc.lock-timeout}; the application still starts, since tokens are
 * still obtained and saved. The default lock timeout leaves the connect timeout, and some
 * more, as margin over the default read timeout.
 *
 * @author scapi contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class LockTimeoutCheckTests {

	private static final String WARNING = "soundcloud.jdbc.lock-timeout (";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				SoundCloudJdbcAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withBean(DataSource.class, Databases::postgres)
		.withPropertyValues("soundcloud.auth.oauth2.client-id=client", "soundcloud.auth.oauth2.client-secret=secret",
				"soundcloud.auth.oauth2.token-store=jdbc");

	@Test
	void aLockTimeoutShorterThanTheReadTimeoutIsReportedNamingTheProperty(CapturedOutput output) {
		this.runner.withPropertyValues("soundcloud.jdbc.lock-timeout=5s", "soundcloud.http.read-timeout=20s")
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(JdbcTokenStore.class);
				assertThat(output).contains(WARNING + "5000 ms) is shorter than the read timeout of token requests "
						+ "(20000 ms");
			});
	}

	@Test
	void theDefaultsAndALockTimeoutAboveTheReadTimeoutAreNotReported(CapturedOutput output) {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues("soundcloud.jdbc.lock-timeout=15s", "soundcloud.http.read-timeout=10s")
			.run((context) -> assertThat(context).hasNotFailed());
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void theWarningAdvisesTheConnectTimeoutPlusTheReadTimeout(CapturedOutput output) {
		this.runner
			.withPropertyValues("soundcloud.jdbc.lock-timeout=5s", "soundcloud.http.connect-timeout=3s",
					"soundcloud.http.read-timeout=20s")
			.run((context) -> assertThat(output).contains("Set soundcloud.jdbc.lock-timeout above the connect timeout "
					+ "plus the read timeout (23000 ms)."));
	}

	@Test
	void theDefaultIsAboveTheDefaultConnectAndReadTimeoutsTogether(CapturedOutput output) {
		// both figures as the starter states them: what a short lock timeout is advised to exceed
		// with the default timeouts, then the default lock timeout, reported against a read
		// timeout above it
		this.runner.withPropertyValues("soundcloud.jdbc.lock-timeout=1s")
			.run((context) -> assertThat(context).hasNotFailed());
		this.runner.withPropertyValues("soundcloud.http.read-timeout=50s")
			.run((context) -> assertThat(context).hasNotFailed());
		List<Long> locks = millis(Pattern.compile(Pattern.quote(WARNING) + "(\\d+) ms\\)"), output.getOut());
		List<Long> advised = millis(Pattern.compile("read timeout \\((\\d+) ms\\)\\.$", Pattern.MULTILINE),
				output.getOut());
		assertThat(locks).hasSize(2);
		assertThat(advised).hasSize(2);
		assertThat(advised.get(0)).as("default connect timeout plus default read timeout").isEqualTo(40_000);
		assertThat(locks.get(1)).as("default lock timeout").isEqualTo(45_000).isGreaterThan(advised.get(0));
	}

	@Test
	void bootsReadTimeoutCountsWhenTheStartersIsNotSet(CapturedOutput output) {
		this.runner.withPropertyValues("soundcloud.jdbc.lock-timeout=5s", "spring.http.clients.read-timeout=8s")
			.run((context) -> assertThat(output).contains(WARNING + "5000 ms) is shorter than the read timeout of "
					+ "token requests (8000 ms"));
	}

	private static List<Long> millis(Pattern pattern, String text) {
		List<Long> values = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			values.add(Long.parseLong(matcher.group(1)));
		}
		return values;
	}

}
