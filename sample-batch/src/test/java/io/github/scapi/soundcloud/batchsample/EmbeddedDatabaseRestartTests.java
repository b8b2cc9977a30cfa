package io.github.scapi.soundcloud.batchsample;

import java.util.List;

import io.github.scapi.soundcloud.test.FakeUser;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job repository on the default embedded database (H2, in memory), and the
 * partitioned job.
 */
class EmbeddedDatabaseRestartTests extends RestartTestSupport {

	@Autowired
	Job copyUsersTracks;

	@Test
	void aPartitionedJobOverTwentyUsersWritesEachUsersTracksOnce() throws Exception {
		List<String> users = fake.dataset()
			.users()
			.stream()
			.filter((user) -> fake.dataset().tracksOf(user.urn()).stream().anyMatch((t) -> !t.access().equals("blocked")))
			.limit(20)
			.map(FakeUser::urn)
			.toList();
		assertThat(users).hasSize(20);
		assertThat(users.stream().map((user) -> fake.dataset().tracksOf(user).size()).distinct().count())
			.as("different track counts")
			.isGreaterThan(5);
		JobExecution execution = this.jobOperator.start(this.copyUsersTracks,
				new JobParametersBuilder().addString("users", String.join(",", users)).toJobParameters());
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		// the manager step and one worker step per user
		assertThat(execution.getStepExecutions()).hasSize(21);
		for (String user : users) {
			JobChecks.assertEachTrackWrittenOnce(this.jdbc, fake, user);
			assertThat(JobChecks.pagesServed(fake, user).values()).containsOnly(1L);
		}
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT user_urn) FROM soundcloud_track", Integer.class))
			.isEqualTo(20);
	}

}
