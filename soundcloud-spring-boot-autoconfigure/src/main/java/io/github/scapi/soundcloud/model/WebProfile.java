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
 * A link a user added to their profile (web site, Facebook, Instagram...), as listed by
 * {@code /users/{urn}/web-profiles}.
 *
 * @param id the numeric identifier; not part of the documented schema, but the API's own
 * example sends it
 * @param urn the identifier of the link
 * @param kind the resource type, {@code web-profile} for profile links
 * @param service the service or platform the link points to, e.g. {@code facebook},
 * {@code instagram} or {@code personal} for an ordinary web site
 * @param title the title the user gave the link
 * @param url the address of the external page
 * @param username the account name SoundCloud extracted from the link, if the service has
 * one
 * @param createdAt when the link was added to the profile
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebProfile(
		@Nullable Long id,
		@Nullable String urn,
		@Nullable String kind,
		@Nullable String service,
		@Nullable String title,
		@Nullable String url,
		@Nullable String username,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

	public WebProfile {
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	/**
	 * Summarise the link by identity, service and account name. The address is left out to
	 * keep the line short; it is public but can be long.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("WebProfile", "urn", this.urn, "id", this.id, "service", this.service,
				"username", this.username);
	}

}
