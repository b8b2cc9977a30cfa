package io.github.scapi.soundcloud.batchsample;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import io.github.scapi.soundcloud.paging.InvalidCursorException;
import io.github.scapi.soundcloud.paging.SoundCloudCursor;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy job over the fake's 1,000-track user, in pages of 50 and chunks of 30 (so that
 * the last commit before the failure falls inside a page), failing at item 600 and
 * restarted; then the same with a saved cursor that was tampered with, taken from another
 * list, or too old. Subclasses choose the database of the job repository.
 */
@SpringBootTest(properties = { "spring.batch.job.enabled=false", "sample.chunk-size=30", "sample.page-size=50",
		"sample.max-cursor-age=1h" })
@DirtiesContext
abstract class RestartTestSupport {

	static final SoundCloudFake fake = SoundCloudFake.start();

	private static final AtomicLong runs = new AtomicLong();

	private static final String CURSOR_KEY = "userTracks.cursor";

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job copyTracks;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BatchSampleProperties properties;

	@Autowired
	TrackRepository tracks;

	@DynamicPropertySource
	static void soundCloud(DynamicPropertyRegistry registry) {
		registry.add("soundcloud.api.base-url", fake::baseUrl);
		registry.add("soundcloud.auth.token.value", fake::accessToken);
	}

	@BeforeEach
	void clean() {
		this.jdbc.update("DELETE FROM soundcloud_track");
		this.properties.setFailAt(0);
		fake.resetRequests();
	}

	@Test
	void aJobThatFailsAtItem600RestartsAfterItsLastCommitWithNoDuplicateAndNoGap() throws Exception {
		JobExecution failed = failAt600();
		assertThat(pagesServedOnce()).hasSize(12);
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JobChecks.assertEachTrackWrittenOnce(this.jdbc, fake, JobChecks.USER);
		// 20 full pages and the empty one the API links after an exactly full last page
		JobChecks.assertEachPageServedOncePlusOne(fake, JobChecks.USER, 21);
		// the page being read when the job failed (items 551 to 600, the last commit at 570)
		Map<String, Long> served = JobChecks.pagesServed(fake, JobChecks.USER);
		assertThat(served.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(22);
	}

	@Test
	void aTamperedCursorFailsTheRestartBeforeAnyRequest() throws Exception {
		assertRestartRefused((cursor) -> {
			char last = cursor.charAt(cursor.length() - 1);
			return cursor.substring(0, cursor.length() - 1) + ((last == 'A') ? 'B' : 'A');
		}, InvalidCursorException.Reason.TAMPERED);
	}

	@Test
	void aCursorOfAnotherListFailsTheRestartBeforeAnyRequest() throws Exception {
		String other = SoundCloudCursor
			.of(this.tracks.findByUser("soundcloud:users:1001", PageRequest.of(0, 5)).nextPageable())
			.toString();
		assertRestartRefused((cursor) -> other, InvalidCursorException.Reason.OTHER_LIST);
	}

	@Test
	void anExpiredCursorFailsTheRestartBeforeAnyRequest() throws Exception {
		assertRestartRefused((cursor) -> {
			SoundCloudCursor saved = SoundCloudCursor.parse(cursor);
			// the same position, as if the API had issued its cursor two hours ago
			return SoundCloudCursor.of(saved.toPageable(), saved.getOffset(), Instant.now().minusSeconds(7200))
				.toString();
		}, InvalidCursorException.Reason.EXPIRED);
	}

	private void assertRestartRefused(UnaryOperator<String> edit, InvalidCursorException.Reason reason)
			throws Exception {
		JobExecution failed = failAt600();
		StepExecution step = this.jobRepository.getLastStepExecution(failed.getJobInstance(), "copyTracksStep");
		step.getExecutionContext().putString(CURSOR_KEY, edit.apply(step.getExecutionContext().getString(CURSOR_KEY)));
		this.jobRepository.updateExecutionContext(step);
		fake.resetRequests();
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(restarted.getAllFailureExceptions()).anySatisfy((failure) -> assertThat(causes(failure))
			.anySatisfy((cause) -> assertThat(cause).isInstanceOfSatisfying(InvalidCursorException.class,
					(invalid) -> assertThat(invalid.getReason()).isEqualTo(reason))));
		assertThat(JobChecks.listRequests(fake)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM soundcloud_track", Integer.class)).isEqualTo(570);
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT urn) FROM soundcloud_track", Integer.class))
			.isEqualTo(570);
	}

	private JobExecution failAt600() throws Exception {
		this.properties.setFailAt(600);
		JobParameters parameters = new JobParametersBuilder().addString("user", JobChecks.USER)
			.addLong("run", runs.incrementAndGet())
			.toJobParameters();
		JobExecution failed = this.jobOperator.start(this.copyTracks, parameters);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		// chunks of 30: 19 committed, the 20th (items 571 to 600) rolled back
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM soundcloud_track", Integer.class)).isEqualTo(570);
		this.properties.setFailAt(0);
		return failed;
	}

	private Map<String, Long> pagesServedOnce() {
		Map<String, Long> served = JobChecks.pagesServed(fake, JobChecks.USER);
		assertThat(served.values()).containsOnly(1L);
		return served;
	}

	private static java.util.List<Throwable> causes(Throwable failure) {
		java.util.List<Throwable> causes = new java.util.ArrayList<>();
		for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
			causes.add(cause);
		}
		return causes;
	}

}
