package io.github.scapi.soundcloud.test.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.github.scapi.soundcloud.test.FakeComment;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * Renders the store's resources for one request, under the state's read (or write) lock:
 * it gathers each resource's counters and links, and remembers the users it rendered.
 */
final class Render {

	private final Store store;

	private final String apiBase;

	private final Map<Long, Map<String, @Nullable Object>> minis = new HashMap<>();

	Render(Store store, ApiRequest request) {
		this.store = store;
		this.apiBase = request.apiBase();
	}

	Store store() {
		return this.store;
	}

	String apiBase() {
		return this.apiBase;
	}

	/**
	 * A track, {@code user_favorite} left {@code false} as the API does outside search
	 * results and single tracks.
	 */
	Map<String, @Nullable Object> track(TrackRow row) {
		return track(row, false);
	}

	Map<String, @Nullable Object> track(TrackRow row, boolean withUserFavorite) {
		long id = row.id();
		long me = this.store.meId();
		TrackJson.Counters counters = new TrackJson.Counters(this.store.comments().count(id),
				this.store.trackLikes().count(id), this.store.trackReposts().count(id),
				withUserFavorite && this.store.trackLikes().contains(me, id), this.store.plays().count(id));
		return TrackJson.of(row, user(row.userId()), mini(row.userId()), this.apiBase, counters);
	}

	List<Map<String, @Nullable Object>> tracks(List<TrackRow> rows) {
		return rows.stream().map(this::track).toList();
	}

	Map<String, @Nullable Object> user(FakeUser user) {
		UserRow row = Objects.requireNonNull(this.store.users().row(user.id()));
		return UserJson.full(user, userCounters(user.id()), row.fields(), this.apiBase);
	}

	Map<String, @Nullable Object> me() {
		FakeUser me = this.store.me();
		UserRow row = Objects.requireNonNull(this.store.users().row(me.id()));
		long uploaded = this.store.tracks()
			.ofUser(me.id())
			.stream()
			.mapToLong((track) -> track.track().duration())
			.sum();
		return UserJson.me(me, userCounters(me.id()), row.fields(), uploaded, this.apiBase);
	}

	/**
	 * The smaller user nested in tracks and comments.
	 */
	Map<String, @Nullable Object> mini(long userId) {
		return this.minis.computeIfAbsent(userId,
				(id) -> UserJson.mini(user(id), userCounters(id), this.apiBase));
	}

	Map<String, @Nullable Object> playlist(PlaylistRow row, boolean showTracks, Predicate<FakeTrack> access) {
		List<TrackRow> rows = row.trackIds()
			.stream()
			.map((id) -> this.store.tracks().row(id))
			.filter(Objects::nonNull)
			.toList();
		long duration = rows.stream().mapToLong((track) -> track.track().duration()).sum();
		List<Map<String, @Nullable Object>> tracks = showTracks ? rows.stream()
			.filter((track) -> this.store.isVisible(track) && access.test(track.track()))
			.map(this::track)
			.toList() : null;
		FakeUser owner = user(row.userId());
		return PlaylistJson.of(row, owner, user(owner), tracks, duration, this.store.playlistLikes().count(row.id()),
				this.store.playlistReposts().count(row.id()), this.apiBase);
	}

	Map<String, @Nullable Object> comment(FakeComment comment) {
		return CommentJson.of(comment, mini(Urns.parse(comment.userUrn(), "users")), this.apiBase);
	}

	Map<String, @Nullable Object> group(GroupData group) {
		List<TrackRow> tracks = groupTracks(group);
		int contributors = (int) tracks.stream().map(TrackRow::userId).distinct().count();
		return LegacyJson.group(group, mini(group.creatorId()), contributors, tracks.size(), this.apiBase);
	}

	List<TrackRow> groupTracks(GroupData group) {
		return group.trackIds().stream().map((id) -> this.store.tracks().row(id)).filter(Objects::nonNull).toList();
	}

	FakeUser user(long id) {
		FakeUser user = this.store.user(id);
		if (user == null) {
			throw new IllegalStateException("Unknown user " + id);
		}
		return user;
	}

	private UserJson.Counters userCounters(long id) {
		List<PlaylistRow> playlists = this.store.playlists().ofUser(id);
		int privatePlaylists = (int) playlists.stream().filter((playlist) -> !playlist.isPublic()).count();
		int privateTracks = (int) this.store.tracks().ofUser(id).stream().filter((track) -> !track.isPublic()).count();
		return new UserJson.Counters(playlists.size() - privatePlaylists, privatePlaylists, privateTracks,
				this.store.trackLikes().countOf(id), this.store.playlistLikes().countOf(id),
				this.store.trackReposts().countOf(id) + this.store.playlistReposts().countOf(id));
	}

}
