package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeUpload;
import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * Everything one fake serves, as it is now: a copy of the {@link Seed} that writes change.
 * Not thread-safe: {@link FakeState} guards it with a read-write lock.
 */
final class Store {

	private final long meId;

	private final UserTable users;

	private final TrackTable tracks;

	private final PlaylistTable playlists;

	private final CommentTable comments;

	private final EdgeLists trackLikes;

	private final EdgeLists playlistLikes;

	private final EdgeLists trackReposts;

	private final EdgeLists playlistReposts;

	private final PlayHistory plays;

	private final List<FakeUpload> uploads = new ArrayList<>();

	private final Map<Long, List<WebProfile>> webProfiles;

	private final List<GroupData> groups;

	Store(Seed seed) {
		SeedContent content = seed.content();
		this.meId = seed.meId();
		this.users = new UserTable(seed.users(), seed.followings());
		this.tracks = new TrackTable(seed.tracks());
		this.playlists = new PlaylistTable(content.playlists());
		this.comments = new CommentTable(content.comments());
		this.trackLikes = new EdgeLists(content.trackLikes());
		this.playlistLikes = new EdgeLists(content.playlistLikes());
		this.trackReposts = new EdgeLists(content.trackReposts());
		this.playlistReposts = new EdgeLists(content.playlistReposts());
		this.plays = new PlayHistory(content.recentlyPlayed());
		this.webProfiles = content.webProfiles();
		this.groups = content.groups();
	}

	long meId() {
		return this.meId;
	}

	UserTable users() {
		return this.users;
	}

	TrackTable tracks() {
		return this.tracks;
	}

	PlaylistTable playlists() {
		return this.playlists;
	}

	CommentTable comments() {
		return this.comments;
	}

	EdgeLists trackLikes() {
		return this.trackLikes;
	}

	EdgeLists playlistLikes() {
		return this.playlistLikes;
	}

	EdgeLists trackReposts() {
		return this.trackReposts;
	}

	EdgeLists playlistReposts() {
		return this.playlistReposts;
	}

	PlayHistory plays() {
		return this.plays;
	}

	List<FakeUpload> uploads() {
		return this.uploads;
	}

	List<WebProfile> webProfilesOf(long userId) {
		return this.webProfiles.getOrDefault(userId, List.of());
	}

	List<GroupData> groups() {
		return this.groups;
	}

	/**
	 * Returns a user with its counters as they are now, or {@code null} when unknown.
	 */
	@Nullable FakeUser user(long id) {
		UserRow row = this.users.row(id);
		if (row == null) {
			return null;
		}
		FakeUser profile = row.profile();
		return new FakeUser(profile.urn(), id, profile.username(), profile.fullName(), profile.permalink(),
				this.tracks.countOf(id), this.users.followersCount(id), this.users.followingsOf(id).size());
	}

	FakeUser me() {
		FakeUser me = user(this.meId);
		if (me == null) {
			throw new IllegalStateException("The dataset has no user " + this.meId);
		}
		return me;
	}

	/**
	 * Whether the {@code me} user may see a track: public ones, its own, and private ones
	 * shared with it.
	 */
	boolean isVisible(TrackRow track) {
		return track.isPublic() || track.userId() == this.meId || track.permittedUserIds().contains(this.meId);
	}

	boolean isVisible(PlaylistRow playlist) {
		return playlist.isPublic() || playlist.userId() == this.meId;
	}

	/**
	 * Deletes a track with everything that refers to it.
	 */
	void deleteTrack(long id) {
		this.tracks.remove(id);
		this.playlists.removeTrack(id);
		this.comments.removeTrack(id);
		this.trackLikes.removeTarget(id);
		this.trackReposts.removeTarget(id);
		this.plays.removeTrack(id);
	}

	/**
	 * Deletes a playlist with its likes and reposts.
	 */
	void deletePlaylist(long id) {
		this.playlists.remove(id);
		this.playlistLikes.removeTarget(id);
		this.playlistReposts.removeTarget(id);
	}

}
