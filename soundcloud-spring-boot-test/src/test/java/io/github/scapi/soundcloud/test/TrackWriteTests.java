package io.github.scapi.soundcloud.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploading, updating and deleting tracks: the state changes, every read reflects it, and
 * invalid writes get SoundCloud's errors.
 */
class TrackWriteTests {

	private static final String TITLE = "Rock 'n' Roll, Baby & Café = \"Ünïcödé\"";

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void uploadAnswers201WithLocationAndTheTrack() {
		FakeHttp.Response response = http.multipart("POST", "/tracks", upload(TITLE, 64_000));
		JsonNode track = response.expect(201);
		String urn = track.get("urn").stringValue();
		assertThat(response.location()).isEqualTo(fake.get().baseUrl() + "/tracks/" + urn);
		assertThat(track.get("title").stringValue()).isEqualTo(TITLE);
		assertThat(track.get("duration").asLong()).isEqualTo(4000);
		assertThat(track.get("user").get("urn").stringValue()).isEqualTo(fake.get().dataset().meUrn());
		assertThat(track.get("sharing").stringValue()).isEqualTo("public");
		assertThat(track.get("playback_count").asLong()).isZero();
		assertThat(track.get("comment_count").asInt()).isZero();
		assertThat(track.get("artwork_url").isNull()).isTrue();
		assertThat(http.getUrl(response.location()).ok().get("title").stringValue()).isEqualTo(TITLE);
	}

	@Test
	void uploadedTrackShowsUpEverywhere() {
		int before = fake.get().dataset().me().trackCount();
		String urn = http.multipart("POST", "/tracks", upload("Zyzzyva Unique Upload", 16_000)).expect(201)
			.get("urn").stringValue();
		String me = fake.get().dataset().meUrn();
		assertThat(FakeHttp.urns(http.get("/me/tracks?limit=1").ok())).containsExactly(urn);
		assertThat(FakeHttp.urns(http.get("/users/" + me + "/tracks?limit=1").ok())).containsExactly(urn);
		assertThat(FakeHttp.urns(http.get("/tracks?q=zyzzyva").ok())).containsExactly(urn);
		assertThat(http.get("/me").ok().get("track_count").asInt()).isEqualTo(before + 1);
		assertThat(fake.get().dataset().tracksOf(me).get(0).urn()).isEqualTo(urn);
		assertThat(fake.get().dataset().track(urn)).hasValueSatisfying(
				(track) -> assertThat(track.title()).isEqualTo("Zyzzyva Unique Upload"));
	}

	@Test
	void uploadTakesTheOptionalFields() {
		Multipart body = upload("Fields", 16_000).field("track[sharing]", "private")
			.field("track[genre]", "Hip-hop & Rap")
			.field("track[tag_list]", "chill \"late night\" geo:lat=43.5")
			.field("track[description]", "a=b&c=d, 100%")
			.field("track[downloadable]", "false")
			.field("track[license]", "cc-by-nc")
			.field("track[release_date]", "2021-02-18")
			.field("track[permalink]", "my-fields")
			.field("track[bpm]", "128")
			.file("track[artwork_data]", "cover.png", "image/png", new byte[300]);
		JsonNode track = http.multipart("POST", "/tracks", body).expect(201);
		assertThat(track.get("sharing").stringValue()).isEqualTo("private");
		assertThat(track.get("secret_uri").stringValue()).contains("secret_token=");
		assertThat(track.get("genre").stringValue()).isEqualTo("Hip-hop & Rap");
		assertThat(track.get("tag_list").stringValue()).isEqualTo("chill \"late night\" geo:lat=43.5");
		assertThat(track.get("description").stringValue()).isEqualTo("a=b&c=d, 100%");
		assertThat(track.get("downloadable").asBoolean()).isFalse();
		assertThat(track.get("download_url").isNull()).isTrue();
		assertThat(track.get("license").stringValue()).isEqualTo("cc-by-nc");
		assertThat(track.get("release_year").asInt()).isEqualTo(2021);
		assertThat(track.get("release_day").asInt()).isEqualTo(18);
		assertThat(track.get("permalink_url").stringValue()).endsWith("/my-fields");
		assertThat(track.get("bpm").asInt()).isEqualTo(128);
		assertThat(track.get("artwork_url").stringValue()).startsWith("https://i1.sndcdn.com/artworks-");
		String urn = track.get("urn").stringValue();
		assertThat(FakeHttp.urns(http.get("/tracks?q=fields").ok())).doesNotContain(urn);
		assertThat(http.get("/me").ok().get("private_tracks_count").asInt()).isEqualTo(1);
	}

	@Test
	void updateWithMultipartFieldsChangesWhatEveryReadShows() {
		String urn = mine();
		// the operation takes JSON, multipart and the unservable multipart/x-www-form-urlencoded,
		// not a plain form (decision 0011)
		String form = "track%5Btitle%5D=" + URLEncoder.encode(TITLE, StandardCharsets.UTF_8);
		FakeHttp.Response refused = http.form("PUT", "/tracks/" + urn, form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("message").stringValue()).contains("application/x-www-form-urlencoded");
		JsonNode updated = http.multipart("PUT", "/tracks/" + urn, new Multipart().field("track[title]", TITLE)
			.field("track[description]", "Ça va, l'ami? 100% & more")).ok();
		assertThat(updated.get("title").stringValue()).isEqualTo(TITLE);
		JsonNode read = http.get("/tracks/" + urn).ok();
		assertThat(read.get("title").stringValue()).isEqualTo(TITLE);
		assertThat(read.get("description").stringValue()).isEqualTo("Ça va, l'ami? 100% & more");
		assertThat(fake.get().dataset().track(urn).orElseThrow().title()).isEqualTo(TITLE);
	}

	@Test
	void updateTakesMultipartWithArtworkAndJson() {
		String urn = mine();
		String before = http.get("/tracks/" + urn).ok().path("artwork_url").asString("");
		JsonNode multipart = http.multipart("PUT", "/tracks/" + urn, new Multipart().field("track[title]", "New art")
			.file("track[artwork_data]", "art.jpg", "image/jpeg", new byte[1234])).ok();
		assertThat(multipart.get("title").stringValue()).isEqualTo("New art");
		assertThat(multipart.get("artwork_url").stringValue()).isNotEqualTo(before);
		assertThat(fake.get().uploads()).singleElement().satisfies((upload) -> {
			assertThat(upload.resourceUrn()).isEqualTo(urn);
			assertThat(upload.part()).isEqualTo("track[artwork_data]");
			assertThat(upload.size()).isEqualTo(1234);
		});
		JsonNode json = http.json("PUT", "/tracks/" + urn, "{\"track\":{\"title\":\"Via JSON\",\"streamable\":false}}")
			.ok();
		assertThat(json.get("title").stringValue()).isEqualTo("Via JSON");
		assertThat(json.get("streamable").asBoolean()).isFalse();
	}

	@Test
	void sharedToRoundTripsAsNestedJson() {
		String urn = mine();
		JsonNode track = http.json("PUT", "/tracks/" + urn,
				"{\"track\":{\"shared_to\":{\"emails\":[{\"address\":\"a@example.com\"},{\"address\":\"b@example.com\"}]}}}")
			.ok();
		JsonNode emails = track.get("shared_to").get("emails");
		assertThat(emails).hasSize(2);
		assertThat(emails.get(0).get("address").stringValue()).isEqualTo("a@example.com");
		assertThat(emails.get(1).get("address").stringValue()).isEqualTo("b@example.com");
	}

	@Test
	void deletedTrackIsGoneEverywhere() {
		String urn = mine();
		FakePlaylist playlist = fake.get().dataset().playlistsOf(fake.get().dataset().meUrn()).stream()
			.filter((each) -> each.trackCount() > 0).findFirst().orElseThrow();
		String inPlaylist = playlist.trackUrns().get(0);
		assertThat(http.call("DELETE", "/tracks/" + urn).ok().get("status").stringValue()).isEqualTo("200 - OK");
		assertThat(http.get("/tracks/" + urn).status()).isEqualTo(404);
		assertThat(http.call("DELETE", "/tracks/" + urn).status()).isEqualTo(404);
		assertThat(FakeHttp.urns(http.get("/me/tracks?limit=200").ok())).doesNotContain(urn);
		assertThat(fake.get().dataset().track(urn)).isEmpty();
		if (fake.get().dataset().track(inPlaylist).orElseThrow().userUrn().equals(fake.get().dataset().meUrn())) {
			http.call("DELETE", "/tracks/" + inPlaylist);
			assertThat(fake.get().dataset().playlist(playlist.urn()).orElseThrow().trackUrns()).doesNotContain(inPlaylist);
		}
	}

	@Test
	void refusesInvalidUploadsWith422() {
		FakeHttp.Response noTitle = http.multipart("POST", "/tracks",
				new Multipart().file("track[asset_data]", "a.mp3", "audio/mpeg", new byte[10]));
		assertThat(noTitle.status()).isEqualTo(422);
		assertThat(noTitle.message()).contains("track[title]");
		assertThat(noTitle.json().get("code").asInt()).isEqualTo(422);
		FakeHttp.Response noAsset = http.multipart("POST", "/tracks", new Multipart().field("track[title]", "x"));
		assertThat(noAsset.status()).isEqualTo(422);
		assertThat(noAsset.message()).contains("track[asset_data]");
		assertThat(http.form("POST", "/tracks", "track[title]=x").status()).isEqualTo(400);
		assertThat(http.multipart("POST", "/tracks", upload("x", 10).field("track[license]", "public-domain"))
			.status()).isEqualTo(422);
		assertThat(fake.get().dataset().trackCount()).isEqualTo(2653);
	}

	@Test
	void refusesChangesToOtherUsersTracksWith403() {
		FakeTrack other = fake.get().dataset().tracksOf(fake.get().dataset().userWithMostTracks().urn()).get(0);
		assertThat(http.json("PUT", "/tracks/" + other.urn(), "{\"track\":{\"title\":\"mine\"}}").status())
			.isEqualTo(403);
		assertThat(http.call("DELETE", "/tracks/" + other.urn()).status()).isEqualTo(403);
		assertThat(http.json("PUT", "/tracks/" + mine(), "{\"track\":{\"sharing\":\"secret\"}}").status())
			.isEqualTo(400);
		assertThat(http.json("PUT", "/tracks/" + mine(), "{\"title\":\"forgot-the-prefix\"}").status()).isEqualTo(400);
		assertThat(fake.get().dataset().track(other.urn()).orElseThrow()).isEqualTo(other);
	}

	@Test
	void setsTheStorefrontOfOwnTracksOnly() {
		String urn = mine();
		JsonNode storefront = http.json("PUT", "/tracks/" + urn + "/storefront",
				"{\"title\":\"Download now\",\"type\":\"digital\",\"link\":\"https://example.com/buy\",\"price\":\"0\"}")
			.ok();
		assertThat(storefront.get("track_urn").stringValue()).isEqualTo(urn);
		assertThat(storefront.get("title").stringValue()).isEqualTo("Download now");
		assertThat(storefront.get("price").stringValue()).isEqualTo("0");
		assertThat(storefront.get("link_title").isNull()).isTrue();
		assertThat(http.json("PUT", "/tracks/" + urn + "/storefront", "{\"type\":\"digital\",\"link\":\"https://x.org\"}")
			.status()).isEqualTo(400);
		assertThat(http.json("PUT", "/tracks/" + urn + "/storefront",
				"{\"title\":\"t\",\"type\":\"vinyl\",\"link\":\"ftp://x.org\"}").status()).isEqualTo(400);
		FakeTrack other = fake.get().dataset().tracksOf(fake.get().dataset().userWithMostTracks().urn()).get(0);
		assertThat(http.json("PUT", "/tracks/" + other.urn() + "/storefront",
				"{\"title\":\"t\",\"type\":\"cd\",\"link\":\"https://x.org\"}").status()).isEqualTo(403);
	}

	private static String mine() {
		return fake.get().dataset().tracksOf(fake.get().dataset().meUrn()).get(0).urn();
	}

	static Multipart upload(String title, int size) {
		return new Multipart().field("track[title]", title)
			.file("track[asset_data]", "song.mp3", "audio/mpeg", new byte[size]);
	}

}
