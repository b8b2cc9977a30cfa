package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A SoundCloud account, as returned by {@code /users/{urn}}, nested in tracks, playlists
 * and comments, or describing the caller at {@code /me}. The {@code /me} form carries a
 * few private extras (quota, private counts, locale...); they are {@code null} elsewhere.
 * Nested users are often abridged, so any scalar may be {@code null}.
 *
 * @param id the legacy numeric identifier; SoundCloud is phasing it out in favour of
 * {@code urn} but still sends it in many responses
 * @param urn the stable identifier, e.g. {@code soundcloud:users:123}
 * @param kind the resource type, {@code user} for accounts
 * @param username the public display name chosen by the account owner
 * @param permalink the last path segment of the profile's web address
 * @param permalinkUrl the address of the profile on soundcloud.com
 * @param uri the address of this user in the API
 * @param avatarUrl where the profile picture (JPEG) can be fetched
 * @param firstName the given name the owner entered, if any
 * @param lastName the family name the owner entered, if any
 * @param fullName the given and family name together, as shown on the profile
 * @param description the free-text "about" section of the profile
 * @param city the city the owner says they are in
 * @param country the country the owner says they are in
 * @param discogsName the owner's artist name on Discogs, linked from the profile
 * @param website the external web site linked from the profile
 * @param websiteTitle the label shown for {@code website}
 * @param plan the subscription plan the account is on (e.g. "Free", "Pro Unlimited")
 * @param createdAt when the account was created
 * @param lastModified when the profile was last changed
 * @param followersCount how many accounts follow this one
 * @param followingsCount how many accounts this one follows
 * @param playlistCount how many public playlists the account has
 * @param trackCount how many public tracks the account has
 * @param publicFavoritesCount how many public tracks the account has liked
 * @param likesCount how many likes the account has given ({@code /me} only)
 * @param repostsCount how many tracks and playlists the account has reposted
 * @param privateTracksCount how many private tracks the caller owns ({@code /me} only)
 * @param privatePlaylistsCount how many private playlists the caller owns ({@code /me}
 * only)
 * @param uploadSecondsLeft how much upload time the caller has left, {@code null} when
 * unlimited ({@code /me} only)
 * @param quota the caller's upload allowance in detail ({@code /me} only)
 * @param locale the caller's preferred language ({@code /me} only)
 * @param online whether the caller is currently online ({@code /me} only)
 * @param primaryEmailConfirmed whether the caller has confirmed their main e-mail address
 * ({@code /me} only)
 * @param subscriptions the paid products the account subscribes to; empty when none are
 * reported
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(
		@Nullable Long id,
		@Nullable String urn,
		@Nullable String kind,
		@Nullable String username,
		@Nullable String permalink,
		@Nullable String permalinkUrl,
		@Nullable String uri,
		@Nullable String avatarUrl,
		@Nullable String firstName,
		@Nullable String lastName,
		@Nullable String fullName,
		@Nullable String description,
		@Nullable String city,
		@Nullable String country,
		@Nullable String discogsName,
		@Nullable String website,
		@Nullable String websiteTitle,
		@Nullable String plan,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant lastModified,
		@Nullable Long followersCount,
		@Nullable Long followingsCount,
		@Nullable Long playlistCount,
		@Nullable Long trackCount,
		@Nullable Long publicFavoritesCount,
		@Nullable Long likesCount,
		@Nullable Long repostsCount,
		@Nullable Long privateTracksCount,
		@Nullable Long privatePlaylistsCount,
		@Nullable Long uploadSecondsLeft,
		@Nullable Quota quota,
		@Nullable String locale,
		@Nullable Boolean online,
		@Nullable Boolean primaryEmailConfirmed,
		List<Subscription> subscriptions,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra)
		implements SoundCloudResource {

	public User {
		// Absent arrays and objects arrive as null, and Jackson may keep references to what it
		// passes; unmodifiable copies keep the record immutable and spare callers null checks.
		subscriptions = ModelSupport.list(subscriptions);
		extra = ModelSupport.map(extra);
	}

	@Override
	public String toString() {
		return ModelSupport.summary("User", "urn", this.urn, "id", this.id, "username", this.username);
	}

	/**
	 * The caller's upload allowance, part of {@code /me}.
	 *
	 * @param unlimitedUploadQuota whether the plan lifts the upload limit altogether
	 * @param uploadSecondsUsed how many seconds of audio the caller has uploaded so far
	 * @param uploadSecondsLeft how many seconds the caller may still upload, {@code null}
	 * when unlimited
	 * @param extra properties of the quota object that have no component above
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record Quota(
			@Nullable Boolean unlimitedUploadQuota,
			@Nullable Long uploadSecondsUsed,
			@Nullable Long uploadSecondsLeft,
			@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

		public Quota {
			// Jackson may hand over null or a map it still owns; a private unmodifiable copy
			// keeps the record immutable and spares callers null checks.
			extra = ModelSupport.map(extra);
		}

		@Override
		public String toString() {
			return ModelSupport.summary("Quota", "unlimitedUploadQuota", this.unlimitedUploadQuota,
					"uploadSecondsUsed", this.uploadSecondsUsed, "uploadSecondsLeft", this.uploadSecondsLeft);
		}

	}

	/**
	 * A paid product an account subscribes to.
	 *
	 * @param product what is subscribed to
	 * @param recurring whether the subscription renews by itself
	 * @param extra properties of the subscription object that have no component above
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record Subscription(
			@Nullable Product product,
			@Nullable Boolean recurring,
			@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

		public Subscription {
			// Jackson may hand over null or a map it still owns; a private unmodifiable copy
			// keeps the record immutable and spares callers null checks.
			extra = ModelSupport.map(extra);
		}

		@Override
		public String toString() {
			return ModelSupport.summary("Subscription", "product", this.product, "recurring", this.recurring);
		}

	}

	/**
	 * The product behind a {@link Subscription}.
	 *
	 * @param id SoundCloud's identifier for the product (a string such as
	 * {@code creator-pro-unlimited}, not a number)
	 * @param name the product's name
	 * @param extra properties of the product object that have no component above
	 */
	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	public record Product(
			@Nullable String id,
			@Nullable String name,
			@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

		public Product {
			// Jackson may hand over null or a map it still owns; a private unmodifiable copy
			// keeps the record immutable and spares callers null checks.
			extra = ModelSupport.map(extra);
		}

		@Override
		public String toString() {
			return ModelSupport.summary("Product", "id", this.id, "name", this.name);
		}

	}

}
