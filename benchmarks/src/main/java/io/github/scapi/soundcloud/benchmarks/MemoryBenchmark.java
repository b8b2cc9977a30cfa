package io.github.scapi.soundcloud.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
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
 * Heap retained while one {@code Stream} walks 10,000, 100,000 and 1,000,000 tracks (pages of 200,
 * prefetch on, as users get it by default) from a {@link PagingServer} in another process. Every
 * 10,000 items, and once more just before the stream is closed, the walk forces a full GC and
 * reads the used heap: what is still reachable then is what the walk holds. The results carry
 * {@code retainedKiB} (the largest such reading) and {@code baselineKiB} (the same reading just
 * before the walk starts) as secondary results; the primary score is the walk's time. Goal: the
 * largest reading flat, within 10 %, from 10,000 to 1,000,000 items.
 * <p>
 * A fork per size, so no size inherits another's heap, each with {@code -Xmx128m}: a walk that
 * held its items would not even finish a million of them.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx128m")
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class MemoryBenchmark {

	static final int PAGE_SIZE = 200;

	static final int SAMPLE_EVERY = 10_000;

	@Param({ "10000", "100000", "1000000" })
	public int items;

	private PagingServer.Child server;

	private SoundCloudTrackRepository tracks;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.server = PagingServer.Child.start();
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(this.server.baseUrl())
			.authenticator(new StaticTokenAuthenticator(PagingServer.TOKEN))
			.pageSize(PAGE_SIZE)
			.build();
		this.tracks = new SoundCloudTrackRepository(connector);
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		this.server.close();
	}

	@Benchmark
	public long walk(Heap heap, Blackhole blackhole) {
		heap.baselineKiB = Heap.retainedKiB();
		long retained = 0;
		long count = 0;
		try (Stream<Track> stream = this.tracks.streamByUser("soundcloud:users:" + this.items)) {
			Iterator<Track> iterator = stream.iterator();
			while (iterator.hasNext()) {
				blackhole.consume(iterator.next());
				if (++count % SAMPLE_EVERY == 0) {
					retained = Math.max(retained, Heap.retainedKiB());
				}
			}
			retained = Math.max(retained, Heap.retainedKiB());
		}
		if (count != this.items) {
			throw new IllegalStateException("walked " + count + " tracks, expected " + this.items);
		}
		heap.retainedKiB = retained;
		return count;
	}

	/** The heap readings, reported by JMH next to the time. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Heap {

		private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

		/** The largest heap in use after a full GC during the walk, in KiB. */
		public long retainedKiB;

		/** The heap in use after a full GC just before the walk, in KiB. */
		public long baselineKiB;

		@Setup(Level.Iteration)
		public void clear() {
			this.retainedKiB = 0;
			this.baselineKiB = 0;
		}

		static long retainedKiB() {
			// twice: objects with finalizers or cleaners need a second collection
			System.gc();
			System.gc();
			return MEMORY.getHeapMemoryUsage().getUsed() / 1024;
		}

	}

}
