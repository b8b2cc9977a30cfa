package io.github.scapi.soundcloud.repository;

import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Track;

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
	Optional<Track> findById(String urnOrId);

	/**
	 * Search tracks, one page at a time.
	 * @param query the filters; {@link TrackQuery#ALL} for none
	 * @param pageable the page: {@link Pageable#unpaged()} or {@code PageRequest.of(0, size)}
	 * for the first page, a previous slice's {@code nextPageable()} for the next
	 * @return one page of matching tracks
	 */
	Slice<Track> search(TrackQuery query, Pageable pageable);

	/**
	 * Search tracks and walk every match lazily, page by page.
	 * @param query the filters
	 * @return the matching tracks; close the stream to stop early
	 */
	Stream<Track> streamSearch(TrackQuery query);

	/**
	 * List a user's public tracks, one page at a time.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of the user's tracks
	 * @throws io.github.scapi.soundcloud.SoundCloudNotFoundException if the user does not exist
	 */
	Slice<Track> findByUser(String userUrnOrId, Pageable pageable);

	/**
	 * Walk all of a user's public tracks lazily, page by page.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the user's tracks; close the stream to stop early
	 */
	Stream<Track> streamByUser(String userUrnOrId);

}
