package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.scapi.soundcloud.test.FakeComment;
import org.jspecify.annotations.Nullable;

/**
 * Comments by id and by track, newest first. Guarded by the state's lock.
 */
final class CommentTable {

	private static final Comparator<FakeComment> NEWEST_FIRST = Comparator.comparing(FakeComment::createdAt)
		.thenComparingLong(FakeComment::id)
		.reversed();

	private final TreeMap<Long, FakeComment> byId = new TreeMap<>();

	private final Map<Long, List<FakeComment>> byTrack = new HashMap<>();

	private long nextId;

	CommentTable(List<FakeComment> seed) {
		seed.forEach((comment) -> {
			this.byId.put(comment.id(), comment);
			this.byTrack.computeIfAbsent(trackId(comment), (id) -> new ArrayList<>()).add(comment);
		});
		this.byTrack.values().forEach((list) -> list.sort(NEWEST_FIRST));
		this.nextId = this.byId.isEmpty() ? ContentGenerator.FIRST_COMMENT_ID : this.byId.lastKey() + 1;
	}

	@Nullable FakeComment byId(long id) {
		return this.byId.get(id);
	}

	Collection<FakeComment> all() {
		return this.byId.values();
	}

	List<FakeComment> of(long trackId) {
		return List.copyOf(this.byTrack.getOrDefault(trackId, List.of()));
	}

	int count(long trackId) {
		return this.byTrack.getOrDefault(trackId, List.of()).size();
	}

	long nextId() {
		return this.nextId++;
	}

	void add(FakeComment comment) {
		this.byId.put(comment.id(), comment);
		this.byTrack.computeIfAbsent(trackId(comment), (id) -> new ArrayList<>()).add(0, comment);
	}

	void removeTrack(long trackId) {
		List<FakeComment> removed = this.byTrack.remove(trackId);
		if (removed != null) {
			removed.forEach((comment) -> this.byId.remove(comment.id()));
		}
	}

	private static long trackId(FakeComment comment) {
		return Urns.parse(comment.trackUrn(), "tracks");
	}

}
