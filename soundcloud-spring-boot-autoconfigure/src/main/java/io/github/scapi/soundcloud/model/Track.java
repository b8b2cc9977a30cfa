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
 * A piece of audio uploaded to SoundCloud, as returned by {@code /tracks/{urn}}, in
 * listings, and nested in playlists and activities. Listings may abridge tracks, so any
 * scalar may be {@code null}.
 * <p>
 * Several components are capabilities rather than secrets but still deserve care:
 * {@code streamUrl}, {@code downloadUrl} and {@code secretUri} grant access to the audio,
 * which is why {@link #toString()} never prints them.
 *
 * @param id the legacy numeric identifier; SoundCloud is phasing it out in favour of
 * {@code urn} but still sends it in many responses
 * @param urn the stable identifier, e.g. {@code soundcloud:tracks:123}
 * @param kind the resource type, {@code track} for tracks
 * @param title the name the uploader gave the track
 * @param description the uploader's free-text notes about the track
 * @param permalinkUrl the address of the track on soundcloud.com
 * @param uri the address of this track in the API
 * @param artworkUrl where the cover image (JPEG) can be fetched
 * @param waveformUrl where the image of the track's waveform can be fetched
 * @param user the uploader, usually abridged
 * @param createdAt when the track was uploaded
 * @param duration the length of the audio in milliseconds
 * @param genre the genre the uploader picked or typed
 * @param tagList the uploader's tags as one string, separated by spaces, with multi-word
 * tags in double quotes
 * @param bpm the tempo in beats per minute, if the uploader gave one
 * @param keySignature the musical key, if the uploader gave one
 * @param isrc the International Standard Recording Code identifying the recording
 * @param labelName the record label credited for the release
 * @param license the licence the uploader grants, e.g. {@code all-rights-reserved} or a
 * Creative Commons variant
 * @param metadataArtist the performing artist when it differs from the uploader
 * @param release the release (catalogue) name or number the track belongs to
 * @param releaseDay day of the month of the release date
 * @param releaseMonth month (1 to 12) of the release date
 * @param releaseYear year of the release date
 * @param purchaseTitle the label of the "buy" link, if any
 * @param purchaseUrl where the track can be bought, if anywhere
 * @param sharing who can see the track: {@code public} or {@code private} (see
 * {@link Sharing})
 * @param access how much of the track the caller may hear: {@code playable},
 * {@code preview} or {@code blocked} (see {@link Access})
 * @param embeddableBy who may embed the player for this track; deprecated by SoundCloud but
 * still sent
 * @param streamable whether the track can be streamed at all
 * @param downloadable whether the uploader allows downloading the original file
 * @param commentable whether listeners may leave comments
 * @param availableCountryCodes the countries the track is limited to, as the API sends
 * them; {@code null} when it is available everywhere
 * @param streamUrl the legacy address to stream the audio from; deprecated by SoundCloud
 * in favour of the {@code /streams} endpoint
 * @param downloadUrl the address of the original file, when downloads are allowed
 * @param secretUri the API address including the secret token that unlocks a private track
 * @param commentCount how many comments the track has
 * @param downloadCount how many times the original file was downloaded
 * @param favoritingsCount how many listeners liked the track
 * @param playbackCount how many times the track was played
 * @param repostsCount how many times the track was reposted
 * @param userPlaybackCount how many times the caller played the track
 * @param userFavorite whether the caller liked the track; only filled in for searches and
 * single-track reads, {@code false} in other listings
 * @param revealStats whether play and like counts are shown publicly (off in "quiet mode")
 * @param revealComments whether comments are shown publicly (off in "quiet mode")
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Track(
		@Nullable Long id,
		@Nullable String urn,
		@Nullable String kind,
		@Nullable String title,
		@Nullable String description,
		@Nullable String permalinkUrl,
		@Nullable String uri,
		@Nullable String artworkUrl,
		@Nullable String waveformUrl,
		@Nullable User user,
		@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt,
		@Nullable Long duration,
		@Nullable String genre,
		@Nullable String tagList,
		@Nullable Double bpm,
		@Nullable String keySignature,
		@Nullable String isrc,
		@Nullable String labelName,
		@Nullable String license,
		@Nullable String metadataArtist,
		@Nullable String release,
		@Nullable Integer releaseDay,
		@Nullable Integer releaseMonth,
		@Nullable Integer releaseYear,
		@Nullable String purchaseTitle,
		@Nullable String purchaseUrl,
		@Nullable String sharing,
		@Nullable String access,
		@Nullable String embeddableBy,
		@Nullable Boolean streamable,
		@Nullable Boolean downloadable,
		@Nullable Boolean commentable,
		@Nullable String availableCountryCodes,
		@Nullable String streamUrl,
		@Nullable String downloadUrl,
		@Nullable String secretUri,
		@Nullable Long commentCount,
		@Nullable Long downloadCount,
		@Nullable Long favoritingsCount,
		@Nullable Long playbackCount,
		@Nullable Long repostsCount,
		@Nullable Long userPlaybackCount,
		@Nullable Boolean userFavorite,
		@Nullable Boolean revealStats,
		@Nullable Boolean revealComments,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra)
		implements SoundCloudResource {

	public Track {
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	/**
	 * Summarise the track by identity, title and uploader. Links are left out on purpose:
	 * for private tracks even the permalink can embed the secret token.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("Track", "urn", this.urn, "id", this.id, "title", this.title, "user",
				ModelSupport.username(this.user));
	}

}
