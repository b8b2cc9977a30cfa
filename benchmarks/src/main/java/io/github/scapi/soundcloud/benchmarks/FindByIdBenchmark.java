package io.github.scapi.soundcloud.benchmarks;

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
 * {@link SoundCloudTrackRepository} versus {@link RawClient}. Goal: starter / raw ≤ 1.10
 * (time per operation).
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

}
