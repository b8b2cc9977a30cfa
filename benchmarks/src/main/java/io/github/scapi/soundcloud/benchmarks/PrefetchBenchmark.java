package io.github.scapi.soundcloud.benchmarks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Prefetching: the fake delays every response by 20 ms, and the consumer works 20 ms per page
 * ({@code Thread.sleep(20)} after every 20th track). The busiest user's 1,000 tracks in pages of
 * 20 are 50 full pages (plus the empty page that a full last page links to). With prefetch off the
 * walk costs about 50 × (20 + 20) ms; with prefetch on, page N+1 is fetched while page N is being
 * consumed, so about 50 × 20 ms. Goal: on / off ≤ 0.60 (theory 0.5). One invocation is one full
 * walk, timed on its own ({@link Mode#SingleShotTime}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@State(Scope.Benchmark)
public class PrefetchBenchmark {

	static final int PAGE_SIZE = 20;

	static final long WORK_MILLIS = 20;

	@Param({ "false", "true" })
	public boolean prefetch;

	private SoundCloudFake fake;

	private SoundCloudTrackRepository tracks;

	private String userUrn;

	@Setup(Level.Trial)
	public void setUp() {
		this.fake = SoundCloudFake.builder().latency(Duration.ofMillis(20)).start();
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(this.fake.baseUrl())
			.authenticator(new StaticTokenAuthenticator(this.fake.accessToken()))
			.prefetch(this.prefetch)
			.pageSize(PAGE_SIZE)
			.build();
		this.tracks = new SoundCloudTrackRepository(connector);
		this.userUrn = this.fake.dataset().userWithMostTracks().urn();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fake.close();
	}

	@Benchmark
	public long walk(Blackhole blackhole) throws InterruptedException {
		long count = 0;
		try (Stream<Track> stream = this.tracks.streamByUser(this.userUrn)) {
			for (Track track : (Iterable<Track>) stream::iterator) {
				blackhole.consume(track);
				if (++count % PAGE_SIZE == 0) {
					Thread.sleep(WORK_MILLIS);
				}
			}
		}
		if (count != 1000) {
			throw new IllegalStateException("walked " + count + " tracks, expected 1000");
		}
		return count;
	}

}
