package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.scapi.soundcloud.test.FakeTrack;
import org.jspecify.annotations.Nullable;

/**
 * Tracks by id and by owner. Guarded by the state's lock.
 */
final class TrackTable {

	/**
	 * Newest first, as SoundCloud lists a user's tracks by default.
	 */
	static final Comparator<FakeTrack> NEWEST_FIRST = Comparator.comparing(FakeTrack::createdAt)
		.thenComparingLong(FakeTrack::id)
		.reversed();

	private static final Comparator<TrackRow> ROWS_NEWEST_FIRST = Comparator.comparing(TrackRow::track,
			NEWEST_FIRST);

	private final TreeMap<Long, TrackRow> rows = new TreeMap<>();

	private final Map<Long, List<TrackRow>> byUser = new HashMap<>();

	TrackTable(List<FakeTrack> tracks) {
		tracks.forEach((track) -> {
			TrackRow row = new TrackRow(track);
			this.rows.put(track.id(), row);
			this.byUser.computeIfAbsent(row.userId(), (id) -> new ArrayList<>()).add(row);
		});
		this.byUser.values().forEach((list) -> list.sort(ROWS_NEWEST_FIRST));
	}

	@Nullable TrackRow row(long id) {
		return this.rows.get(id);
	}

	/**
	 * Returns every track, by ascending id.
	 */
	Collection<TrackRow> rows() {
		return this.rows.values();
	}

	/**
	 * Returns a user's tracks, newest first.
	 */
	List<TrackRow> ofUser(long userId) {
		return List.copyOf(this.byUser.getOrDefault(userId, List.of()));
	}

	int countOf(long userId) {
		return this.byUser.getOrDefault(userId, List.of()).size();
	}

	long nextId() {
		return this.rows.isEmpty() ? 1 : this.rows.lastKey() + 1;
	}

	void add(TrackRow row) {
		this.rows.put(row.id(), row);
		List<TrackRow> owned = this.byUser.computeIfAbsent(row.userId(), (id) -> new ArrayList<>());
		int index = 0;
		while (index < owned.size() && ROWS_NEWEST_FIRST.compare(owned.get(index), row) < 0) {
			index++;
		}
		owned.add(index, row);
	}

	void remove(long id) {
		TrackRow row = this.rows.remove(id);
		if (row != null) {
			this.byUser.getOrDefault(row.userId(), new ArrayList<>()).remove(row);
		}
	}

}
