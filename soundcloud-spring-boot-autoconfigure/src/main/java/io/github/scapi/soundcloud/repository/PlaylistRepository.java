package io.github.scapi.soundcloud.repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Playlists and albums ("sets"). Ids, slices and streams behave as described on
 * {@link TrackRepository}.
 *
 * @author scapi contributors
 */
public interface PlaylistRepository {

	/**
	 * Find a playlist, with its tracks.
	 * @param urnOrId the playlist's URN or numeric id
	 * @return the playlist, or empty if it does not exist or is not visible
	 */
	@SoundCloudOperation(method = "GET", path = "/playlists/{playlist_urn}")
	Optional<Playlist> findById(String urnOrId);

	/**
	 * Search playlists by text, one page at a time.
	 * @param text the text to look for
	 * @param pageable the page
	 * @return one page of playlists (without their tracks)
	 */
	@SoundCloudOperation(method = "GET", path = "/playlists")
	Slice<Playlist> search(String text, Pageable pageable);

	/**
	 * Create a playlist.
	 * @param playlist its fields; a title is required
	 * @return the created playlist
	 */
	@SoundCloudOperation(method = "POST", path = "/playlists")
	Playlist create(PlaylistUpdate playlist);

	/**
	 * Change a playlist: rename it, change its tracks or any other field.
	 * @param urnOrId the playlist's URN or numeric id
	 * @param changes the fields to change
	 * @return the playlist as it is now
	 */
	@SoundCloudOperation(method = "PUT", path = "/playlists/{playlist_urn}")
	Playlist update(String urnOrId, PlaylistUpdate changes);

	/**
	 * Replace a playlist's tracks.
	 * @param urnOrId the playlist's URN or numeric id
	 * @param trackUrnsOrIds the tracks, in order
	 * @return the playlist as it is now
	 */
	@SoundCloudOperation(method = "PUT", path = "/playlists/{playlist_urn}")
	Playlist setTracks(String urnOrId, List<String> trackUrnsOrIds);

	/**
	 * Delete a playlist (its tracks stay).
	 * @param urnOrId the playlist's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/playlists/{playlist_urn}")
	void deleteById(String urnOrId);

	/**
	 * List a playlist's tracks, one page at a time. The operation has no {@code limit}:
	 * SoundCloud chooses how many tracks a page holds, and the pageable's size is not sent.
	 * @param urnOrId the playlist's URN or numeric id
	 * @param pageable the page
	 * @return one page of tracks
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/playlists/{playlist_urn}/tracks")
	Slice<Track> findTracks(String urnOrId, Pageable pageable);

	/**
	 * Walk all of a playlist's tracks lazily.
	 * @param urnOrId the playlist's URN or numeric id
	 * @return the tracks; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/playlists/{playlist_urn}/tracks")
	Stream<Track> streamTracks(String urnOrId);

	/**
	 * List the users who reposted a playlist.
	 * @param urnOrId the playlist's URN or numeric id
	 * @param pageable the page
	 * @return one page of users
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/playlists/{playlist_urn}/reposters")
	Slice<User> findReposters(String urnOrId, Pageable pageable);

}
