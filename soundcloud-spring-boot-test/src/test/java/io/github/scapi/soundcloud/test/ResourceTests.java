package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single resources, their JSON shape, URN spellings and 404s.
 */
class ResourceTests {

	private static final String LEGACY_DATE = "\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} \\+0000";

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void meIsTheTokenOwner() {
		FakeHttp.Response response = http.get("/me");
		assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
		JsonNode me = response.ok();
		FakeUser expected = fake.get().dataset().me();
		assertThat(me.get("urn").stringValue()).isEqualTo(expected.urn());
		assertThat(me.get("id").asLong()).isEqualTo(expected.id());
		assertThat(me.get("username").stringValue()).isEqualTo(expected.username());
		assertThat(me.get("kind").stringValue()).isEqualTo("user");
		assertThat(me.has("quota")).isTrue();
		assertThat(me.has("primary_email_confirmed")).isTrue();
	}

	@Test
	void meListsMatchTheDataset() {
		String me = fake.get().dataset().meUrn();
		assertThat(FakeHttp.urns(http.get("/me/tracks?limit=200").ok()))
			.isEqualTo(fake.get().dataset().tracksOf(me).stream().map(FakeTrack::urn).toList());
		assertThat(FakeHttp.urns(http.get("/me/followings").ok()))
			.isEqualTo(fake.get().dataset().followingsOf(me).stream().map(FakeUser::urn).toList());
		assertThat(http.walkUrns("/me/followers?limit=2"))
			.isEqualTo(fake.get().dataset().followersOf(me).stream().map(FakeUser::urn).toList());
	}

	@Test
	void userHasTheUserSchemaFields() {
		FakeUser user = fake.get().dataset().userWithMostTracks();
		JsonNode json = http.get("/users/" + user.urn()).ok();
		assertThat(json.propertyNames()).contains("avatar_url", "city", "country", "created_at", "description",
				"first_name", "last_name", "full_name", "followers_count", "followings_count", "id", "urn", "kind",
				"last_modified", "permalink", "permalink_url", "plan", "playlist_count", "public_favorites_count",
				"reposts_count", "track_count", "uri", "username", "website", "website_title", "subscriptions");
		assertThat(json.get("full_name").stringValue()).isEqualTo(user.fullName());
		assertThat(json.get("created_at").stringValue()).matches(LEGACY_DATE);
		assertThat(json.get("uri").stringValue()).isEqualTo(fake.get().baseUrl() + "/users/" + user.urn());
	}

	@Test
	void trackHasTheTrackSchemaFields() {
		FakeTrack track = fake.get().dataset()
			.tracks()
			.stream()
			.filter((each) -> each.bpm() != null && !each.tags().isEmpty())
			.findFirst()
			.orElseThrow();
		JsonNode json = http.get("/tracks/" + track.urn()).ok();
		assertThat(json.propertyNames()).contains("kind", "id", "urn", "title", "artwork_url", "bpm", "comment_count",
				"commentable", "created_at", "description", "download_count", "downloadable", "duration",
				"embeddable_by", "favoritings_count", "genre", "isrc", "key_signature", "label_name", "license",
				"permalink_url", "playback_count", "release_day", "release_month", "release_year", "sharing",
				"stream_url", "streamable", "tag_list", "uri", "user", "user_favorite", "waveform_url", "access",
				"reposts_count", "reveal_stats", "reveal_comments");
		assertThat(json.get("kind").stringValue()).isEqualTo("track");
		assertThat(json.get("title").stringValue()).isEqualTo(track.title());
		assertThat(json.get("bpm").asInt()).isEqualTo(track.bpm());
		assertThat(json.get("duration").asLong()).isEqualTo(track.duration());
		assertThat(json.get("access").stringValue()).isEqualTo(track.access());
		assertThat(json.get("sharing").stringValue()).isEqualTo("public");
		assertThat(json.get("created_at").stringValue()).matches(LEGACY_DATE);
		assertThat(json.get("stream_url").stringValue()).startsWith(fake.get().baseUrl() + "/tracks/");
		assertThat(json.get("user").get("urn").stringValue()).isEqualTo(track.userUrn());
		assertThat(json.get("user").has("username")).isTrue();
	}

	@Test
	void tagListQuotesMultiWordTags() {
		FakeTrack track = fake.get().dataset().tracks().stream()
			.filter((each) -> each.tags().stream().anyMatch((tag) -> tag.contains(" ")))
			.findFirst()
			.orElseThrow();
		String tagList = http.get("/tracks/" + track.urn()).ok().get("tag_list").stringValue();
		for (String tag : track.tags()) {
			assertThat(tagList).contains(tag.contains(" ") ? "\"" + tag + "\"" : tag);
		}
	}

	@Test
	void relatedTracksShareTheGenre() {
		FakeTrack track = fake.get().dataset().tracks().get(10);
		JsonNode related = http.get("/tracks/" + track.urn() + "/related?limit=20").ok();
		assertThat(related).isNotEmpty()
			.allSatisfy((each) -> assertThat(each.get("genre").stringValue()).isEqualTo(track.genre()));
		assertThat(FakeHttp.urns(related)).doesNotContain(track.urn());
	}

	@ParameterizedTest
	@ValueSource(strings = { "soundcloud:tracks:200001", "200001" })
	void acceptsUrnsRawOrAsIds(String id) {
		assertThat(http.get("/tracks/" + id).ok().get("urn").stringValue()).isEqualTo("soundcloud:tracks:200001");
	}

	@ParameterizedTest
	@ValueSource(strings = { "soundcloud:users:1007", "1007" })
	void acceptsUserUrnsRawOrAsIds(String id) {
		assertThat(http.get("/users/" + id).ok().get("urn").stringValue()).isEqualTo("soundcloud:users:1007");
		assertThat(http.get("/users/" + id + "/tracks?limit=1").ok().size()).isEqualTo(1);
	}

	/**
	 * SoundCloud routes on the raw path: an escaped colon is not a colon (RFC 3986 §2.2), so a
	 * client that escapes URNs finds nothing. The fake is as strict, so that such a client's
	 * tests fail here rather than in production.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/tracks/soundcloud%3Atracks%3A200001", "/tracks/soundcloud%3atracks%3a200001",
			"/tracks/soundcloud:tracks%3A200001", "/tracks/%32%30%30%30%30%31", "/users/soundcloud%3Ausers%3A1007",
			"/users/soundcloud%3Ausers%3A1007/tracks",
			"/tracks/soundcloud%3Atracks%3A200001/comments", "/%74racks/200001", "/me%2Ftracks",
			"/tracks/%20200001", "/tracks/200001%20" })
	void answersEscapedUrnsAndNamesWith404(String path) {
		FakeHttp.Response response = http.get(path);
		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void answersAnEscapedPlaylistUrnWith404() {
		String urn = fake.get().dataset().playlists().get(0).urn();
		assertThat(http.get("/playlists/" + urn).status()).isEqualTo(200);
		assertThat(http.get("/playlists/" + urn.replace(":", "%3A")).status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tracks/soundcloud:tracks:1", "/tracks/soundcloud:users:1007", "/tracks/abc",
			"/tracks/soundcloud%253Atracks%253A200001", "/users/soundcloud:users:999999", "/users/42/tracks",
			"/users/nobody/followers", "/playlists/soundcloud:playlists:1", "/tracks/1/comments", "/me/likes",
			"/groups/99", "/tracks/soundcloud:tracks:1/streams", "/" })
	void answersUnknownResourcesAndPathsWithSoundCloudStyle404(String path) {
		FakeHttp.Response response = http.get(path);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/json; charset=utf-8");
		JsonNode body = response.json();
		assertThat(body.get("code").asInt()).isEqualTo(404);
		assertThat(body.get("message").stringValue()).isEqualTo("404 - Not Found");
		assertThat(body.get("status").stringValue()).isEqualTo("404 - Not Found");
		assertThat(body.get("link").stringValue())
			.isEqualTo("https://developers.soundcloud.com/docs/api/explorer/open-api");
		assertThat(body.get("errors").get(0).get("error_message").stringValue()).isEqualTo("404 - Not Found");
		assertThat(body.get("error").isNull()).isTrue();
	}

}
