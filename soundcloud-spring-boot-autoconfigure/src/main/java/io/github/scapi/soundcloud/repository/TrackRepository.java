package io.github.scapi.soundcloud.repository;

import java.net.URI;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Storefront;
import io.github.scapi.soundcloud.model.StorefrontUpdate;
import io.github.scapi.soundcloud.model.Streams;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Tracks on SoundCloud. Methods taking an id accept a URN ({@code soundcloud:tracks:123})
 * or a numeric id and reject anything else with {@link IllegalArgumentException} before a
 * request is made. {@link Slice} results hold one page whose
 * {@link Slice#nextPageable() nextPageable()} continues at the API's cursor; {@link Stream}
 * results walk every page lazily and should be closed when abandoned early.
 *
 * @author scapi contributors
 */
public interface TrackRepository {

	/**
	 * Find a track.
	 * @param urnOrId the track's URN or numeric id
	 * @return the track, or empty if it does not exist or is not visible
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}")
	Optional<Track> findById(String urnOrId);

	/**
	 * Search tracks, one page at a time.
	 * @param query the filters; {@link TrackQuery#ALL} for none
	 * @param pageable the page: {@link Pageable#unpaged()} or {@code PageRequest.of(0, size)}
	 * for the first page, a previous slice's {@code nextPageable()} for the next
	 * @return one page of matching tracks
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks")
	Slice<Track> search(TrackQuery query, Pageable pageable);

	/**
	 * Search tracks and walk every match lazily, page by page.
	 * @param query the filters
	 * @return the matching tracks; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks")
	Stream<Track> streamSearch(TrackQuery query);

	/**
	 * List a user's public tracks, one page at a time.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of the user's tracks
	 * @throws io.github.scapi.soundcloud.SoundCloudNotFoundException if the user does not exist
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/tracks")
	Slice<Track> findByUser(String userUrnOrId, Pageable pageable);

	/**
	 * Walk all of a user's public tracks lazily, page by page.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the user's tracks; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/tracks")
	Stream<Track> streamByUser(String userUrnOrId);

	/**
	 * Upload a track. The audio, and any artwork, is streamed from its resource.
	 * @param upload the audio and its metadata
	 * @return the created track
	 */
	@SoundCloudOperation(method = "POST", path = "/tracks")
	Track create(TrackUpload upload);

	/**
	 * Change a track's metadata, or replace its artwork. Sent as the JSON object
	 * {@code {"track": {...}}} without files, as multipart with the artwork: the operation
	 * takes no plain form.
	 * @param urnOrId the track's URN or numeric id
	 * @param changes the fields to change
	 * @return the track as it is now
	 */
	@SoundCloudOperation(method = "PUT", path = "/tracks/{track_urn}")
	Track update(String urnOrId, TrackUpdate changes);

	/**
	 * Delete a track.
	 * @param urnOrId the track's URN or numeric id
	 */
	@SoundCloudOperation(method = "DELETE", path = "/tracks/{track_urn}")
	void deleteById(String urnOrId);

	/**
	 * List the users who liked a track.
	 * @param urnOrId the track's URN or numeric id
	 * @param pageable the page
	 * @return one page of users
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/favoriters")
	Slice<User> findFavoriters(String urnOrId, Pageable pageable);

	/**
	 * List the users who reposted a track.
	 * @param urnOrId the track's URN or numeric id
	 * @param pageable the page
	 * @return one page of users
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/reposters")
	Slice<User> findReposters(String urnOrId, Pageable pageable);

	/**
	 * List tracks related to a track.
	 * @param urnOrId the track's URN or numeric id
	 * @param pageable the page
	 * @return one page of tracks
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/related")
	Slice<Track> findRelated(String urnOrId, Pageable pageable);

	/**
	 * Return a track's stream URLs. They are API URLs that answer with a redirect to a CDN
	 * link; turn one into a playable link with {@link #playableUrl(String)}.
	 * @param urnOrId the track's URN or numeric id
	 * @return the stream URLs by format
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/streams")
	Streams findStreams(String urnOrId);

	/**
	 * Turn a stream URL (from {@link #findStreams(String)}) into the playable CDN link it
	 * redirects to. The CDN link expires within minutes and is fetched without credentials,
	 * by a player or with {@link io.github.scapi.soundcloud.SoundCloudConnector#download}.
	 * @param streamUrl a stream URL of the API
	 * @return the CDN link
	 */
	URI playableUrl(String streamUrl);

	/**
	 * Return the playable CDN link of a track's preview (the API's redirect, not followed).
	 * @param urnOrId the track's URN or numeric id
	 * @return the link, or empty when the track has no preview
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/preview")
	Optional<URI> findPreviewUrl(String urnOrId);

	/**
	 * Create or replace the storefront shown on a track's page. Fields left out are cleared.
	 * @param urnOrId the track's URN or numeric id
	 * @param storefront the whole storefront
	 * @return the storefront as stored
	 */
	@SoundCloudOperation(method = "PUT", path = "/tracks/{track_urn}/storefront")
	Storefront updateStorefront(String urnOrId, StorefrontUpdate storefront);

}
