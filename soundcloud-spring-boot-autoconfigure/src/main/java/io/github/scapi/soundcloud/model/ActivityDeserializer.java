package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an {@link Activity}, turning its {@code origin} into a {@link Track} or a
 * {@link Playlist}. The origin's {@code kind} decides; when it has none, the part of the
 * activity {@code type} before any {@code :} does ({@code track:repost} means a track).
 * An origin of another kind, or one that is not a JSON object, is kept untyped in
 * {@code extra} under {@code "origin"}.
 * <p>
 * The object is first bound to a plain record, so the timestamp handling and the keeping
 * of unknown properties are the same as for the other records, whatever the mapper's
 * settings; only the origin is buffered as a tree and converted with the same context.
 *
 * @author scapi contributors
 */
final class ActivityDeserializer extends StdDeserializer<Activity> {

	/**
	 * Create the deserializer; Jackson instantiates it reflectively.
	 */
	ActivityDeserializer() {
		super(Activity.class);
	}

	@Override
	public Activity deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		Wire wire = context.readValue(parser, Wire.class);
		JsonNode origin = wire.origin();
		if (origin == null || origin.isNull()) {
			return new Activity(wire.type(), wire.createdAt(), wire.reposter(), null, null, wire.extra());
		}
		String kind = originKind(origin, wire.type());
		if ("track".equals(kind)) {
			Track track = context.readTreeAsValue(origin, Track.class);
			return new Activity(wire.type(), wire.createdAt(), wire.reposter(), track, null, wire.extra());
		}
		if ("playlist".equals(kind)) {
			Playlist playlist = context.readTreeAsValue(origin, Playlist.class);
			return new Activity(wire.type(), wire.createdAt(), wire.reposter(), null, playlist, wire.extra());
		}
		Map<String, @Nullable Object> extra = new LinkedHashMap<>();
		extra.put(Activity.ORIGIN, context.readTreeAsValue(origin, Object.class));
		extra.putAll(wire.extra());
		return new Activity(wire.type(), wire.createdAt(), wire.reposter(), null, null, extra);
	}

	private static @Nullable String originKind(JsonNode origin, @Nullable String type) {
		if (!origin.isObject()) {
			return null;
		}
		JsonNode kind = origin.get("kind");
		if (kind != null && kind.isString()) {
			return kind.stringValue();
		}
		if (type == null) {
			return null;
		}
		int colon = type.indexOf(':');
		return (colon >= 0) ? type.substring(0, colon) : type;
	}

	/**
	 * The activity as it is sent, with the origin not yet typed.
	 *
	 * @param type what happened
	 * @param createdAt when it happened
	 * @param reposter who reposted the origin
	 * @param origin the resource the activity is about, as a tree
	 * @param extra the properties that have no component above
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Wire(
			@Nullable String type,
			@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
			@Nullable String reposter,
			@Nullable JsonNode origin,
			@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter Map<String, @Nullable Object> extra) {

		Wire {
			extra = ModelSupport.map(extra);
		}

	}

}
