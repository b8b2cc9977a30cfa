package io.github.scapi.soundcloud.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.scapi.soundcloud.Sleeper;

/**
 * A clock that only moves when the connector sleeps, and a sleeper that records its waits
 * instead of waiting: retry tests take no real time and can assert every wait.
 */
final class VirtualTime extends Clock implements Sleeper {

	private volatile Instant now;

	final List<Duration> sleeps = new CopyOnWriteArrayList<>();

	VirtualTime(Instant start) {
		this.now = start;
	}

	@Override
	public void sleep(Duration duration) {
		this.sleeps.add(duration);
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
