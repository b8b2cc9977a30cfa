package io.github.scapi.soundcloud.repository;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.model.Activity;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;

/**
 * {@link MeRepository} backed by a {@link SoundCloudConnector}.
 *
 * @author scapi contributors
 */
public final class SoundCloudMeRepository extends RepositorySupport implements MeRepository {

	/**
	 * Create a repository.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudMeRepository(SoundCloudConnector connector) {
		super(connector);
	}

	@Override
	public Slice<Activity> findFeed(Pageable pageable) {
		return slice("/me/feed", Map.of(), NO_QUERY, Activity.class, pageable);
	}

	@Override
	public Slice<Activity> findFeedTracks(Pageable pageable) {
		return slice("/me/feed/tracks", Map.of(), NO_QUERY, Activity.class, pageable);
	}

	@Override
	public List<Track> findRecentlyPlayedTracks() {
		return list("/me/recently-played/tracks", Map.of(), NO_QUERY, Track.class);
	}

	@Override
	public Slice<Track> findLikedTracks(Pageable pageable) {
		return slice("/me/likes/tracks", Map.of(), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Stream<Track> streamLikedTracks() {
		return stream("/me/likes/tracks", Map.of(), NO_QUERY, Track.class);
	}

	@Override
	public Slice<Playlist> findLikedPlaylists(Pageable pageable) {
		return slice("/me/likes/playlists", Map.of(), NO_QUERY, Playlist.class, pageable);
	}

	@Override
	public Slice<User> findFollowings(Pageable pageable) {
		return slice("/me/followings", Map.of(), NO_QUERY, User.class, pageable);
	}

	@Override
	public Stream<User> streamFollowings() {
		return stream("/me/followings", Map.of(), NO_QUERY, User.class);
	}

	@Override
	public Slice<Track> findFollowingsTracks(Pageable pageable) {
		return slice("/me/followings/tracks", Map.of(), NO_QUERY, Track.class, pageable);
	}

	@Override
	public void follow(String userUrnOrId) {
		call(HttpMethod.PUT, "/me/followings/{user_urn}", user(userUrnOrId));
	}

	@Override
	public void unfollow(String userUrnOrId) {
		call(HttpMethod.DELETE, "/me/followings/{user_urn}", user(userUrnOrId));
	}

	@Override
	public Slice<User> findFollowers(Pageable pageable) {
		return slice("/me/followers", Map.of(), NO_QUERY, User.class, pageable);
	}

	@Override
	public Slice<Playlist> findPlaylists(Pageable pageable) {
		return slice("/me/playlists", Map.of(), NO_QUERY, Playlist.class, pageable);
	}

	@Override
	public Slice<Track> findTracks(Pageable pageable) {
		return slice("/me/tracks", Map.of(), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Stream<Track> streamTracks() {
		return stream("/me/tracks", Map.of(), NO_QUERY, Track.class);
	}

	@Override
	public Slice<Track> findRepostedTracks(Pageable pageable) {
		return slice("/me/reposts/tracks", Map.of(), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Slice<Playlist> findRepostedPlaylists(Pageable pageable) {
		return slice("/me/reposts/playlists", Map.of(), NO_QUERY, Playlist.class, pageable);
	}

	@Override
	public void likeTrack(String trackUrnOrId) {
		call(HttpMethod.POST, "/likes/tracks/{track_urn}", track(trackUrnOrId));
	}

	@Override
	public void unlikeTrack(String trackUrnOrId) {
		call(HttpMethod.DELETE, "/likes/tracks/{track_urn}", track(trackUrnOrId));
	}

	@Override
	public void likePlaylist(String playlistUrnOrId) {
		call(HttpMethod.POST, "/likes/playlists/{playlist_urn}", playlist(playlistUrnOrId));
	}

	@Override
	public void unlikePlaylist(String playlistUrnOrId) {
		call(HttpMethod.DELETE, "/likes/playlists/{playlist_urn}", playlist(playlistUrnOrId));
	}

	@Override
	public void repostTrack(String trackUrnOrId) {
		call(HttpMethod.POST, "/reposts/tracks/{track_urn}", track(trackUrnOrId));
	}

	@Override
	public void unrepostTrack(String trackUrnOrId) {
		call(HttpMethod.DELETE, "/reposts/tracks/{track_urn}", track(trackUrnOrId));
	}

	@Override
	public void repostPlaylist(String playlistUrnOrId) {
		call(HttpMethod.POST, "/reposts/playlists/{playlist_urn}", playlist(playlistUrnOrId));
	}

	@Override
	public void unrepostPlaylist(String playlistUrnOrId) {
		call(HttpMethod.DELETE, "/reposts/playlists/{playlist_urn}", playlist(playlistUrnOrId));
	}

	@Override
	public void signOut() {
		call(HttpMethod.POST, "/sign-out", Map.of());
	}
}
