package io.github.scapi.soundcloud.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Activity}.
 *
 * @author scapi contributors
 */
class ActivityTests {

	@Test
	void mapsTrackRepostWithTypedOrigin() {
		Activity activity = ModelFixtures.read("activity-track-repost.json", Activity.class);
		assertThat(activity.type()).isEqualTo("track:repost");
		assertThat(activity.createdAt()).isEqualTo(Instant.parse("2024-06-02T07:45:18Z"));
		assertThat(activity.reposter()).isEqualTo("soundcloud:users:5502917");
		assertThat(activity.isRepost()).isTrue();
		assertThat(activity.playlist()).isNull();
		Track track = activity.track();
		assertThat(track).isNotNull();
		assertThat(activity.origin()).isSameAs(track);
		assertThat(track.urn()).isEqualTo("soundcloud:tracks:1209871623");
		assertThat(track.kind()).isEqualTo("track");
		assertThat(track.createdAt()).isEqualTo(Instant.parse("2022-03-05T21:47:10Z"));
		assertThat(track.playbackCount()).isEqualTo(48120L);
		assertThat(track.userFavorite()).isTrue();
		assertThat(track.user()).isNotNull();
		assertThat(track.user().username()).isEqualTo("Harbour Lights");
		assertThat(track.extra()).containsEntry("secret_token", "s-SECRET123");
		assertThat(activity.extra()).isEqualTo(Map.of("uuid", "8f1c2d7e-5b3a-11ef-9a41-0242ac120002"));
	}

	@Test
	void mapsPlaylistActivityWithTypedOrigin() {
		Activity activity = ModelFixtures.read("activity-playlist.json", Activity.class);
		assertThat(activity.type()).isEqualTo("playlist");
		assertThat(activity.createdAt()).isEqualTo(Instant.parse("2023-09-14T18:02:33Z"));
		assertThat(activity.reposter()).isNull();
		assertThat(activity.isRepost()).isFalse();
		assertThat(activity.track()).isNull();
		Playlist playlist = activity.playlist();
		assertThat(playlist).isNotNull();
		assertThat(activity.origin()).isSameAs(playlist);
		assertThat(playlist.urn()).isEqualTo("soundcloud:playlists:1733402911");
		assertThat(playlist.lastModified()).isEqualTo(Instant.parse("2024-02-01T09:41:07Z"));
		assertThat(playlist.tracks()).extracting(Track::title).containsExactly("Elbe at Dawn", "Bergen Rain");
		assertThat(playlist.tracks().get(0).createdAt()).isEqualTo(Instant.parse("2023-09-14T17:55:02Z"));
		assertThat(activity.extra()).isEmpty();
	}

	@Test
	void readsIsoTimestampOfActivityToo() {
		Activity activity = ModelFixtures.plainMapper()
			.readValue("{\"type\":\"track\",\"created_at\":\"2024-06-02T07:45:18Z\"}", Activity.class);
		assertThat(activity.createdAt()).isEqualTo(Instant.parse("2024-06-02T07:45:18Z"));
	}

	@Test
	void rejectsActivityWithUnreadableTimestamp() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> ModelFixtures.plainMapper()
				.readValue("{\"type\":\"track\",\"created_at\":\"yesterday\"}", Activity.class))
			.withMessageContaining("yesterday")
			.withMessageContaining("2013/03/23 14:58:27 +0000");
	}

	@Test
	void takesOriginTypeFromActivityTypeWhenOriginNamesNoKind() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Activity playlistRepost = mapper.readValue(
				"{\"type\":\"playlist:repost\",\"origin\":{\"urn\":\"soundcloud:playlists:7\",\"title\":\"P\"}}",
				Activity.class);
		assertThat(playlistRepost.playlist()).isNotNull();
		assertThat(playlistRepost.playlist().title()).isEqualTo("P");
		assertThat(playlistRepost.track()).isNull();
		Activity track = mapper.readValue("{\"type\":\"track\",\"origin\":{\"urn\":\"soundcloud:tracks:8\"}}",
				Activity.class);
		assertThat(track.track()).isNotNull();
		assertThat(track.origin()).isNotNull();
		assertThat(track.origin().urn()).isEqualTo("soundcloud:tracks:8");
	}

	@Test
	void kindOfOriginWinsOverActivityType() {
		Activity activity = ModelFixtures.plainMapper()
			.readValue("{\"type\":\"track:repost\",\"origin\":{\"kind\":\"playlist\",\"urn\":\"soundcloud:playlists:7\"}}",
					Activity.class);
		assertThat(activity.playlist()).isNotNull();
		assertThat(activity.track()).isNull();
	}

	@Test
	void keepsOriginOfUnknownKindInExtra() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		String json = "{\"type\":\"playlist\",\"created_at\":\"2024/05/30 10:00:00 +0000\",\"origin\":"
				+ "{\"kind\":\"system-playlist\",\"urn\":\"soundcloud:system-playlists:weekly:1\",\"tracks\":[1,2]},"
				+ "\"uuid\":\"u-1\"}";
		Activity activity = mapper.readValue(json, Activity.class);
		assertThat(activity.track()).isNull();
		assertThat(activity.playlist()).isNull();
		assertThat(activity.origin()).isNull();
		assertThat(activity.extra()).containsOnlyKeys("origin", "uuid");
		assertThat(activity.extra().get("origin")).isEqualTo(Map.of("kind", "system-playlist", "urn",
				"soundcloud:system-playlists:weekly:1", "tracks", List.of(1, 2)));
		assertThat(mapper.readTree(mapper.writeValueAsString(activity))).isEqualTo(mapper.readTree(
				"{\"type\":\"playlist\",\"created_at\":\"2024-05-30T10:00:00Z\",\"reposter\":null,\"origin\":"
						+ "{\"kind\":\"system-playlist\",\"urn\":\"soundcloud:system-playlists:weekly:1\",\"tracks\":[1,2]},"
						+ "\"uuid\":\"u-1\"}"));
		assertThat(mapper.readValue(mapper.writeValueAsString(activity), Activity.class)).isEqualTo(activity);
	}

	@Test
	void keepsOriginThatIsNoObjectInExtra() {
		Activity activity = ModelFixtures.plainMapper()
			.readValue("{\"type\":\"track\",\"origin\":\"soundcloud:tracks:8\"}", Activity.class);
		assertThat(activity.track()).isNull();
		assertThat(activity.extra()).containsEntry("origin", "soundcloud:tracks:8");
	}

	@Test
	void leavesMissingOrNullOriginOfActivityEmpty() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		for (String json : List.of("{\"type\":\"track\"}", "{\"type\":\"track\",\"origin\":null}")) {
			Activity activity = mapper.readValue(json, Activity.class);
			assertThat(activity.origin()).isNull();
			assertThat(activity.track()).isNull();
			assertThat(activity.playlist()).isNull();
			assertThat(activity.extra()).isEmpty();
			assertThat(mapper.readTree(mapper.writeValueAsString(activity)).has("origin")).isFalse();
		}
	}

	@Test
	void writesOriginBackAsSingleOriginProperty() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Activity activity = mapper.readValue(ModelFixtures.json("activity-track-repost.json"), Activity.class);
		JsonNode written = mapper.readTree(mapper.writeValueAsString(activity));
		assertThat(written.propertyNames()).containsExactly("type", "created_at", "reposter", "origin", "uuid");
		assertThat(written.get("created_at").asString()).isEqualTo("2024-06-02T07:45:18Z");
		assertThat(written.get("origin").get("kind").asString()).isEqualTo("track");
		assertThat(written.get("origin").get("title").asString()).isEqualTo("Night Ferry (Extended Mix)");
		assertThat(written.get("origin").get("secret_token").asString()).isEqualTo("s-SECRET123");
	}

	@Test
	void readsActivitiesBackUnchangedAfterWritingThem() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		for (String fixture : List.of("activity-track-repost.json", "activity-playlist.json")) {
			Activity activity = mapper.readValue(ModelFixtures.json(fixture), Activity.class);
			assertThat(mapper.readValue(mapper.writeValueAsString(activity), Activity.class)).isEqualTo(activity);
		}
	}

	@Test
	void readsFeedPageWithEveryKindOfActivity() {
		JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		FeedPage page = strict.readValue(ModelFixtures.json("feed.json"), FeedPage.class);
		assertThat(page.nextHref()).contains("cursor=");
		assertThat(page.collection()).extracting(Activity::type)
			.containsExactly("track", "track:repost", "playlist:repost", "playlist");
		assertThat(page.collection()).extracting(Activity::origin)
			.satisfiesExactly((origin) -> assertThat(origin).isInstanceOf(Track.class),
					(origin) -> assertThat(origin).isInstanceOf(Track.class),
					(origin) -> assertThat(origin).isInstanceOf(Playlist.class), (origin) -> assertThat(origin).isNull());
		assertThat(page.collection().get(1).reposter()).isEqualTo("soundcloud:users:5502917");
		assertThat(page.collection().get(2).playlist().trackCount()).isEqualTo(2L);
		assertThat(page.collection().get(3).extra()).containsKey("origin");
	}

	@Test
	void keepsUnknownFieldsOfOriginWithStrictMapper() {
		JsonMapper strict = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		Activity activity = strict.readValue(ModelFixtures.json("activity-track-repost.json"), Activity.class);
		assertThat(activity.track()).isNotNull();
		assertThat(activity.track().extra()).containsEntry("secret_token", "s-SECRET123");
		assertThat(activity.extra()).containsOnlyKeys("uuid");
	}

	@Test
	void rejectsActivityWithTwoOrigins() {
		Track track = ModelFixtures.plainMapper().readValue("{\"urn\":\"soundcloud:tracks:1\"}", Track.class);
		Playlist playlist = ModelFixtures.plainMapper().readValue("{\"urn\":\"soundcloud:playlists:1\"}",
				Playlist.class);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Activity("track", null, null, track, playlist, Map.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Activity("track", null, null, track, null, Map.of("origin", Map.of())));
	}

	@Test
	void extraOfActivityIsUnmodifiable() {
		Activity activity = ModelFixtures.read("activity-track-repost.json", Activity.class);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> activity.extra().put("x", 1));
	}

	@Test
	void toStringOfActivityNamesTheOriginWithoutPrintingIt() {
		Activity activity = ModelFixtures.read("activity-track-repost.json", Activity.class);
		assertThat(activity).hasToString("Activity[type=track:repost, createdAt=2024-06-02T07:45:18Z, "
				+ "origin=soundcloud:tracks:1209871623, reposter=soundcloud:users:5502917]");
		assertThat(activity.toString()).doesNotContain("SECRET").doesNotContain("http").doesNotContain("Ferry");
	}

	@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
	record FeedPage(List<Activity> collection, @Nullable String nextHref, @Nullable String futureHref) {
	}

}
