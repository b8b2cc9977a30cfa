package io.github.scapi.soundcloud.benchmarks;

import java.util.Map;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code findById} against the {@link PagingServer} (the fake's tracks, served from another
 * process, no added latency): the starter's
 * {@link SoundCloudTrackRepository} versus {@link RawClient}. Goal (issue 15): starter / raw ≤ 1.05
 * (time per operation).
 * <p>
 * {@link #starter} and {@link #raw} are measured one after the other, in forks of their own,
 * as JMH does; on a machine whose load drifts, the two sides then run under different
 * conditions. {@link #paired} measures both within every operation instead: {@value #BLOCK}
 * calls of one side, then {@value #BLOCK} of the other (which goes first alternates), each
 * block timed alone, so that the two sides share whatever the machine is doing. Its secondary
 * results {@code starterNs} and {@code rawNs} are the time spent in each side per iteration;
 * {@code ratios.py} reports the ratio of every iteration's two sums and their spread.
 * {@code starterCpuNs} and {@code rawCpuNs} are the CPU time all of this JVM's Java threads (the
 * caller's and the HTTP client's) spent during each side's blocks: on a loaded machine, where
 * the wall time of a call is mostly waiting for a core, they say more about what each side
 * costs (the server's process is not counted).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(3)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class FindByIdBenchmark {

	private PagingServer.Child server;

	private SoundCloudTrackRepository starter;

	private RawClient raw;

	private String trackUrn;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.server = PagingServer.Child.start();
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(this.server.baseUrl())
			.authenticator(new StaticTokenAuthenticator(PagingServer.TOKEN))
			.build();
		this.starter = new SoundCloudTrackRepository(connector);
		this.raw = new RawClient(this.server.baseUrl(), PagingServer.TOKEN);
		this.trackUrn = "soundcloud:tracks:" + (PagingServer.FIRST_ID + 7);
		// both sides must read the same track, or the comparison means nothing
		Track a = this.starter.findById(this.trackUrn).orElseThrow();
		Track b = this.raw.findTrack(this.trackUrn);
		if (!a.equals(b)) {
			throw new IllegalStateException("starter and raw client disagree on " + this.trackUrn);
		}
	}

	@TearDown(Level.Trial)
	public void tearDown() throws Exception {
		this.server.close();
	}

	@Benchmark
	public Track starter() {
		return this.starter.findById(this.trackUrn).orElseThrow();
	}

	@Benchmark
	public Track raw() throws Exception {
		return this.raw.findTrack(this.trackUrn);
	}

	/** Calls of each side per {@link #paired} operation. */
	static final int BLOCK = 50;

	private int pairs;

	@Benchmark
	public Object paired(PairTimes times) throws Exception {
		boolean starterFirst = (this.pairs++ % 2) == 0;
		Object last = null;
		for (int side = 0; side < 2; side++) {
			boolean starterNow = (side == 0) == starterFirst;
			Map<Long, Long> cpu = PairTimes.cpuByThread();
			long start = System.nanoTime();
			for (int i = 0; i < BLOCK; i++) {
				last = starterNow ? starter() : raw();
			}
			long elapsed = System.nanoTime() - start;
			times.add(starterNow, elapsed, PairTimes.cpuSince(cpu));
		}
		return last;
	}

}
