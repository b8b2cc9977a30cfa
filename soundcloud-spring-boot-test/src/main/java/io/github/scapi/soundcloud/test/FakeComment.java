package io.github.scapi.soundcloud.test;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A comment on a track.
 *
 * @param urn the comment's URN, {@code soundcloud:comments:<id>}
 * @param id the numeric id inside the URN
 * @param trackUrn the URN of the track commented on
 * @param userUrn the URN of the author
 * @param body the text
 * @param timestamp the position in the track it refers to, in milliseconds, or {@code null}
 * for the track as a whole
 * @param createdAt when it was posted
 */
public record FakeComment(String urn, long id, String trackUrn, String userUrn, String body, @Nullable Long timestamp,
		Instant createdAt) {

	/**
	 * Creates a comment, checking the mandatory components.
	 * @param urn the comment's URN
	 * @param id the numeric id
	 * @param trackUrn the track's URN
	 * @param userUrn the author's URN
	 * @param body the text
	 * @param timestamp the position in the track, or {@code null}
	 * @param createdAt the posting time
	 */
	public FakeComment {
		Assert.hasText(urn, "'urn' must not be empty");
		Assert.hasText(trackUrn, "'trackUrn' must not be empty");
		Assert.hasText(userUrn, "'userUrn' must not be empty");
		Assert.notNull(body, "'body' must not be null");
		Assert.notNull(createdAt, "'createdAt' must not be null");
	}

}
