package io.github.scapi.soundcloud.test;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A track of the fake's built-in dataset, with the fields that the search filters look at.
 * The JSON the fake serves for this track carries more fields, all derived deterministically
 * from the ones here.
 *
 * @param urn the track's URN, {@code soundcloud:tracks:<id>}
 * @param id the numeric id inside the URN
 * @param title the title (may contain apostrophes, commas, {@code &} and non-ASCII letters)
 * @param genre the genre, one of a fixed list such as {@code House} or {@code Hip-hop & Rap}
 * @param tags the tags; multi-word tags appear quoted in the served {@code tag_list}
 * @param bpm the tempo in beats per minute, or {@code null} when unknown
 * @param duration the duration in milliseconds
 * @param createdAt when the track was uploaded (served as {@code yyyy/MM/dd HH:mm:ss +0000})
 * @param access {@code playable}, {@code preview} or {@code blocked}
 * @param userUrn the URN of the user who uploaded the track
 */
public record FakeTrack(String urn, long id, String title, String genre, List<String> tags, @Nullable Integer bpm,
		long duration, Instant createdAt, String access, String userUrn) {

	/**
	 * Creates a track, checking the mandatory components and copying the tags.
	 * @param urn the track's URN
	 * @param id the numeric id
	 * @param title the title
	 * @param genre the genre
	 * @param tags the tags
	 * @param bpm the tempo, or {@code null}
	 * @param duration the duration in milliseconds
	 * @param createdAt the upload time
	 * @param access the access level
	 * @param userUrn the uploader's URN
	 */
	public FakeTrack {
		Assert.hasText(urn, "'urn' must not be empty");
		Assert.notNull(title, "'title' must not be null");
		Assert.notNull(genre, "'genre' must not be null");
		Assert.notNull(createdAt, "'createdAt' must not be null");
		Assert.hasText(access, "'access' must not be empty");
		Assert.hasText(userUrn, "'userUrn' must not be empty");
		tags = List.copyOf(tags);
	}

}
