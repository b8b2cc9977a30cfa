package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A comment a listener left on a track, optionally pinned to a moment of the audio, as
 * returned by {@code /tracks/{urn}/comments} and {@code /comments/{urn}}.
 *
 * @param id the legacy numeric identifier; SoundCloud is phasing it out in favour of
 * {@code urn} but still sends it in many responses
 * @param urn the stable identifier, e.g. {@code soundcloud:comments:123}
 * @param kind the resource type, {@code comment} for comments
 * @param body the text of the comment
 * @param timestamp the position in the track the comment refers to, in milliseconds from
 * the start; {@code null} for comments on the track as a whole. The API documents it as a
 * string but sends a number; both are read.
 * @param createdAt when the comment was posted
 * @param uri the address of this comment in the API
 * @param userUrn the URN of the author
 * @param trackUrn the URN of the track the comment is on
 * @param user the author, abridged to the fields needed to show them
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Comment(
		@Nullable Long id,
		@Nullable String urn,
		@Nullable String kind,
		@Nullable String body,
		@Nullable Long timestamp,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@Nullable String uri,
		@Nullable String userUrn,
		@Nullable String trackUrn,
		@Nullable User user,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra)
		implements SoundCloudResource {

	public Comment {
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	/**
	 * Summarise the comment by identity, track, author and position. The body is left out:
	 * it is user content of any length.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("Comment", "urn", this.urn, "id", this.id, "trackUrn", this.trackUrn, "user",
				ModelSupport.username(this.user), "timestamp", this.timestamp);
	}

}
