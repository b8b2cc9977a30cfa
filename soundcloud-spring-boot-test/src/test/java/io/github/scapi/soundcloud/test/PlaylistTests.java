package io.github.scapi.soundcloud.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Playlists: the generated ones, their JSON with nested tracks and owner, search, and
 * creating, renaming, refilling and deleting them.
 */
class PlaylistTests {

	private static final String TITLE = "Rock 'n' Roll, Baby, Yeah & \"Café\"";

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void datasetHasVariedPlaylists() {
		List<FakePlaylist> playlists = fake.get().dataset().playlists();
		assertThat(playlists).hasSize(150).extracting(FakePlaylist::id).startsWith(700001L);
		assertThat(playlists).anyMatch((playlist) -> playlist.trackCount() == 0)
			.anyMatch((playlist) -> playlist.trackCount() > 100)
			.anyMatch((playlist) -> playlist.title().contains("'"))
			.anyMatch((playlist) -> playlist.title().contains(","))
			.anyMatch((playlist) -> playlist.sharing().equals("private"));
		assertThat(fake.get().dataset().playlistsOf(fake.get().dataset().meUrn())).hasSize(6);
		assertThat(fake.get().dataset().playlistCount()).isEqualTo(150);
	}

	@Test
	void playlistNestsItsTracksAndOwner() {
		FakePlaylist playlist = fake.get().dataset().playlists().stream()
			.filter((each) -> each.trackCount() > 100).findFirst().orElseThrow();
		JsonNode json = http.get("/playlists/" + playlist.urn()).ok();
		assertThat(json.get("kind").stringValue()).isEqualTo("playlist");
		assertThat(json.get("title").stringValue()).isEqualTo(playlist.title());
		assertThat(json.get("track_count").asInt()).isEqualTo(playlist.trackCount());
		assertThat(FakeHttp.urns(json.get("tracks"))).isEqualTo(playlist.trackUrns());
		assertThat(json.get("tracks").get(0).get("user").has("username")).isTrue();
		assertThat(json.get("user").get("urn").stringValue()).isEqualTo(playlist.userUrn());
		assertThat(json.get("user_urn").stringValue()).isEqualTo(playlist.userUrn());
		assertThat(json.get("tracks_uri").stringValue()).isEqualTo(fake.get().baseUrl() + "/playlists/" + playlist.urn() + "/tracks");
		long duration = playlist.trackUrns().stream()
			.mapToLong((urn) -> fake.get().dataset().track(urn).orElseThrow().duration()).sum();
		assertThat(json.get("duration").asLong()).isEqualTo(duration);
		assertThat(json.get("permalink_url").stringValue()).contains("/sets/");
		assertThat(http.get("/playlists/" + playlist.urn() + "?show_tracks=false").ok().has("tracks")).isFalse();
		assertThat(http.walkUrns("/playlists/" + playlist.urn() + "/tracks?linked_partitioning=true"))
			.isEqualTo(playlist.trackUrns());
	}

	@Test
	void listsAndSearchesPlaylists() {
		String me = fake.get().dataset().meUrn();
		List<String> mine = fake.get().dataset().playlistsOf(me).stream().map(FakePlaylist::urn).toList();
		assertThat(FakeHttp.urns(http.get("/me/playlists?show_tracks=false").ok())).isEqualTo(mine);
		List<String> publicOnes = fake.get().dataset().playlistsOf(me).stream()
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
		List<FakeTrack> tracks = fake.get().dataset().tracksOf(fake.get().dataset().meUrn()).subList(0, 3);
		String json = "{\"playlist\":{\"title\":\"" + TITLE.replace("\"", "\\\"") + "\",\"sharing\":\"private\","
				+ "\"tracks\":[{\"urn\":\"" + tracks.get(0).urn() + "\"},{\"urn\":\"" + tracks.get(1).urn() + "\"},"
				+ "{\"urn\":\"" + tracks.get(2).id() + "\"}]}}";
		FakeHttp.Response response = http.json("POST", "/playlists", json);
		JsonNode created = response.expect(201);
		String urn = created.get("urn").stringValue();
		assertThat(response.location()).isEqualTo(fake.get().baseUrl() + "/playlists/" + urn);
		assertThat(created.get("title").stringValue()).isEqualTo(TITLE);
		assertThat(created.get("sharing").stringValue()).isEqualTo("private");
		assertThat(FakeHttp.urns(created.get("tracks"))).isEqualTo(tracks.stream().map(FakeTrack::urn).toList());
		assertThat(fake.get().dataset().playlist(urn).orElseThrow().title()).isEqualTo(TITLE);
		assertThat(FakeHttp.urns(http.get("/me/playlists?limit=1").ok())).containsExactly(urn);
	}

	@Test
	void createsFromAMultipartFormWithCommaSeparatedTracks() {
		List<FakeTrack> tracks = fake.get().dataset().tracksOf(fake.get().dataset().meUrn()).subList(0, 2);
		Multipart form = new Multipart().field("playlist[title]", TITLE)
			.field("playlist[tracks][][urn]", tracks.get(0).urn() + "," + tracks.get(1).urn())
			.file("playlist[artwork_data]", "cover.jpg", "image/jpeg", new byte[42]);
		JsonNode created = http.multipart("POST", "/playlists", form).expect(201);
		assertThat(created.get("title").stringValue()).isEqualTo(TITLE);
		assertThat(created.get("track_count").asInt()).isEqualTo(2);
		assertThat(created.get("artwork_url").isNull()).isFalse();
		assertThat(fake.get().uploads()).singleElement()
			.satisfies((upload) -> assertThat(upload.resourceUrn()).isEqualTo(created.get("urn").stringValue()));
		assertThat(http.json("POST", "/playlists", "{\"playlist\":{\"sharing\":\"public\"}}").status()).isEqualTo(422);
		assertThat(http.json("POST", "/playlists", "{\"playlist\":{\"title\":\"x\",\"tracks\":[{\"urn\":\"soundcloud:tracks:1\"}]}}")
			.status()).isEqualTo(404);
	}

	@Test
	void renamesRefillsAndDeletes() {
		FakePlaylist playlist = fake.get().dataset().playlistsOf(fake.get().dataset().meUrn()).get(0);
		FakeTrack track = fake.get().dataset().tracks().get(100);
		JsonNode renamed = http.json("PUT", "/playlists/" + playlist.urn(),
				"{\"playlist\":{\"title\":\"Renamed, it's new\",\"tracks\":[{\"urn\":\"" + track.urn() + "\"}]}}").ok();
		assertThat(renamed.get("title").stringValue()).isEqualTo("Renamed, it's new");
		assertThat(FakeHttp.urns(renamed.get("tracks"))).containsExactly(track.urn());
		assertThat(http.get("/playlists/" + playlist.urn()).ok().get("title").stringValue())
			.isEqualTo("Renamed, it's new");
		assertThat(http.json("PUT", "/playlists/" + playlist.urn(), "{\"playlist\":{\"title\":\"Title only\"}}").ok()
			.get("track_count").asInt()).isEqualTo(1);
		assertThat(http.call("DELETE", "/playlists/" + playlist.urn()).status()).isEqualTo(200);
		assertThat(http.get("/playlists/" + playlist.urn()).status()).isEqualTo(404);
		assertThat(fake.get().dataset().playlist(playlist.urn())).isEmpty();
		FakePlaylist others = fake.get().dataset().playlistsOf(fake.get().dataset().userWithMostTracks().urn()).get(0);
		assertThat(http.json("PUT", "/playlists/" + others.urn(), "{\"playlist\":{\"title\":\"x\"}}").status())
			.isEqualTo(403);
		assertThat(http.call("DELETE", "/playlists/" + others.urn()).status()).isEqualTo(403);
	}

	@Test
	void listsReposters() {
		FakePlaylist playlist = fake.get().dataset().playlists().stream().filter((each) -> each.sharing().equals("public")
				&& !each.userUrn().equals(fake.get().dataset().meUrn())).findFirst().orElseThrow();
		assertThat(http.call("POST", "/reposts/playlists/" + playlist.urn()).status()).isEqualTo(201);
		assertThat(FakeHttp.urns(http.get("/playlists/" + playlist.urn() + "/reposters").ok()))
			.contains(fake.get().dataset().meUrn());
		assertThat(http.get("/playlists/" + playlist.urn()).ok().get("reposts_count").asInt()).isPositive();
	}

}
