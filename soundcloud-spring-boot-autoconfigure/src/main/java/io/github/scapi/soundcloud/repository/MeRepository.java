package io.github.scapi.soundcloud.repository;

import java.util.List;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Activity;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * The authenticated user: their feed, likes, followings, reposts, tracks and playlists,
 * and the operations that change them (follow, like, repost). Needs credentials of a user
 * (authorization code, refresh token, OAuth 1.0a token or Basic), not the client-credentials
 * grant. The user's own profile is {@link UserRepository#findMe()}.
 *
 * @author scapi contributors
 */
public interface MeRepository {

	/**
	 * Return the authenticated user's feed: new tracks, playlists and reposts of the users they follow.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/feed")
	Slice<Activity> findFeed(Pageable pageable);

	/**
	 * Return the track part of the authenticated user's feed.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/feed/tracks")
	Slice<Activity> findFeedTracks(Pageable pageable);

	/**
	 * Return the up to 25 tracks the authenticated user played last, newest first (the API does not page this list).
	 * @return the tracks
	 */
	@SoundCloudOperation(method = "GET", path = "/me/recently-played/tracks")
	List<Track> findRecentlyPlayedTracks();

	/**
	 * List the tracks the authenticated user liked.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/likes/tracks")
	Slice<Track> findLikedTracks(Pageable pageable);

	/**
	 * Walk all tracks the authenticated user liked, lazily.
	 * @return the items; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/me/likes/tracks")
	Stream<Track> streamLikedTracks();

	/**
	 * List the playlists the authenticated user liked.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/likes/playlists")
	Slice<Playlist> findLikedPlaylists(Pageable pageable);

	/**
	 * List the users the authenticated user follows (scapi's contacts).
	 * @param pageable the page
	 * @return one page
	 */
	@SoundCloudOperation(method = "GET", path = "/me/followings")
	Slice<User> findFollowings(Pageable pageable);

	/**
	 * Walk all users the authenticated user follows, lazily.
	 * @return the items; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/me/followings")
	Stream<User> streamFollowings();

	/**
	 * List recent tracks of the users the authenticated user follows. SoundCloud answers this
	 * list as a bare array without {@code next_href}; after a full page the slice's
	 * {@code nextPageable()} continues at the next {@code offset}, which the operation defines,
	 * so a page asked for by number works too.
	 * @param pageable the page
	 * @return one page
	 */
	@SoundCloudOperation(method = "GET", path = "/me/followings/tracks")
	Slice<Track> findFollowingsTracks(Pageable pageable);

	/**
	 * Follow a user.
	 * @param userUrnOrId the user's URN or numeric id
	 */
	@SoundCloudOperation(method = "PUT", path = "/me/followings/{user_urn}")
	void follow(String userUrnOrId);

	/**
	 * Stop following a user.
	 * @param userUrnOrId the user's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/me/followings/{user_urn}")
	void unfollow(String userUrnOrId);

	/**
	 * List the authenticated user's followers.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/followers")
	Slice<User> findFollowers(Pageable pageable);

	/**
	 * List the authenticated user's playlists, private ones included.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/playlists")
	Slice<Playlist> findPlaylists(Pageable pageable);

	/**
	 * List the authenticated user's tracks, private ones included.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/tracks")
	Slice<Track> findTracks(Pageable pageable);

	/**
	 * Walk all of the authenticated user's tracks, lazily.
	 * @return the items; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/me/tracks")
	Stream<Track> streamTracks();

	/**
	 * List the tracks the authenticated user reposted.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/reposts/tracks")
	Slice<Track> findRepostedTracks(Pageable pageable);

	/**
	 * List the playlists the authenticated user reposted.
	 * @param pageable the page
	 * @return one page
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/me/reposts/playlists")
	Slice<Playlist> findRepostedPlaylists(Pageable pageable);

	/**
	 * Like a track (scapi's favorite).
	 * @param trackUrnOrId the track's URN or numeric id
	 */
	@SoundCloudOperation(method = "POST", path = "/likes/tracks/{track_urn}")
	void likeTrack(String trackUrnOrId);

	/**
	 * Remove the like of a track.
	 * @param trackUrnOrId the track's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/likes/tracks/{track_urn}")
	void unlikeTrack(String trackUrnOrId);

	/**
	 * Like a playlist.
	 * @param playlistUrnOrId the playlist's URN or numeric id
	 */
	@SoundCloudOperation(method = "POST", path = "/likes/playlists/{playlist_urn}")
	void likePlaylist(String playlistUrnOrId);

	/**
	 * Remove the like of a playlist.
	 * @param playlistUrnOrId the playlist's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/likes/playlists/{playlist_urn}")
	void unlikePlaylist(String playlistUrnOrId);

	/**
	 * Repost a track.
	 * @param trackUrnOrId the track's URN or numeric id
	 */
	@SoundCloudOperation(method = "POST", path = "/reposts/tracks/{track_urn}")
	void repostTrack(String trackUrnOrId);

	/**
	 * Remove the repost of a track. SoundCloud's specification marks this operation deprecated, but it has no replacement.
	 * @param trackUrnOrId the track's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/reposts/tracks/{track_urn}")
	void unrepostTrack(String trackUrnOrId);

	/**
	 * Repost a playlist.
	 * @param playlistUrnOrId the playlist's URN or numeric id
	 */
	@SoundCloudOperation(method = "POST", path = "/reposts/playlists/{playlist_urn}")
	void repostPlaylist(String playlistUrnOrId);

	/**
	 * Remove the repost of a playlist.
	 * @param playlistUrnOrId the playlist's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/reposts/playlists/{playlist_urn}")
	void unrepostPlaylist(String playlistUrnOrId);

	/**
	 * Sign the authenticated user out: the access token stops working.
	 */
	@SoundCloudOperation(method = "POST", path = "/sign-out")
	void signOut();

}
