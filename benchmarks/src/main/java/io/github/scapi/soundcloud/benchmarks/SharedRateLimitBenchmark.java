package io.github.scapi.soundcloud.benchmarks;

import java.net.URI;
import java.util.concurrent.TimeUnit;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudRateLimiter;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.jdbc.JdbcRateLimiter;
import io.github.scapi.soundcloud.jdbc.SoundCloudJdbcSchema;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost per call of the shared rate-limit check (docs/scaling.md): one play request
 * ({@code GET /tracks/{urn}/streams/http_mp3_128}, resolved by {@code playableUrl}) against the
 * embedded fake, with {@link JdbcRateLimiter} on an embedded PostgreSQL 14 (one atomic
 * statement per play, a budget set so that it is counted) and with
 * {@link SoundCloudRateLimiter#NONE}. Both sides send the same request to the same fake.
 * Goal: shared / none ≤ 1.5 (microseconds per call), on one machine where the database is as
 * near as the API.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class SharedRateLimitBenchmark {

	private EmbeddedPostgres postgres;

	private HikariDataSource dataSource;

	private SoundCloudFake fake;

	private SoundCloudTrackRepository none;

	private SoundCloudTrackRepository shared;

	private String streamUrl;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.postgres = EmbeddedPostgres.builder().start();
		// pooled, as Boot's DataSource is in an application: the embedded database's own DataSource
		// opens a connection per statement, which would measure PostgreSQL's connection start-up
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(this.postgres.getJdbcUrl("postgres", "postgres"));
		pool.setMaximumPoolSize(4);
		this.dataSource = new HikariDataSource(pool);
		SoundCloudJdbcSchema.create(this.dataSource, false, true);
		this.fake = SoundCloudFake.start();
		FakeTrack track = this.fake.dataset().tracks().stream().filter((each) -> each.access().equals("playable"))
			.findFirst()
			.orElseThrow();
		this.streamUrl = this.fake.baseUrl() + "/tracks/" + track.urn() + "/streams/http_mp3_128";
		JdbcRateLimiter limiter = new JdbcRateLimiter(this.dataSource);
		limiter.setPlaysPerDay(Long.MAX_VALUE / 4);
		this.none = repository(SoundCloudRateLimiter.NONE);
		this.shared = repository(limiter);
		// both sides must get the same answer, or the comparison means nothing
		URI a = this.none.playableUrl(this.streamUrl);
		URI b = this.shared.playableUrl(this.streamUrl);
		if (!a.getPath().equals(b.getPath())) {
			throw new IllegalStateException("the two sides disagree on " + this.streamUrl);
		}
	}

	private SoundCloudTrackRepository repository(SoundCloudRateLimiter limiter) {
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(this.fake.baseUrl())
			.authenticator(new StaticTokenAuthenticator(this.fake.accessToken()))
			.rateLimiter(limiter)
			.build();
		return new SoundCloudTrackRepository(connector);
	}

	@TearDown(Level.Iteration)
	public void forgetRequests() {
		// the fake's journal would otherwise grow with every call
		this.fake.resetRequests();
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		this.fake.close();
		this.dataSource.close();
		this.postgres.close();
	}

	@Benchmark
	public URI none() {
		return this.none.playableUrl(this.streamUrl);
	}

	@Benchmark
	public URI shared() {
		return this.shared.playableUrl(this.streamUrl);
	}

}
