package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * Users and who follows whom. Guarded by the state's lock.
 */
final class UserTable {

	private final Map<Long, UserRow> rows = new TreeMap<>();

	private final Map<Long, List<Long>> followings = new HashMap<>();

	UserTable(List<FakeUser> users, Map<Long, List<Long>> followings) {
		users.forEach((user) -> this.rows.put(user.id(), new UserRow(user)));
		followings.forEach((id, followed) -> this.followings.put(id, new ArrayList<>(followed)));
	}

	@Nullable UserRow row(long id) {
		return this.rows.get(id);
	}

	/**
	 * Returns every user, by ascending id.
	 */
	Collection<UserRow> rows() {
		return this.rows.values();
	}

	/**
	 * Returns the users one follows: the generated ones in their order, the newest first.
	 */
	List<Long> followingsOf(long userId) {
		return List.copyOf(this.followings.getOrDefault(userId, List.of()));
	}

	/**
	 * Returns the users following one, by ascending id.
	 */
	List<Long> followersOf(long userId) {
		List<Long> followers = new ArrayList<>();
		this.rows.keySet().forEach((id) -> {
			if (isFollowing(id, userId)) {
				followers.add(id);
			}
		});
		return followers;
	}

	int followersCount(long userId) {
		int count = 0;
		for (List<Long> followed : this.followings.values()) {
			count += followed.contains(userId) ? 1 : 0;
		}
		return count;
	}

	boolean isFollowing(long userId, long targetId) {
		return this.followings.getOrDefault(userId, List.of()).contains(targetId);
	}

	boolean follow(long userId, long targetId) {
		List<Long> followed = this.followings.computeIfAbsent(userId, (id) -> new ArrayList<>());
		if (followed.contains(targetId)) {
			return false;
		}
		followed.add(0, targetId);
		return true;
	}

	boolean unfollow(long userId, long targetId) {
		return this.followings.getOrDefault(userId, new ArrayList<>()).remove(Long.valueOf(targetId));
	}

}
