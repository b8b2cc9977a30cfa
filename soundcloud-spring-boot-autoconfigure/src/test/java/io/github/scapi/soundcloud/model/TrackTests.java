package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Track}.
 *
 * @author scapi contributors
 */
class TrackTests {

	@Test
	void mapsEveryDocumentedFieldOfTrack() {
		Track track = ModelFixtures.read("track.json", Track.class);
		assertThat(track.id()).isEqualTo(1209871623L);
		assertThat(track.urn()).isEqualTo("soundcloud:tracks:1209871623");
		assertThat(track.kind()).isEqualTo("track");
		assertThat(track.title()).isEqualTo("Night Ferry (Extended Mix)");
		assertThat(track.description()).startsWith("Recorded on the last boat");
		assertThat(track.permalinkUrl()).isEqualTo("https://soundcloud.com/harbourlights/night-ferry-extended-mix");
		assertThat(track.uri()).isEqualTo("https://api.soundcloud.com/tracks/soundcloud:tracks:1209871623");
		assertThat(track.artworkUrl()).endsWith("-large.jpg");
		assertThat(track.waveformUrl()).startsWith("https://wave.sndcdn.com/");
		assertThat(track.createdAt()).isEqualTo(Instant.parse("2022-03-05T21:47:10Z"));
		assertThat(track.duration()).isEqualTo(412734L);
		assertThat(track.genre()).isEqualTo("Deep House");
		assertThat(track.tagList()).isEqualTo("ferry \"north sea\" nightdrive");
		assertThat(track.bpm()).isEqualTo(122.5);
		assertThat(track.keySignature()).isEqualTo("F# minor");
		assertThat(track.isrc()).isEqualTo("GBXYZ2200117");
		assertThat(track.labelName()).isEqualTo("Tidal Records");
		assertThat(track.license()).isEqualTo("cc-by-nc");
		assertThat(track.metadataArtist()).isEqualTo("Harbour Lights feat. Mira Kos");
		assertThat(track.release()).isEqualTo("TR-017");
		assertThat(track.releaseDay()).isEqualTo(11);
		assertThat(track.releaseMonth()).isEqualTo(3);
		assertThat(track.releaseYear()).isEqualTo(2022);
		assertThat(track.purchaseTitle()).isEqualTo("Bandcamp");
		assertThat(track.purchaseUrl()).isEqualTo("https://harbourlights.bandcamp.com/track/night-ferry");
		assertThat(track.sharing()).isEqualTo(Sharing.PRIVATE);
		assertThat(track.access()).isEqualTo(Access.PLAYABLE);
		assertThat(track.embeddableBy()).isEqualTo("all");
		assertThat(track.streamable()).isTrue();
		assertThat(track.downloadable()).isTrue();
		assertThat(track.commentable()).isTrue();
		assertThat(track.availableCountryCodes()).isNull();
		assertThat(track.streamUrl()).endsWith("/stream");
		assertThat(track.downloadUrl()).endsWith("/download");
		assertThat(track.secretUri()).endsWith("?secret_token=s-SECRET123");
		assertThat(track.commentCount()).isEqualTo(37L);
		assertThat(track.downloadCount()).isEqualTo(52L);
		assertThat(track.favoritingsCount()).isEqualTo(1893L);
		assertThat(track.playbackCount()).isEqualTo(48120L);
		assertThat(track.repostsCount()).isEqualTo(96L);
		assertThat(track.userPlaybackCount()).isEqualTo(3L);
		assertThat(track.userFavorite()).isFalse();
		assertThat(track.revealStats()).isTrue();
		assertThat(track.revealComments()).isTrue();
	}

	@Test
	void mapsUploaderOfTrackToUser() {
		User user = ModelFixtures.read("track.json", Track.class).user();
		assertThat(user).isNotNull();
		assertThat(user.urn()).isEqualTo("soundcloud:users:48213377");
		assertThat(user.id()).isEqualTo(48213377L);
		assertThat(user.username()).isEqualTo("Harbour Lights");
		assertThat(user.lastModified()).isEqualTo(Instant.parse("2024-11-02T08:15:42Z"));
		assertThat(user.followersCount()).isEqualTo(3512L);
		assertThat(user.extra()).isEmpty();
	}

	@Test
	void writesTrackInSnakeCaseWithoutInternalNames() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Track track = mapper.readValue(ModelFixtures.json("track.json"), Track.class);
		JsonNode written = mapper.readTree(mapper.writeValueAsString(track));
		assertThat(written.get("permalink_url").asString()).isEqualTo(track.permalinkUrl());
		assertThat(written.get("favoritings_count").asLong()).isEqualTo(1893L);
		assertThat(written.get("created_at").asString()).isEqualTo("2022-03-05T21:47:10Z");
		assertThat(written.get("user").get("username").asString()).isEqualTo("Harbour Lights");
		assertThat(written.has("permalinkUrl")).isFalse();
		assertThat(written.has("extra")).isFalse();
		assertThat(written.has(ModelSupport.UNKNOWN_FIELDS)).isFalse();
	}

	@Test
	void readsTrackBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Track track = mapper.readValue(ModelFixtures.json("track.json"), Track.class);
		Track again = mapper.readValue(mapper.writeValueAsString(track), Track.class);
		assertThat(again).isEqualTo(track);
	}

	@Test
	void toStringOfTrackNamesItWithoutSecretsLinksOrExtra() {
		Track track = ModelFixtures.read("track.json", Track.class);
		assertThat(track.toString()).isEqualTo(
				"Track[urn=soundcloud:tracks:1209871623, id=1209871623, title=Night Ferry (Extended Mix), user=Harbour Lights]");
		assertThat(track.toString()).doesNotContain("SECRET123")
			.doesNotContain("secret")
			.doesNotContain("stream")
			.doesNotContain("download")
			.doesNotContain("brand_new_field")
			.doesNotContain("http");
	}

	@Test
	void toStringOfTrackHidesSecretTokenEvenWhenItIsAComponentValue() {
		Track track = new Track(7L, "soundcloud:tracks:7", "track", "Demo", null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, "private",
				null, null, null, null, null, null, "https://api.soundcloud.com/tracks/7/stream?secret_token=s-SECRET123",
				"https://api.soundcloud.com/tracks/7/download?secret_token=s-SECRET123",
				"https://api.soundcloud.com/tracks/7?secret_token=s-SECRET123", null, null, null, null, null, null, null,
				null, null, Map.of("secret_token", "s-SECRET123"));
		assertThat(track.toString()).isEqualTo("Track[urn=soundcloud:tracks:7, id=7, title=Demo]")
			.doesNotContain("s-SECRET123");
	}

	@Test
	void readsEmptyTrackWithEmptyExtraAndNullScalars() {
		Track track = ModelFixtures.plainMapper().readValue("{}", Track.class);
		assertThat(track.extra()).isNotNull().isEmpty();
		assertThat(track.urn()).isNull();
		assertThat(track.user()).isNull();
		assertThat(track.createdAt()).isNull();
		assertThat(track).hasToString("Track[]");
	}

	@Test
	void readsExplicitNullsOfTrackAsNull() {
		Track track = ModelFixtures.plainMapper()
			.readValue("{\"urn\":\"soundcloud:tracks:9\",\"user\":null,\"bpm\":null,\"created_at\":null}", Track.class);
		assertThat(track.user()).isNull();
		assertThat(track.bpm()).isNull();
		assertThat(track.createdAt()).isNull();
		assertThat(track.extra()).isEmpty();
	}

	@Test
	void extraOfTrackIsUnmodifiable() {
		Track track = ModelFixtures.read("track.json", Track.class);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> track.extra().put("sneaky", "value"));
	}

	@Test
	void extraOfTrackDoesNotFollowLaterChangesToTheCallersMap() {
		Map<String, Object> source = new java.util.HashMap<>();
		source.put("legacy_flag", null);
		Track track = new Track(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, source);
		source.put("added_later", 1);
		assertThat(track.extra()).containsOnlyKeys("legacy_flag");
	}

}
