package io.github.scapi.soundcloud.test.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Playlists by id. Guarded by the state's lock.
 */
final class PlaylistTable {

	private static final Comparator<PlaylistRow> NEWEST_FIRST = Comparator.comparing(PlaylistRow::createdAt)
		.thenComparingLong(PlaylistRow::id)
		.reversed();

	private final TreeMap<Long, PlaylistRow> rows = new TreeMap<>();

	private long nextId;

	PlaylistTable(List<PlaylistRow> seed) {
		seed.forEach((row) -> this.rows.put(row.id(), row.copy()));
		this.nextId = this.rows.isEmpty() ? ContentGenerator.FIRST_PLAYLIST_ID : this.rows.lastKey() + 1;
	}

	@Nullable PlaylistRow row(long id) {
		return this.rows.get(id);
	}

	/**
	 * Returns every playlist, by ascending id.
	 */
	Collection<PlaylistRow> rows() {
		return this.rows.values();
	}

	/**
	 * Returns a user's playlists, newest first.
	 */
	List<PlaylistRow> ofUser(long userId) {
		return this.rows.values().stream().filter((row) -> row.userId() == userId).sorted(NEWEST_FIRST).toList();
	}

	long nextId() {
		return this.nextId++;
	}

	void add(PlaylistRow row) {
		this.rows.put(row.id(), row);
	}

	void remove(long id) {
		this.rows.remove(id);
	}

	/**
	 * Takes a deleted track out of every playlist.
	 */
	void removeTrack(long trackId) {
		this.rows.values().forEach((row) -> row.trackIds().removeIf((id) -> id == trackId));
	}

}
