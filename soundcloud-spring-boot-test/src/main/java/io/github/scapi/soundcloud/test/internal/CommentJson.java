package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeComment;
import org.jspecify.annotations.Nullable;

/**
 * JSON of the {@code Comment} schema. The {@code timestamp} is sent as a number, as
 * SoundCloud does, though the schema calls it a string.
 */
final class CommentJson {

	private CommentJson() {
	}

	static Map<String, @Nullable Object> of(FakeComment comment, Map<String, @Nullable Object> author, String apiBase) {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("body", comment.body());
		json.put("created_at", LegacyDates.format(comment.createdAt()));
		json.put("id", comment.id());
		json.put("kind", "comment");
		json.put("timestamp", comment.timestamp());
		json.put("track_id", Urns.parse(comment.trackUrn(), "tracks"));
		json.put("track_urn", comment.trackUrn());
		json.put("uri", apiBase + "/comments/" + comment.urn());
		json.put("urn", comment.urn());
		json.put("user", author);
		json.put("user_id", Urns.parse(comment.userUrn(), "users"));
		json.put("user_urn", comment.userUrn());
		return json;
	}

}
