package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * An item of the caller's feed, as listed by {@code /me/feed}, {@code /me/feed/tracks}
 * and the {@code /me/activities} family: a track or playlist was posted or reposted by an
 * account the caller follows.
 * <p>
 * In JSON the resource the activity is about sits in a single {@code origin} object that
 * is either a track or a playlist. The record exposes it typed: {@link #track()} or
 * {@link #playlist()} is set according to the origin's {@code kind} (or, if the origin
 * names none, the activity's {@code type}), and {@link #origin()} returns whichever it is.
 * An origin of any other kind, or one that is not a JSON object, does not fail the read:
 * it is kept untyped (a JSON object as a map) under {@code "origin"} in {@link #extra()},
 * and both typed components are {@code null}.
 * Writing the record produces the API's shape again, with a single {@code origin}; the
 * constructor therefore rejects both a track and a playlist, or a typed origin together
 * with an {@code origin} entry in {@code extra}.
 * <p>
 * Timestamps come in the legacy form {@code 2020/10/12 12:03:00 +0000}; both that and
 * ISO-8601 are read (see {@link SoundCloudInstantDeserializer}).
 *
 * @param type what happened: {@code track}, {@code track:repost}, {@code playlist} or
 * {@code playlist:repost} today
 * @param createdAt when it happened
 * @param reposter the URN of the account that reposted the origin, for the
 * {@code :repost} types
 * @param track the origin when it is a track, otherwise {@code null}
 * @param playlist the origin when it is a playlist, otherwise {@code null}
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation (including an {@code origin} of an unknown
 * kind); empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({ "type", "created_at", "reposter", "origin" })
@JsonDeserialize(using = ActivityDeserializer.class)
public record Activity(
		@Nullable String type,
		@Nullable Instant createdAt,
		@Nullable String reposter,
		@JsonIgnore @Nullable Track track,
		@JsonIgnore @Nullable Playlist playlist,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

	/**
	 * The JSON name of the origin, shared with {@link ActivityDeserializer}.
	 */
	static final String ORIGIN = "origin";

	// Reading goes through ActivityDeserializer, which applies the lenient timestamp
	// parsing to created_at and picks track or playlist from the origin.

	public Activity {
		// One origin at most, or writing the record would produce two "origin" properties.
		if (track != null && playlist != null) {
			throw new IllegalArgumentException("An activity has a single origin: a track or a playlist, not both");
		}
		if ((track != null || playlist != null) && extra != null && extra.containsKey(ORIGIN)) {
			throw new IllegalArgumentException("An activity with a typed origin cannot keep another one in extra");
		}
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	/**
	 * The resource the activity is about, whichever kind it is; written as the
	 * {@code origin} property.
	 * @return the track or the playlist, or {@code null} if the origin was missing or of
	 * an unknown kind (in which case it is in {@link #extra()})
	 */
	@JsonProperty(ORIGIN)
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public @Nullable SoundCloudResource origin() {
		return (this.track != null) ? this.track : this.playlist;
	}

	/**
	 * Whether the activity is a repost rather than an original post, judged by its
	 * {@code type}.
	 * @return {@code true} for {@code track:repost}, {@code playlist:repost} and any
	 * future {@code :repost} type
	 */
	@JsonIgnore
	public boolean isRepost() {
		return this.type != null && this.type.endsWith(":repost");
	}

	/**
	 * Summarise the activity by type, time, origin and reposter; the origin is named by
	 * its URN, not printed.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		SoundCloudResource origin = origin();
		return ModelSupport.summary("Activity", "type", this.type, "createdAt", this.createdAt, "origin",
				(origin != null) ? origin.urn() : null, "reposter", this.reposter);
	}

}
