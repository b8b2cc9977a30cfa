package io.github.scapi.soundcloud.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Walking a user's 100,000 tracks in pages of 200 (500 requests), prefetch off: the starter's
 * lazy {@code streamByUser} versus a hand-written cursor loop, both against the same
 * {@link PagingServer} in another process. One invocation is one whole walk, and
 * {@link OperationsPerInvocation} makes the score items per second. Goal: starter / raw ≥ 0.95.
 * <p>
 * {@link #starter} and {@link #raw} run in forks of their own, minutes apart, and on this shared
 * two-core machine, where the server takes one core of the two, their forks differ by more than
 * the goal. {@link #paired} is the figure to trust: every operation walks once with each side
 * (which goes first alternates), each walk timed alone, so that both share whatever the machine
 * is doing; an iteration is two operations, one in each order. Its secondary results
 * ({@link PairTimes}) are each side's time and the CPU time of this JVM's Java threads during
 * it; {@code ratios.py} reports every iteration's items/s ratio and their spread.
 * <p>
 * {@code -p server=http://host:port} walks an already running {@link PagingServer} instead of
 * starting one: {@code peer/run.sh} uses it to walk the same server as {@code soundcloud-api-ts}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(3)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 4, time = 5)
@State(Scope.Benchmark)
public class WalkBenchmark {

	static final int TRACKS = 100_000;

	static final int PAGE_SIZE = 200;

	static final String USER = "soundcloud:users:" + TRACKS;

	/** An already running server to walk, or empty to start one. */
	@Param("")
	public String server;

	private PagingServer.Child child;

	private SoundCloudTrackRepository starter;

	private SoundCloudTrackRepository prefetching;

	private RawClient raw;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		String baseUrl = this.server;
		if (baseUrl.isEmpty()) {
			this.child = PagingServer.Child.start();
			baseUrl = this.child.baseUrl();
		}
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(baseUrl)
			.authenticator(new StaticTokenAuthenticator(PagingServer.TOKEN))
			.prefetch(false)
			.pageSize(PAGE_SIZE)
			.build();
		this.starter = new SoundCloudTrackRepository(connector);
		this.prefetching = new SoundCloudTrackRepository(SoundCloudConnector.builder()
			.baseUrl(baseUrl)
			.authenticator(new StaticTokenAuthenticator(PagingServer.TOKEN))
			.pageSize(PAGE_SIZE)
			.build());
		this.raw = new RawClient(baseUrl, PagingServer.TOKEN);
		try (Stream<Track> tracks = this.starter.streamByUser(USER)) {
			check(tracks.count(), "starter");
		}
		try (Stream<Track> tracks = this.prefetching.streamByUser(USER)) {
			check(tracks.count(), "starter with prefetch");
		}
		check(this.raw.walkUserTracks(USER, PAGE_SIZE, (track) -> {
		}), "raw");
	}

	private static void check(long count, String side) {
		if (count != TRACKS) {
			throw new IllegalStateException(side + " walked " + count + " tracks, expected " + TRACKS);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		if (this.child != null) {
			this.child.close();
		}
	}

	@Benchmark
	@OperationsPerInvocation(TRACKS)
	public void starter(Blackhole blackhole) {
		try (Stream<Track> tracks = this.starter.streamByUser(USER)) {
			tracks.forEach(blackhole::consume);
		}
	}

	/** What users get by default: prefetch on. Not part of the goal; shown next to the peer. */
	@Benchmark
	@OperationsPerInvocation(TRACKS)
	public void starterPrefetching(Blackhole blackhole) {
		try (Stream<Track> tracks = this.prefetching.streamByUser(USER)) {
			tracks.forEach(blackhole::consume);
		}
	}

	@Benchmark
	@OperationsPerInvocation(TRACKS)
	public long raw(Blackhole blackhole) throws Exception {
		return this.raw.walkUserTracks(USER, PAGE_SIZE, blackhole::consume);
	}

	private int pairs;

	/**
	 * One walk with the starter (prefetch off) and one with {@link RawClient}, which goes first
	 * alternating between operations. Both count what they walked, the same way, so that a side
	 * that stopped early fails the run instead of looking fast.
	 */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@Fork(3)
	@Warmup(iterations = 4, batchSize = 2)
	@Measurement(iterations = 8, batchSize = 2)
	public void paired(PairTimes times, Blackhole blackhole) throws Exception {
		boolean starterFirst = (this.pairs++ % 2) == 0;
		for (int side = 0; side < 2; side++) {
			boolean starterNow = (side == 0) == starterFirst;
			Counting consumer = new Counting(blackhole);
			Map<Long, Long> cpu = PairTimes.cpuByThread();
			long start = System.nanoTime();
			if (starterNow) {
				try (Stream<Track> tracks = this.starter.streamByUser(USER)) {
					tracks.forEach(consumer);
				}
			}
			else {
				this.raw.walkUserTracks(USER, PAGE_SIZE, consumer);
			}
			long elapsed = System.nanoTime() - start;
			times.add(starterNow, elapsed, PairTimes.cpuSince(cpu));
			check(consumer.count, starterNow ? "starter" : "raw");
		}
	}

	/** Hands every track to the blackhole and counts them. */
	private static final class Counting implements Consumer<Track> {

		private final Blackhole blackhole;

		long count;

		Counting(Blackhole blackhole) {
			this.blackhole = blackhole;
		}

		@Override
		public void accept(Track track) {
			this.blackhole.consume(track);
			this.count++;
		}

	}

}
