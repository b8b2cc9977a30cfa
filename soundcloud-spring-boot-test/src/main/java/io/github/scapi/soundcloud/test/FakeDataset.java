package io.github.scapi.soundcloud.test;

import java.util.List;
import java.util.Optional;

/**
 * Read-only view of the data a {@link SoundCloudFake} serves, so that tests can compute
 * their expectations instead of hard-coding them.
 * <p>
 * The dataset is the same on every run and every machine: 60 users (ids 1001 to 1060) and
 * more than 2,000 tracks (ids from 200001). Methods that take a user accept its URN or its
 * bare numeric id. All lists are immutable.
 */
public interface FakeDataset {

	/**
	 * Returns every user, by ascending id.
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
	 * Returns the users a user follows, in the order the API lists them.
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
	 * Returns the user with the most tracks: the only one with exactly 1,000, none blocked.
	 * @return that user
	 */
	FakeUser userWithMostTracks();

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

}
