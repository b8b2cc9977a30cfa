package io.github.scapi.soundcloud.batchsample;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.batch.SoundCloudItemReader;
import io.github.scapi.soundcloud.batch.SoundCloudItemReaderBuilder;
import io.github.scapi.soundcloud.batch.SoundCloudPartitioner;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.TrackRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two jobs over the same reader, processor and writer: {@code copyTracks} copies one user's
 * tracks, {@code copyUsersTracks} the tracks of many users, one partition per user on a pool
 * of {@code sample.threads} threads.
 *
 * @author scapi contributors
 */
@Configuration(proxyBeanMethods = false)
class CopyTracksJobs {

	/**
	 * Reads one user's tracks: the job parameter {@code user}, or in a partition the
	 * partition's {@code user}, or else {@code sample.user}.
	 */
	@Bean
	@StepScope
	SoundCloudItemReader<Track> userTracksReader(TrackRepository tracks, BatchSampleProperties properties,
			@Value("#{stepExecutionContext['user'] ?: jobParameters['user']}") @Nullable String user) {
		String userUrn = (user != null) ? user : properties.getUser();
		SoundCloudItemReaderBuilder<Track> reader = new SoundCloudItemReaderBuilder<Track>().name("userTracks")
			.list((pageable) -> tracks.findByUser(userUrn, pageable))
			.pageSize(properties.getPageSize());
		if (properties.getMaxCursorAge() != null) {
			reader.maxCursorAge(properties.getMaxCursorAge());
		}
		return reader.build();
	}

	@Bean
	@StepScope
	TrackProcessor trackProcessor(BatchSampleProperties properties) {
		return new TrackProcessor(properties);
	}

	@Bean
	RunSummary runSummary(JdbcTemplate jdbc) {
		return new RunSummary(jdbc);
	}

	@Bean
	JdbcBatchItemWriter<Track> trackWriter(DataSource dataSource) {
		return new JdbcBatchItemWriterBuilder<Track>().dataSource(dataSource)
			.sql("INSERT INTO soundcloud_track (urn, title, user_urn, genre, duration_ms) VALUES (?, ?, ?, ?, ?)")
			.itemPreparedStatementSetter((track, statement) -> {
				statement.setString(1, track.urn());
				statement.setString(2, track.title());
				statement.setString(3, (track.user() != null) ? track.user().urn() : null);
				statement.setString(4, track.genre());
				statement.setObject(5, track.duration());
			})
			.build();
	}

	@Bean
	Step copyTracksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			BatchSampleProperties properties, SoundCloudItemReader<Track> userTracksReader,
			TrackProcessor trackProcessor, JdbcBatchItemWriter<Track> trackWriter) {
		return new StepBuilder("copyTracksStep", jobRepository)
			.<Track, Track>chunk(properties.getChunkSize(), transactionManager)
			.reader(userTracksReader)
			.processor(trackProcessor)
			.writer(trackWriter)
			.build();
	}

	@Bean
	Job copyTracks(JobRepository jobRepository, Step copyTracksStep, RunSummary runSummary) {
		return new JobBuilder("copyTracks", jobRepository).listener(runSummary).start(copyTracksStep).build();
	}

	/**
	 * One partition per user of the job parameter {@code users} (comma-separated URNs).
	 */
	@Bean
	@StepScope
	Partitioner usersPartitioner(@Value("#{jobParameters['users']}") String users) {
		List<String> urns = Arrays.stream(users.split(",")).map(String::strip).toList();
		return new SoundCloudPartitioner("user", urns);
	}

	@Bean
	Step copyUsersTracksStep(JobRepository jobRepository, BatchSampleProperties properties,
			Partitioner usersPartitioner, Step copyTracksStep) {
		SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("copy-tracks-");
		threads.setConcurrencyLimit(properties.getThreads());
		return new StepBuilder("copyUsersTracksStep", jobRepository).partitioner("copyTracksStep", usersPartitioner)
			.step(copyTracksStep)
			.gridSize(properties.getThreads())
			.taskExecutor(threads)
			.build();
	}

	@Bean
	Job copyUsersTracks(JobRepository jobRepository, Step copyUsersTracksStep, RunSummary runSummary) {
		return new JobBuilder("copyUsersTracks", jobRepository).listener(runSummary).start(copyUsersTracksStep)
			.build();
	}

}
