package io.github.scapi.soundcloud.repository;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudRequestBody;
import io.github.scapi.soundcloud.model.Comment;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * {@link CommentRepository} backed by a {@link SoundCloudConnector}.
 *
 * @author scapi contributors
 */
public final class SoundCloudCommentRepository extends RepositorySupport implements CommentRepository {

	private static final String COMMENTS = "/tracks/{track_urn}/comments";

	/**
	 * Create a repository.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudCommentRepository(SoundCloudConnector connector) {
		super(connector);
	}

	@Override
	public Slice<Comment> findByTrack(String trackUrnOrId, Pageable pageable) {
		return slice(COMMENTS, track(trackUrnOrId), NO_QUERY, Comment.class, pageable);
	}

	@Override
	public Stream<Comment> streamByTrack(String trackUrnOrId) {
		return stream(COMMENTS, track(trackUrnOrId), NO_QUERY, Comment.class);
	}

	@Override
	public Comment create(String trackUrnOrId, String body, @Nullable Duration at) {
		Assert.hasText(body, "'body' must not be empty");
		Assert.isTrue(at == null || !at.isNegative(), "'at' must not be negative");
		Map<String, Object> comment = new LinkedHashMap<>();
		comment.put("body", body);
		if (at != null) {
			comment.put("timestamp", at.toMillis());
		}
		return write(HttpMethod.POST, COMMENTS, track(trackUrnOrId), SoundCloudRequestBody.json(Map.of("comment", comment)),
				Comment.class);
	}
}
