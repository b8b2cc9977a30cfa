package io.github.scapi.soundcloud.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time each side of a paired benchmark ({@link FindByIdBenchmark#paired},
 * {@link WalkBenchmark#paired}) took, summed by JMH over an iteration and reported as secondary
 * results; {@code ratios.py} computes each iteration's ratio from them.
 * <p>
 * The CPU figures are the CPU time all of this JVM's Java threads (the caller's and the HTTP
 * client's) spent while one side ran: on a loaded machine, where most of a request's wall time
 * is waiting for a core, they say more about what each side costs. The server's process is not
 * counted, nor are the JIT's and the GC's threads, which are not Java threads.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class PairTimes {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	/** Nanoseconds spent in the starter's side. */
	public long starterNs;

	/** Nanoseconds spent in the raw client's side. */
	public long rawNs;

	/** CPU nanoseconds of this JVM's Java threads during the starter's side. */
	public long starterCpuNs;

	/** CPU nanoseconds of this JVM's Java threads during the raw client's side. */
	public long rawCpuNs;

	@Setup(Level.Iteration)
	public void clear() {
		this.starterNs = 0;
		this.rawNs = 0;
		this.starterCpuNs = 0;
		this.rawCpuNs = 0;
	}

	/** Add one timed run of one side. */
	void add(boolean starter, long elapsedNs, long cpuNs) {
		if (starter) {
			this.starterNs += elapsedNs;
			this.starterCpuNs += cpuNs;
		}
		else {
			this.rawNs += elapsedNs;
			this.rawCpuNs += cpuNs;
		}
	}

	/**
	 * The CPU time of every live Java thread of this JVM so far, by thread id: the start of a
	 * {@link #cpuSince} measurement.
	 */
	static Map<Long, Long> cpuByThread() {
		long[] ids = THREADS.getAllThreadIds();
		Map<Long, Long> times = new HashMap<>(ids.length * 2);
		for (long id : ids) {
			long time = THREADS.getThreadCpuTime(id);
			if (time >= 0) {
				times.put(id, time);
			}
		}
		return times;
	}

	/**
	 * The CPU time this JVM's Java threads spent since {@code before} was read: a thread alive
	 * at both readings counts the difference, one started since counts all of its time, and one
	 * that ended since counts nothing. (The difference of two sums over all threads, measured
	 * before, subtracted the whole past of a thread that ended in between, such as an HTTP
	 * client's pool thread idle long enough to be retired: a walk then showed less than half its
	 * CPU time.)
	 */
	static long cpuSince(Map<Long, Long> before) {
		long sum = 0;
		for (long id : THREADS.getAllThreadIds()) {
			long time = THREADS.getThreadCpuTime(id);
			if (time >= 0) {
				sum += time - before.getOrDefault(id, 0L);
			}
		}
		return sum;
	}

}
