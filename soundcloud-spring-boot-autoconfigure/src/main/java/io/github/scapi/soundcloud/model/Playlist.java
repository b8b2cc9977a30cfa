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
 * An ordered set of tracks (a playlist, album, EP...), as returned by
 * {@code /playlists/{urn}} and in listings. Listings may leave {@code tracks} out or
 * abridge it, so {@code trackCount} is the reliable size while {@code tracks} holds what
 * was actually sent.
 *
 * @param id the legacy numeric identifier; SoundCloud is phasing it out in favour of
 * {@code urn} but still sends it in many responses
 * @param urn the stable identifier, e.g. {@code soundcloud:playlists:123}
 * @param kind the resource type, {@code playlist} for playlists
 * @param title the name the owner gave the playlist
 * @param description the owner's free-text notes about the playlist
 * @param permalink the last path segment of the playlist's web address
 * @param permalinkUrl the address of the playlist on soundcloud.com
 * @param uri the address of this playlist in the API
 * @param tracksUri the API address listing the playlist's tracks
 * @param artworkUrl where the cover image (JPEG) can be fetched
 * @param user the owner of the playlist, usually abridged
 * @param userUrn the URN of the owner, sent even when {@code user} is not
 * @param label the account credited as record label, if one was chosen
 * @param labelId the numeric identifier of the label account
 * @param labelName the name of the record label credited for the release
 * @param createdAt when the playlist was created
 * @param lastModified when the playlist or its track list was last changed
 * @param duration the total length of its tracks in milliseconds
 * @param trackCount how many tracks the playlist holds
 * @param tracks the tracks sent with the playlist, in playlist order; empty when the
 * response did not include them
 * @param likesCount how many listeners liked the playlist
 * @param genre the genre the owner picked or typed
 * @param tagList the owner's tags as one string, separated by spaces, with multi-word tags
 * in double quotes
 * @param tags tags as a separate field that SoundCloud sends alongside {@code tagList}
 * @param sharing who can see the playlist: {@code public} or {@code private} (see
 * {@link Sharing})
 * @param embeddableBy who may embed the player for this playlist
 * @param license the licence the owner grants for the set
 * @param playlistType what the set is released as (e.g. album, EP, single, compilation)
 * @param type another rendering of the set's type that the API sends next to
 * {@code playlistType}
 * @param ean the European Article Number (barcode) of the release
 * @param release the release (catalogue) name or number
 * @param releaseDay day of the month of the release date
 * @param releaseMonth month (1 to 12) of the release date
 * @param releaseYear year of the release date
 * @param purchaseTitle the label of the "buy" link, if any
 * @param purchaseUrl where the release can be bought, if anywhere
 * @param streamable whether the playlist can be streamed
 * @param downloadable whether the playlist can be downloaded
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Playlist(
		@Nullable Long id,
		@Nullable String urn,
		@Nullable String kind,
		@Nullable String title,
		@Nullable String description,
		@Nullable String permalink,
		@Nullable String permalinkUrl,
		@Nullable String uri,
		@Nullable String tracksUri,
		@Nullable String artworkUrl,
		@Nullable User user,
		@Nullable String userUrn,
		@Nullable User label,
		@Nullable Long labelId,
		@Nullable String labelName,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant lastModified,
		@Nullable Long duration,
		@Nullable Long trackCount,
		List<Track> tracks,
		@Nullable Long likesCount,
		@Nullable String genre,
		@Nullable String tagList,
		@Nullable String tags,
		@Nullable String sharing,
		@Nullable String embeddableBy,
		@Nullable String license,
		@Nullable String playlistType,
		@Nullable String type,
		@Nullable String ean,
		@Nullable String release,
		@Nullable Integer releaseDay,
		@Nullable Integer releaseMonth,
		@Nullable Integer releaseYear,
		@Nullable String purchaseTitle,
		@Nullable String purchaseUrl,
		@Nullable Boolean streamable,
		@Nullable Boolean downloadable,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra)
		implements SoundCloudResource {

	public Playlist {
		// Absent arrays and objects arrive as null, and Jackson may keep references to what it
		// passes; unmodifiable copies keep the record immutable and spare callers null checks.
		tracks = ModelSupport.list(tracks);
		extra = ModelSupport.map(extra);
	}

	/**
	 * Summarise the playlist by identity, title, owner and how many tracks were sent with
	 * it; the tracks themselves are not listed to keep the line short.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("Playlist", "urn", this.urn, "id", this.id, "title", this.title, "user",
				ModelSupport.username(this.user), "tracks", this.tracks.size());
	}

}
