package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code me} user played through the stream endpoints, most recent first without
 * duplicates, and how often. Guarded by the state's lock.
 */
final class PlayHistory {

	private final List<Long> recent;

	private final Map<Long, Long> counts = new HashMap<>();

	PlayHistory(List<Long> seed) {
		this.recent = new ArrayList<>(seed);
	}

	void played(long trackId) {
		this.recent.remove(Long.valueOf(trackId));
		this.recent.add(0, trackId);
		this.counts.merge(trackId, 1L, Long::sum);
	}

	List<Long> recent() {
		return List.copyOf(this.recent);
	}

	long count(long trackId) {
		return this.counts.getOrDefault(trackId, 0L);
	}

	void removeTrack(long trackId) {
		this.recent.remove(Long.valueOf(trackId));
		this.counts.remove(trackId);
	}

}
