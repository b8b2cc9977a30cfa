package io.github.scapi.soundcloud.batchsample;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints what a run did: the job's status, what each step read and wrote, and how many
 * tracks the table holds.
 *
 * @author scapi contributors
 */
class RunSummary implements JobExecutionListener {

	private final JdbcTemplate jdbc;

	RunSummary(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void afterJob(JobExecution execution) {
		System.out.println(execution.getJobInstance().getJobName() + " " + execution.getStatus() + " (execution "
				+ execution.getId() + " of job instance " + execution.getJobInstance().getId() + ")");
		for (StepExecution step : execution.getStepExecutions()) {
			System.out.println("  " + step.getStepName() + ": read " + step.getReadCount() + ", wrote "
					+ step.getWriteCount() + ", " + step.getCommitCount() + " commits");
		}
		Integer rows = this.jdbc.queryForObject("SELECT count(*) FROM soundcloud_track", Integer.class);
		System.out.println("  soundcloud_track holds " + rows + " tracks");
	}

}
