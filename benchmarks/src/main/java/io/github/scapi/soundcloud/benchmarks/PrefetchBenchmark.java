package io.github.scapi.soundcloud.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * <p>
 * {@link #walk} measures one setting per fork ({@code prefetch=false}, then {@code true}), minutes
 * apart. {@link #paired} walks with both in every operation (which goes first alternates), each
 * walk timed alone, so that both settings share whatever the machine is doing; an iteration is
 * two operations, one in each order. Its secondary results ({@link PairedTimes}) are each
 * setting's time and the CPU time of this JVM's Java threads during it (here the fake's threads
 * too: it runs in this JVM); {@code ratios.py} reports every iteration's on / off ratio and
 * their spread.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class PrefetchBenchmark {

	static final int PAGE_SIZE = 20;

	static final long WORK_MILLIS = 20;

	private SoundCloudFake fake;

	private SoundCloudTrackRepository prefetching;

	private SoundCloudTrackRepository notPrefetching;

	private String userUrn;

	@Setup(Level.Trial)
	public void setUp() {
		this.fake = SoundCloudFake.builder().latency(Duration.ofMillis(20)).start();
		this.prefetching = repository(true);
		this.notPrefetching = repository(false);
		this.userUrn = this.fake.dataset().userWithMostTracks().urn();
	}

	private SoundCloudTrackRepository repository(boolean prefetch) {
		// two connectors that differ in nothing else
		return new SoundCloudTrackRepository(SoundCloudConnector.builder()
			.baseUrl(this.fake.baseUrl())
			.authenticator(new StaticTokenAuthenticator(this.fake.accessToken()))
			.prefetch(prefetch)
			.pageSize(PAGE_SIZE)
			.build());
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fake.close();
	}

	/** The setting {@link #walk} measures: a parameter of its own, so {@link #paired} runs once. */
	@State(Scope.Benchmark)
	public static class Setting {

		@Param({ "false", "true" })
		public boolean prefetch;

	}

	@Benchmark
	@Fork(1)
	@Warmup(iterations = 3)
	@Measurement(iterations = 8)
	public long walk(Setting setting, Blackhole blackhole) throws InterruptedException {
		return walk(setting.prefetch ? this.prefetching : this.notPrefetching, blackhole);
	}

	private int pairs;

	@Benchmark
	@Fork(3)
	@Warmup(iterations = 2, batchSize = 2)
	@Measurement(iterations = 6, batchSize = 2)
	public void paired(PairedTimes times, Blackhole blackhole) throws InterruptedException {
		boolean onFirst = (this.pairs++ % 2) == 0;
		for (int side = 0; side < 2; side++) {
			boolean on = (side == 0) == onFirst;
			Map<Long, Long> cpu = PairTimes.cpuByThread();
			long start = System.nanoTime();
			walk(on ? this.prefetching : this.notPrefetching, blackhole);
			long elapsed = System.nanoTime() - start;
			times.add(on, elapsed, PairTimes.cpuSince(cpu));
		}
	}

	private long walk(SoundCloudTrackRepository tracks, Blackhole blackhole) throws InterruptedException {
		long count = 0;
		try (Stream<Track> stream = tracks.streamByUser(this.userUrn)) {
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

	/** The time each setting of {@link #paired} took, summed by JMH over an iteration. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class PairedTimes {

		/** Nanoseconds spent walking with prefetch on. */
		public long onNs;

		/** Nanoseconds spent walking with prefetch off. */
		public long offNs;

		/** CPU nanoseconds of this JVM's Java threads while walking with prefetch on. */
		public long onCpuNs;

		/** CPU nanoseconds of this JVM's Java threads while walking with prefetch off. */
		public long offCpuNs;

		@Setup(Level.Iteration)
		public void clear() {
			this.onNs = 0;
			this.offNs = 0;
			this.onCpuNs = 0;
			this.offCpuNs = 0;
		}

		void add(boolean on, long elapsedNs, long cpuNs) {
			if (on) {
				this.onNs += elapsedNs;
				this.onCpuNs += cpuNs;
			}
			else {
				this.offNs += elapsedNs;
				this.offCpuNs += cpuNs;
			}
		}

	}

}
