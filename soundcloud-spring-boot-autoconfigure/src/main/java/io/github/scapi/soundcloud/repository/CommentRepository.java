package io.github.scapi.soundcloud.repository;

import java.time.Duration;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Comment;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Comments on tracks. Ids, slices and streams behave as described on
 * {@link TrackRepository}.
 *
 * @author scapi contributors
 */
public interface CommentRepository {

	/**
	 * List the comments on a track, one page at a time.
	 * @param trackUrnOrId the track's URN or numeric id
	 * @param pageable the page
	 * @return one page of comments
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/comments")
	Slice<Comment> findByTrack(String trackUrnOrId, Pageable pageable);

	/**
	 * Walk all comments on a track lazily.
	 * @param trackUrnOrId the track's URN or numeric id
	 * @return the comments; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/tracks/{track_urn}/comments")
	Stream<Comment> streamByTrack(String trackUrnOrId);

	/**
	 * Comment on a track, optionally at a point in it.
	 * @param trackUrnOrId the track's URN or numeric id
	 * @param body the comment's text
	 * @param at where in the track the comment belongs, or {@code null}
	 * @return the created comment
	 */
	@SoundCloudOperation(method = "POST", path = "/tracks/{track_urn}/comments")
	Comment create(String trackUrnOrId, String body, @Nullable Duration at);

}
