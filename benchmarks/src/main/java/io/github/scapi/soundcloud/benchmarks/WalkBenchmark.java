package io.github.scapi.soundcloud.benchmarks;

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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Walking every track of the fake's busiest user (1,000 tracks) in pages of 200, prefetch off:
 * the starter's lazy {@code streamByUser} versus a hand-written cursor loop. One invocation is one
 * full walk of 1,000 tracks (5 full pages plus the empty page a full last page links to), and
 * {@link OperationsPerInvocation} makes the score items per second. JMH repeats the walk for the
 * whole iteration, so the total number of tracks walked per run is far above 100,000. Goal:
 * starter / raw ≥ 0.95 (items/s).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class WalkBenchmark {

	static final int TRACKS = 1000;

	static final int PAGE_SIZE = 200;

	private SoundCloudFake fake;

	private SoundCloudTrackRepository starter;

	private RawClient raw;

	private String userUrn;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.fake = SoundCloudFake.builder().start();
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(this.fake.baseUrl())
			.authenticator(new StaticTokenAuthenticator(this.fake.accessToken()))
			.prefetch(false)
			.pageSize(PAGE_SIZE)
			.build();
		this.starter = new SoundCloudTrackRepository(connector);
		this.raw = new RawClient(this.fake.baseUrl(), this.fake.accessToken());
		this.userUrn = this.fake.dataset().userWithMostTracks().urn();
		check(this.fake.dataset().userWithMostTracks().trackCount(), "dataset");
		try (Stream<Track> tracks = this.starter.streamByUser(this.userUrn)) {
			check(tracks.count(), "starter");
		}
		check(this.raw.walkUserTracks(this.userUrn, PAGE_SIZE, (track) -> {
		}), "raw");
	}

	private static void check(long count, String side) {
		if (count != TRACKS) {
			throw new IllegalStateException(side + " walked " + count + " tracks, expected " + TRACKS);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fake.close();
	}

	@Benchmark
	@OperationsPerInvocation(TRACKS)
	public void starter(Blackhole blackhole) {
		try (Stream<Track> tracks = this.starter.streamByUser(this.userUrn)) {
			tracks.forEach(blackhole::consume);
		}
	}

	@Benchmark
	@OperationsPerInvocation(TRACKS)
	public long raw(Blackhole blackhole) throws Exception {
		return this.raw.walkUserTracks(this.userUrn, PAGE_SIZE, blackhole::consume);
	}

}
