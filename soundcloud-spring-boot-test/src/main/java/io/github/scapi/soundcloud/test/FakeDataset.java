package io.github.scapi.soundcloud.test;

import java.util.List;
import java.util.Optional;

/**
 * Read-only view of the data a {@link SoundCloudFake} serves, so that tests can compute
 * their expectations instead of hard-coding them.
 * <p>
 * The fake starts from a generated dataset that is the same on every run and every
 * machine: 60 users (ids 1001 to 1060), more than 2,000 tracks (ids from 200001), 150
 * playlists (ids from 700001), comments, likes, reposts and legacy groups. Writes through
 * the API change it, and this view shows the data as it is at the time of each call;
 * {@link SoundCloudFake#resetData()} returns to the generated dataset. Methods that take a
 * URN also accept the bare numeric id. Every returned list is an immutable snapshot.
 */
public interface FakeDataset {

	/**
	 * Returns every user, by ascending id, with their counters as they are now.
	 * @return the users
	 */
	List<FakeUser> users();

	/**
	 * Returns every track, whatever its access level, by ascending id.
	 * @return the tracks
	 */
	List<FakeTrack> tracks();

	/**
	 * Looks a user up.
	 * @param urnOrId a URN such as {@code soundcloud:users:1001} or a bare id
	 * @return the user, or empty when unknown
	 */
	Optional<FakeUser> user(String urnOrId);

	/**
	 * Looks a track up.
	 * @param urnOrId a URN such as {@code soundcloud:tracks:200001} or a bare id
	 * @return the track, or empty when unknown
	 */
	Optional<FakeTrack> track(String urnOrId);

	/**
	 * Returns a user's tracks of every access level, newest first (the order of
	 * {@code /users/{user_urn}/tracks}; ties broken by descending id). Note that the
	 * endpoint, like SoundCloud's, defaults to {@code access=playable,preview} and so leaves
	 * out {@code blocked} tracks, which this list includes; the 1,000-track user has none.
	 * @param userUrn the user's URN or id
	 * @return the tracks, empty for an unknown user
	 */
	List<FakeTrack> tracksOf(String userUrn);

	/**
	 * Returns the users a user follows, in the order the API lists them: those followed
	 * through the API first, the most recent first, then the generated ones.
	 * @param userUrn the user's URN or id
	 * @return the followed users, empty for an unknown user
	 */
	List<FakeUser> followingsOf(String userUrn);

	/**
	 * Returns the users following a user, by ascending id.
	 * @param userUrn the user's URN or id
	 * @return the followers, empty for an unknown user
	 */
	List<FakeUser> followersOf(String userUrn);

	/**
	 * Returns the owner of every accepted token, the user served at {@code /me}.
	 * @return the authenticated user
	 */
	FakeUser me();

	/**
	 * Returns the URN of {@link #me()}.
	 * @return the authenticated user's URN
	 */
	default String meUrn() {
		return me().urn();
	}

	/**
	 * Returns the user with the most tracks: in the generated dataset, the only one with
	 * exactly 1,000, none blocked.
	 * @return that user
	 */
	FakeUser userWithMostTracks();

	/**
	 * Returns every playlist, public or private, by ascending id.
	 * @return the playlists
	 */
	List<FakePlaylist> playlists();

	/**
	 * Looks a playlist up.
	 * @param urnOrId a URN such as {@code soundcloud:playlists:700001} or a bare id
	 * @return the playlist, or empty when unknown
	 */
	Optional<FakePlaylist> playlist(String urnOrId);

	/**
	 * Returns a user's playlists, public or private, newest first (the order of
	 * {@code /users/{user_urn}/playlists}).
	 * @param userUrn the user's URN or id
	 * @return the playlists, empty for an unknown user
	 */
	List<FakePlaylist> playlistsOf(String userUrn);

	/**
	 * Returns the comments on a track, newest first, as {@code /tracks/{track_urn}/comments}
	 * lists them.
	 * @param trackUrn the track's URN or id
	 * @return the comments, empty for an unknown track
	 */
	List<FakeComment> commentsOf(String trackUrn);

	/**
	 * Returns the tracks a user liked, the most recent like first.
	 * @param userUrn the user's URN or id
	 * @return the liked tracks, empty for an unknown user
	 */
	List<FakeTrack> likedTracksOf(String userUrn);

	/**
	 * Returns the playlists a user liked, the most recent like first.
	 * @param userUrn the user's URN or id
	 * @return the liked playlists, empty for an unknown user
	 */
	List<FakePlaylist> likedPlaylistsOf(String userUrn);

	/**
	 * Returns the tracks a user reposted, the most recent first.
	 * @param userUrn the user's URN or id
	 * @return the reposted tracks, empty for an unknown user
	 */
	List<FakeTrack> repostedTracksOf(String userUrn);

	/**
	 * Returns the playlists a user reposted, the most recent first.
	 * @param userUrn the user's URN or id
	 * @return the reposted playlists, empty for an unknown user
	 */
	List<FakePlaylist> repostedPlaylistsOf(String userUrn);

	/**
	 * Returns the users a track is shared with through the legacy
	 * {@code /tracks/{track_urn}/permissions}, in the order they were set.
	 * @param trackUrn the track's URN or id
	 * @return the permitted users, empty for an unknown track
	 */
	List<FakeUser> permittedUsersOf(String trackUrn);

	/**
	 * Returns the legacy groups, by ascending id.
	 * @return the groups
	 */
	List<FakeGroup> groups();

	/**
	 * Returns the number of users.
	 * @return the user count
	 */
	default int userCount() {
		return users().size();
	}

	/**
	 * Returns the number of tracks of every access level.
	 * @return the track count
	 */
	default int trackCount() {
		return tracks().size();
	}

	/**
	 * Returns the number of playlists, public or private.
	 * @return the playlist count
	 */
	default int playlistCount() {
		return playlists().size();
	}

}
