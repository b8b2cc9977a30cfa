package io.github.scapi.soundcloud;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retry decisions as tables: which failures are retried for which method, and how long
 * is waited.
 */
class RetryPolicyTests {

	private final SoundCloudRetryPolicy policy = SoundCloudRetryPolicy.DEFAULT;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			status | GET   | HEAD  | PUT   | DELETE | POST
			429    | true  | true  | true  | true   | false
			500    | true  | true  | false | false  | false
			502    | true  | true  | true  | true   | false
			503    | true  | true  | true  | true   | false
			504    | true  | true  | true  | true   | false
			400    | false | false | false | false  | false
			401    | false | false | false | false  | false
			403    | false | false | false | false  | false
			404    | false | false | false | false  | false
			422    | false | false | false | false  | false
			501    | false | false | false | false  | false
			""", useHeadersInDisplayName = true)
	void retriesOnlyWhatMayPassTheSecondTime(int status, boolean get, boolean head, boolean put, boolean delete,
			boolean post) {
		assertThat(this.policy.isRetryable(HttpMethod.GET, status)).isEqualTo(get);
		assertThat(this.policy.isRetryable(HttpMethod.HEAD, status)).isEqualTo(head);
		assertThat(this.policy.isRetryable(HttpMethod.PUT, status)).isEqualTo(put);
		assertThat(this.policy.isRetryable(HttpMethod.DELETE, status)).isEqualTo(delete);
		assertThat(this.policy.isRetryable(HttpMethod.POST, status)).isEqualTo(post);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			method | body       | never sent | resent
			GET    | -          | false      | true
			PUT    | repeatable | false      | true
			PUT    | once       | false      | false
			DELETE | -          | false      | true
			POST   | repeatable | false      | false
			POST   | repeatable | true       | true
			POST   | once       | true       | true
			""", useHeadersInDisplayName = true)
	void resendsARequestWithoutAnswerOnlyWhenThatIsSafe(String method, String body, boolean neverSent,
			boolean resent) {
		SoundCloudRequestBody requestBody = TestBodies.of(body);
		assertThat(this.policy.mayResend(HttpMethod.valueOf(method), requestBody, neverSent)).isEqualTo(resent);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			attempt | requested ms | elapsed ms | wait ms
			2       | 0            | 0          | 0
			2       | 1500         | 0          | 1500
			3       | 10000        | 0          | 10000
			2       | 10001        | 0          | -
			4       | 0            | 0          | -
			2       | 5000         | 26000      | -
			2       | 4000         | 26000      | 4000
			2       | -1000        | 0          | 0
			""", useHeadersInDisplayName = true)
	void waitsWhatTheServerAsksWithinTheBoundsAndTheDeadline(int attempt, long requested, long elapsed, Long wait) {
		Duration delay = this.policy.delayBefore(attempt, Duration.ofMillis(requested), Duration.ofMillis(elapsed),
				new SplittableRandom(1));
		assertThat(delay).isEqualTo((wait != null) ? Duration.ofMillis(wait) : null);
	}

	@Test
	void backsOffWithFullJitterUnderAGrowingBound() {
		SplittableRandom random = new SplittableRandom(3);
		for (int i = 0; i < 500; i++) {
			assertThat(this.policy.delayBefore(2, null, Duration.ZERO, random)).isBetween(Duration.ZERO,
					Duration.ofMillis(200));
			assertThat(this.policy.delayBefore(3, null, Duration.ZERO, random)).isBetween(Duration.ZERO,
					Duration.ofMillis(400));
		}
		assertThat(this.policy.delayBefore(2, null, Duration.ofSeconds(30), random)).isNull();
		assertThat(this.policy.rateLimitWait()).isEqualTo(Duration.ofMillis(200));
	}

}
