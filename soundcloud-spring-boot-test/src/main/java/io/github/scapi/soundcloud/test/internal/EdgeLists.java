package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Likes or reposts of one kind of resource: for each user, what it liked (or reposted),
 * newest first, plus a count per resource. Guarded by the state's lock.
 */
final class EdgeLists {

	private final Map<Long, List<Edge>> byUser = new TreeMap<>();

	private final Map<Long, Integer> counts = new HashMap<>();

	EdgeLists(Map<Long, List<Edge>> seed) {
		seed.forEach((userId, edges) -> {
			this.byUser.put(userId, new ArrayList<>(edges));
			edges.forEach((edge) -> this.counts.merge(edge.targetId(), 1, Integer::sum));
		});
	}

	/**
	 * Adds an edge at the front; returns {@code false}, changing nothing, when it exists.
	 */
	boolean add(long userId, long targetId, Instant at) {
		if (contains(userId, targetId)) {
			return false;
		}
		this.byUser.computeIfAbsent(userId, (id) -> new ArrayList<>()).add(0, new Edge(targetId, at));
		this.counts.merge(targetId, 1, Integer::sum);
		return true;
	}

	boolean remove(long userId, long targetId) {
		List<Edge> edges = this.byUser.get(userId);
		if (edges == null || !edges.removeIf((edge) -> edge.targetId() == targetId)) {
			return false;
		}
		this.counts.merge(targetId, -1, Integer::sum);
		return true;
	}

	boolean contains(long userId, long targetId) {
		return this.byUser.getOrDefault(userId, List.of()).stream().anyMatch((edge) -> edge.targetId() == targetId);
	}

	List<Edge> edgesOf(long userId) {
		return List.copyOf(this.byUser.getOrDefault(userId, List.of()));
	}

	List<Long> targetsOf(long userId) {
		return this.byUser.getOrDefault(userId, List.of()).stream().map(Edge::targetId).toList();
	}

	int countOf(long userId) {
		return this.byUser.getOrDefault(userId, List.of()).size();
	}

	/**
	 * Returns the users with an edge to a resource, the most recent first.
	 */
	List<Long> usersOf(long targetId) {
		List<long[]> found = new ArrayList<>();
		this.byUser.forEach((userId, edges) -> edges.stream()
			.filter((edge) -> edge.targetId() == targetId)
			.findFirst()
			.ifPresent((edge) -> found.add(new long[] { userId, edge.at().toEpochMilli() })));
		return found.stream()
			.sorted(Comparator.<long[]>comparingLong((pair) -> pair[1]).thenComparingLong((pair) -> pair[0]).reversed())
			.map((pair) -> pair[0])
			.toList();
	}

	int count(long targetId) {
		return this.counts.getOrDefault(targetId, 0);
	}

	/**
	 * Forgets a deleted resource.
	 */
	void removeTarget(long targetId) {
		this.byUser.values().forEach((edges) -> edges.removeIf((edge) -> edge.targetId() == targetId));
		this.counts.remove(targetId);
	}

}
