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
 * A community group that members posted tracks to. Groups belong to SoundCloud's legacy
 * API and are absent from today's specification; the record covers what the old
 * {@code /groups} resources returned so that data reached through the generic scope API
 * (or stored earlier) still maps to a type, and {@code extra} keeps whatever else a
 * server sends.
 *
 * @param id the numeric identifier, the only identifier groups had in the legacy API
 * @param urn the URN, e.g. {@code soundcloud:groups:12}, in case a server sends one
 * @param kind the resource type, {@code group} for groups
 * @param name the name of the group
 * @param shortDescription the one-line summary shown in group listings
 * @param description the full free-text description of the group
 * @param permalink the last path segment of the group's web address
 * @param permalinkUrl the address of the group on soundcloud.com
 * @param uri the address of this group in the API
 * @param artworkUrl where the group's image can be fetched
 * @param createdAt when the group was created
 * @param creator the account that created the group, usually abridged
 * @param membersCount how many accounts had joined the group
 * @param contributorsCount how many members had contributed tracks
 * @param trackCount how many tracks had been posted to the group
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Group(
		@Nullable Long id,
		@Nullable String urn,
		@Nullable String kind,
		@Nullable String name,
		@Nullable String shortDescription,
		@Nullable String description,
		@Nullable String permalink,
		@Nullable String permalinkUrl,
		@Nullable String uri,
		@Nullable String artworkUrl,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@Nullable User creator,
		@Nullable Long membersCount,
		@Nullable Long contributorsCount,
		@Nullable Long trackCount,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

	public Group {
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	@Override
	public String toString() {
		return ModelSupport.summary("Group", "urn", this.urn, "id", this.id, "name", this.name);
	}

}
