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
 * Something that happened on SoundCloud: a track or playlist was posted or reposted, a
 * comment was left, a track was liked... Events come from the legacy events and activity
 * feeds; today's {@code /me/activities} items have the same shape.
 * <p>
 * {@code origin} is the resource the event is about. Its kind depends on {@code type}
 * (a track, a playlist, a comment...), so it stays a plain JSON map; callers that know
 * what to expect can convert it, e.g. with {@code mapper.convertValue(event.origin(),
 * Track.class)}.
 *
 * @param id the numeric identifier legacy event feeds gave each event; {@code null} in
 * activity feeds, which do not identify their items
 * @param type what happened, e.g. {@code track}, {@code track:repost},
 * {@code playlist}, {@code comment} or {@code favoriting}
 * @param createdAt when it happened
 * @param tags how the event relates to the caller, as the legacy feeds labelled it (e.g.
 * {@code affiliated} or {@code exclusive})
 * @param reposter the URN of the account that reposted the origin, for repost events
 * @param origin the resource the event is about, as a JSON object; {@code null} when the
 * server sent none
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Event(
		@Nullable Long id,
		@Nullable String type,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@Nullable String tags,
		@Nullable String reposter,
		@Nullable Map<String, @Nullable Object> origin,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

	public Event {
		// A missing origin stays null so that "no origin" is distinguishable from an empty one;
		// the copies keep the record immutable.
		origin = (origin != null) ? ModelSupport.map(origin) : null;
		extra = ModelSupport.map(extra);
	}

	/**
	 * The {@code kind} of the origin ({@code track}, {@code playlist}, {@code comment}...),
	 * which tells what type {@code origin} can be converted to.
	 * @return the origin's kind, or {@code null} if there is no origin or it names no kind
	 */
	public @Nullable String originKind() {
		return stringOf(this.origin, "kind");
	}

	/**
	 * Summarise the event by type, time and the identity of its origin; the origin itself
	 * is not printed because it can be a whole resource.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		String originId = stringOf(this.origin, "urn");
		if (originId == null && this.origin != null && this.origin.get("id") != null) {
			originId = String.valueOf(this.origin.get("id"));
		}
		return ModelSupport.summary("Event", "id", this.id, "type", this.type, "createdAt", this.createdAt,
				"originKind", originKind(), "origin", originId);
	}

	private static @Nullable String stringOf(@Nullable Map<String, @Nullable Object> map, String key) {
		Object value = (map != null) ? map.get(key) : null;
		return (value instanceof String text) ? text : null;
	}

}
