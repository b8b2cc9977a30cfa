package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakePlaylist;
import org.jspecify.annotations.Nullable;

/**
 * A playlist as the state keeps it. {@code fields} holds the writable fields of the
 * {@code Playlist} schema by their JSON names ({@code title}, {@code sharing},
 * {@code permalink}, {@code description}, ...). Guarded by the state's lock.
 */
final class PlaylistRow {

	private final long id;

	private final long userId;

	private final Instant createdAt;

	private Instant lastModified;

	private final Map<String, @Nullable Object> fields;

	private final List<Long> trackIds;

	PlaylistRow(long id, long userId, Instant createdAt, Map<String, @Nullable Object> fields, List<Long> trackIds) {
		this.id = id;
		this.userId = userId;
		this.createdAt = createdAt;
		this.lastModified = createdAt;
		this.fields = new LinkedHashMap<>(fields);
		this.trackIds = new ArrayList<>(trackIds);
	}

	PlaylistRow copy() {
		PlaylistRow copy = new PlaylistRow(this.id, this.userId, this.createdAt, this.fields, this.trackIds);
		copy.lastModified = this.lastModified;
		return copy;
	}

	long id() {
		return this.id;
	}

	String urn() {
		return Urns.of("playlists", this.id);
	}

	long userId() {
		return this.userId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant lastModified() {
		return this.lastModified;
	}

	void touch(Instant now) {
		this.lastModified = now;
	}

	Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	List<Long> trackIds() {
		return this.trackIds;
	}

	String title() {
		return String.valueOf(this.fields.getOrDefault("title", ""));
	}

	String sharing() {
		return String.valueOf(this.fields.getOrDefault("sharing", "public"));
	}

	boolean isPublic() {
		return !"private".equals(sharing());
	}

	String permalink() {
		return String.valueOf(this.fields.getOrDefault("permalink", "set-" + this.id));
	}

	FakePlaylist view() {
		return new FakePlaylist(urn(), this.id, title(), Urns.of("users", this.userId), sharing(),
				this.trackIds.stream().map((trackId) -> Urns.of("tracks", trackId)).toList(), this.createdAt);
	}

}
