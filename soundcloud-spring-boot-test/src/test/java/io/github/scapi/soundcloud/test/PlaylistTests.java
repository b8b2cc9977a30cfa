package io.github.scapi.soundcloud.test;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Playlists: the generated ones, their JSON with nested tracks and owner, search, and
 * creating, renaming, refilling and deleting them.
 */
class PlaylistTests {

	private static final String TITLE = "Rock 'n' Roll, Baby, Yeah & \"Café\"";

	private static SoundCloudFake fake;

	private static FakeHttp http;

	@BeforeAll
	static void start() {
		fake = SoundCloudFake.start();
		http = new FakeHttp(fake);
	}

	@AfterAll
	static void stop() {
		fake.stop();
	}

	@BeforeEach
	void reset() {
		fake.resetData();
	}

	@Test
	void datasetHasVariedPlaylists() {
		List<FakePlaylist> playlists = fake.dataset().playlists();
		assertThat(playlists).hasSize(150).extracting(FakePlaylist::id).startsWith(700001L);
		assertThat(playlists).anyMatch((playlist) -> playlist.trackCount() == 0)
			.anyMatch((playlist) -> playlist.trackCount() > 100)
			.anyMatch((playlist) -> playlist.title().contains("'"))
			.anyMatch((playlist) -> playlist.title().contains(","))
			.anyMatch((playlist) -> playlist.sharing().equals("private"));
		assertThat(fake.dataset().playlistsOf(fake.dataset().meUrn())).hasSize(6);
		assertThat(fake.dataset().playlistCount()).isEqualTo(150);
	}

	@Test
	void playlistNestsItsTracksAndOwner() {
		FakePlaylist playlist = fake.dataset().playlists().stream()
			.filter((each) -> each.trackCount() > 100).findFirst().orElseThrow();
		JsonNode json = http.get("/playlists/" + playlist.urn()).ok();
		assertThat(json.get("kind").stringValue()).isEqualTo("playlist");
		assertThat(json.get("title").stringValue()).isEqualTo(playlist.title());
		assertThat(json.get("track_count").asInt()).isEqualTo(playlist.trackCount());
		assertThat(FakeHttp.urns(json.get("tracks"))).isEqualTo(playlist.trackUrns());
		assertThat(json.get("tracks").get(0).get("user").has("username")).isTrue();
		assertThat(json.get("user").get("urn").stringValue()).isEqualTo(playlist.userUrn());
		assertThat(json.get("user_urn").stringValue()).isEqualTo(playlist.userUrn());
		assertThat(json.get("tracks_uri").stringValue()).isEqualTo(fake.baseUrl() + "/playlists/" + playlist.urn() + "/tracks");
		long duration = playlist.trackUrns().stream()
			.mapToLong((urn) -> fake.dataset().track(urn).orElseThrow().duration()).sum();
		assertThat(json.get("duration").asLong()).isEqualTo(duration);
		assertThat(json.get("permalink_url").stringValue()).contains("/sets/");
		assertThat(http.get("/playlists/" + playlist.urn() + "?show_tracks=false").ok().has("tracks")).isFalse();
		assertThat(http.walkUrns("/playlists/" + playlist.urn() + "/tracks?linked_partitioning=true&limit=40"))
			.isEqualTo(playlist.trackUrns());
	}

	@Test
	void listsAndSearchesPlaylists() {
		String me = fake.dataset().meUrn();
		List<String> mine = fake.dataset().playlistsOf(me).stream().map(FakePlaylist::urn).toList();
		assertThat(FakeHttp.urns(http.get("/me/playlists?show_tracks=false").ok())).isEqualTo(mine);
		List<String> publicOnes = fake.dataset().playlistsOf(me).stream()
			.filter((playlist) -> playlist.sharing().equals("public")).map(FakePlaylist::urn).toList();
		assertThat(FakeHttp.urns(http.get("/users/" + me + "/playlists?linked_partitioning=true").ok().get("collection")))
			.isSubsetOf(mine).containsAll(publicOnes);
		JsonNode found = http.get("/playlists?q=every+loop&linked_partitioning=true").ok();
		assertThat(found.get("collection").get(0).get("title").stringValue()).isEqualTo("Every Loop, Ever");
		assertThat(http.get("/playlists?q=private+drafts").ok()).isEmpty();
		assertThat(http.get("/me").ok().get("private_playlists_count").asInt()).isEqualTo(1);
	}

	@Test
	void createsFromJsonWithTracks() {
		List<FakeTrack> tracks = fake.dataset().tracksOf(fake.dataset().meUrn()).subList(0, 3);
		String json = "{\"playlist\":{\"title\":\"" + TITLE.replace("\"", "\\\"") + "\",\"sharing\":\"private\","
				+ "\"tracks\":[{\"urn\":\"" + tracks.get(0).urn() + "\"},{\"urn\":\"" + tracks.get(1).urn() + "\"},"
				+ "{\"urn\":\"" + tracks.get(2).id() + "\"}]}}";
		FakeHttp.Response response = http.json("POST", "/playlists", json);
		JsonNode created = response.expect(201);
		String urn = created.get("urn").stringValue();
		assertThat(response.location()).isEqualTo(fake.baseUrl() + "/playlists/" + urn);
		assertThat(created.get("title").stringValue()).isEqualTo(TITLE);
		assertThat(created.get("sharing").stringValue()).isEqualTo("private");
		assertThat(FakeHttp.urns(created.get("tracks"))).isEqualTo(tracks.stream().map(FakeTrack::urn).toList());
		assertThat(fake.dataset().playlist(urn).orElseThrow().title()).isEqualTo(TITLE);
		assertThat(FakeHttp.urns(http.get("/me/playlists?limit=1").ok())).containsExactly(urn);
	}

	@Test
	void createsFromAMultipartFormWithCommaSeparatedTracks() {
		List<FakeTrack> tracks = fake.dataset().tracksOf(fake.dataset().meUrn()).subList(0, 2);
		Multipart form = new Multipart().field("playlist[title]", TITLE)
			.field("playlist[tracks][][urn]", tracks.get(0).urn() + "," + tracks.get(1).urn())
			.file("playlist[artwork_data]", "cover.jpg", "image/jpeg", new byte[42]);
		JsonNode created = http.multipart("POST", "/playlists", form).expect(201);
		assertThat(created.get("title").stringValue()).isEqualTo(TITLE);
		assertThat(created.get("track_count").asInt()).isEqualTo(2);
		assertThat(created.get("artwork_url").isNull()).isFalse();
		assertThat(fake.uploads()).singleElement()
			.satisfies((upload) -> assertThat(upload.resourceUrn()).isEqualTo(created.get("urn").stringValue()));
		assertThat(http.form("POST", "/playlists", "playlist[sharing]=public").status()).isEqualTo(422);
		assertThat(http.json("POST", "/playlists", "{\"playlist\":{\"title\":\"x\",\"tracks\":[{\"urn\":\"soundcloud:tracks:1\"}]}}")
			.status()).isEqualTo(404);
	}

	@Test
	void renamesRefillsAndDeletes() {
		FakePlaylist playlist = fake.dataset().playlistsOf(fake.dataset().meUrn()).get(0);
		FakeTrack track = fake.dataset().tracks().get(100);
		JsonNode renamed = http.json("PUT", "/playlists/" + playlist.urn(),
				"{\"playlist\":{\"title\":\"Renamed, it's new\",\"tracks\":[{\"urn\":\"" + track.urn() + "\"}]}}").ok();
		assertThat(renamed.get("title").stringValue()).isEqualTo("Renamed, it's new");
		assertThat(FakeHttp.urns(renamed.get("tracks"))).containsExactly(track.urn());
		assertThat(http.get("/playlists/" + playlist.urn()).ok().get("title").stringValue())
			.isEqualTo("Renamed, it's new");
		assertThat(http.form("PUT", "/playlists/" + playlist.urn(), "playlist[title]=Form+title").ok()
			.get("track_count").asInt()).isEqualTo(1);
		assertThat(http.call("DELETE", "/playlists/" + playlist.urn()).status()).isEqualTo(200);
		assertThat(http.get("/playlists/" + playlist.urn()).status()).isEqualTo(404);
		assertThat(fake.dataset().playlist(playlist.urn())).isEmpty();
		FakePlaylist others = fake.dataset().playlistsOf(fake.dataset().userWithMostTracks().urn()).get(0);
		assertThat(http.json("PUT", "/playlists/" + others.urn(), "{\"playlist\":{\"title\":\"x\"}}").status())
			.isEqualTo(403);
		assertThat(http.call("DELETE", "/playlists/" + others.urn()).status()).isEqualTo(403);
	}

	@Test
	void listsReposters() {
		FakePlaylist playlist = fake.dataset().playlists().stream().filter((each) -> each.sharing().equals("public")
				&& !each.userUrn().equals(fake.dataset().meUrn())).findFirst().orElseThrow();
		assertThat(http.call("POST", "/reposts/playlists/" + playlist.urn()).status()).isEqualTo(201);
		assertThat(FakeHttp.urns(http.get("/playlists/" + playlist.urn() + "/reposters").ok()))
			.contains(fake.dataset().meUrn());
		assertThat(http.get("/playlists/" + playlist.urn()).ok().get("reposts_count").asInt()).isPositive();
	}

}
