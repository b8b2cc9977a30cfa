package io.github.scapi.soundcloud.test;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Likes, reposts and followings of the caller: writes, the lists that show them and the
 * counters in the JSON.
 */
class SocialTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	private static String me;

	@BeforeAll
	static void findMe() {
		me = fake.get().dataset().meUrn();
	}

	@Test
	void likesAndUnlikesATrack() {
		FakeTrack track = notLiked();
		int favoritings = http.get("/tracks/" + track.urn()).ok().get("favoritings_count").asInt();
		int liked = http.get("/me").ok().get("public_favorites_count").asInt();
		assertThat(http.call("POST", "/likes/tracks/" + track.urn()).ok().get("status").stringValue())
			.isEqualTo("200 - OK");
		assertThat(http.call("POST", "/likes/tracks/" + track.urn()).status()).isEqualTo(200);
		assertThat(FakeHttp.urns(http.get("/me/likes/tracks?limit=1").ok())).containsExactly(track.urn());
		assertThat(fake.get().dataset().likedTracksOf(me).get(0)).isEqualTo(track);
		JsonNode json = http.get("/tracks/" + track.urn()).ok();
		assertThat(json.get("favoritings_count").asInt()).isEqualTo(favoritings + 1);
		assertThat(json.get("user_favorite").asBoolean()).isTrue();
		assertThat(FakeHttp.urns(http.get("/tracks/" + track.urn() + "/favoriters").ok())).contains(me);
		assertThat(http.get("/me").ok().get("public_favorites_count").asInt()).isEqualTo(liked + 1);
		assertThat(http.call("DELETE", "/likes/tracks/" + track.urn()).status()).isEqualTo(200);
		assertThat(http.call("DELETE", "/likes/tracks/" + track.urn()).status()).isEqualTo(200);
		assertThat(FakeHttp.urns(http.get("/me/likes/tracks?limit=200").ok())).doesNotContain(track.urn());
		assertThat(http.call("POST", "/likes/tracks/soundcloud:tracks:1").status()).isEqualTo(404);
	}

	@Test
	void likesPlaylistsAndRepostsBoth() {
		FakePlaylist playlist = fake.get().dataset().playlists().stream()
			.filter((each) -> each.sharing().equals("public") && !fake.get().dataset().likedPlaylistsOf(me).contains(each))
			.findFirst()
			.orElseThrow();
		assertThat(http.call("POST", "/likes/playlists/" + playlist.urn()).status()).isEqualTo(200);
		assertThat(FakeHttp.urns(http.get("/me/likes/playlists?limit=1").ok()))
			.containsExactly(playlist.urn());
		assertThat(http.get("/playlists/" + playlist.urn()).ok().get("likes_count").asInt()).isPositive();
		FakeTrack track = notLiked();
		int reposts = http.get("/me").ok().get("reposts_count").asInt();
		FakeHttp.Response repost = http.call("POST", "/reposts/tracks/" + track.urn());
		assertThat(repost.status()).isEqualTo(201);
		assertThat(repost.json().get("status").stringValue()).isEqualTo("201 - Created");
		assertThat(repost.location()).isNull();
		assertThat(FakeHttp.urns(http.get("/me/reposts/tracks?limit=1").ok())).containsExactly(track.urn());
		assertThat(FakeHttp.urns(http.get("/users/" + me + "/reposts/tracks?limit=1").ok())).containsExactly(track.urn());
		assertThat(FakeHttp.urns(http.get("/tracks/" + track.urn() + "/reposters").ok())).contains(me);
		assertThat(http.get("/me").ok().get("reposts_count").asInt()).isEqualTo(reposts + 1);
		assertThat(http.call("DELETE", "/reposts/tracks/" + track.urn()).status()).isEqualTo(200);
		assertThat(fake.get().dataset().repostedTracksOf(me)).doesNotContain(track);
		assertThat(http.call("POST", "/reposts/playlists/" + playlist.urn()).status()).isEqualTo(201);
		assertThat(fake.get().dataset().repostedPlaylistsOf(me).get(0)).isEqualTo(playlist);
		assertThat(http.call("DELETE", "/likes/playlists/" + playlist.urn()).status()).isEqualTo(200);
		assertThat(http.call("DELETE", "/reposts/playlists/" + playlist.urn()).status()).isEqualTo(200);
		assertThat(fake.get().dataset().likedPlaylistsOf(me)).doesNotContain(playlist);
	}

	@Test
	void followsAndUnfollows() {
		List<FakeUser> followed = fake.get().dataset().followingsOf(me);
		FakeUser stranger = fake.get().dataset().users().stream()
			.filter((user) -> !followed.contains(user) && !user.urn().equals(me))
			.findFirst()
			.orElseThrow();
		int followers = stranger.followersCount();
		FakeHttp.Response follow = http.call("PUT", "/me/followings/" + stranger.urn());
		JsonNode user = follow.expect(201);
		assertThat(user.get("urn").stringValue()).isEqualTo(stranger.urn());
		assertThat(user.get("followers_count").asInt()).isEqualTo(followers + 1);
		assertThat(follow.location()).isEqualTo(fake.get().baseUrl() + "/users/" + stranger.urn());
		assertThat(http.call("PUT", "/me/followings/" + stranger.urn()).ok().get("status").stringValue())
			.isEqualTo("200 - Successful");
		assertThat(FakeHttp.urns(http.get("/me/followings?limit=1").ok())).containsExactly(stranger.urn());
		assertThat(http.get("/me/followings/" + stranger.urn()).ok().get("urn").stringValue()).isEqualTo(stranger.urn());
		assertThat(FakeHttp.urns(http.get("/users/" + stranger.urn() + "/followers?limit=200").ok())).contains(me);
		assertThat(http.get("/me").ok().get("followings_count").asInt()).isEqualTo(followed.size() + 1);
		assertThat(fake.get().dataset().followersOf(stranger.urn())).extracting(FakeUser::urn).contains(me);
		assertThat(http.call("DELETE", "/me/followings/" + stranger.urn()).ok().get("status").stringValue())
			.isEqualTo("Status(200) - OK");
		assertThat(FakeHttp.urns(http.get("/me/followings?limit=200").ok())).doesNotContain(stranger.urn());
		assertThat(http.get("/me/followings/" + stranger.urn()).status()).isEqualTo(404);
		assertThat(http.call("PUT", "/me/followings/" + me).status()).isEqualTo(422);
		assertThat(http.call("PUT", "/me/followings/soundcloud:users:9").status()).isEqualTo(404);
	}

	@Test
	void servesTheOtherUserLists() {
		FakeUser user = fake.get().dataset().userWithMostTracks();
		assertThat(FakeHttp.urns(http.get("/users/" + user.urn() + "/likes/tracks?limit=200").ok()))
			.isEqualTo(fake.get().dataset().likedTracksOf(user.urn()).stream().map(FakeTrack::urn).toList());
		assertThat(FakeHttp.urns(http.get("/users/" + user.urn() + "/favorites?limit=200").ok()))
			.isEqualTo(fake.get().dataset().likedTracksOf(user.urn()).stream().map(FakeTrack::urn).toList());
		assertThat(FakeHttp.urns(http.get("/users/" + user.urn() + "/likes/playlists").ok()))
			.isEqualTo(fake.get().dataset().likedPlaylistsOf(user.urn()).stream().map(FakePlaylist::urn).toList());
		assertThat(FakeHttp.urns(http.get("/users/" + user.urn() + "/reposts/playlists").ok()))
			.isEqualTo(fake.get().dataset().repostedPlaylistsOf(user.urn()).stream().map(FakePlaylist::urn).toList());
		JsonNode profiles = http.get("/users/" + me + "/web-profiles").ok();
		assertThat(profiles).hasSize(3);
		assertThat(profiles.get(0).get("kind").stringValue()).isEqualTo("web-profile");
		assertThat(profiles.get(0).has("service")).isTrue();
		assertThat(http.get("/users/" + me + "/web-profiles?linked_partitioning=true").status()).isEqualTo(400);
		List<String> related = FakeHttp.urns(http.get("/users/" + user.urn() + "/related").ok());
		assertThat(related).isNotEmpty().doesNotContain(user.urn()).doesNotHaveDuplicates();
		FakeUser follower = fake.get().dataset().followersOf(user.urn()).get(0);
		FakeUser followed = fake.get().dataset().followingsOf(follower.urn()).get(0);
		assertThat(http.get("/users/" + follower.urn() + "/followings/" + followed.urn()).ok().get("urn").stringValue())
			.isEqualTo(followed.urn());
		assertThat(http.get("/me/followers/" + fake.get().dataset().followersOf(me).get(0).urn()).status()).isEqualTo(200);
	}

	private static FakeTrack notLiked() {
		List<FakeTrack> liked = fake.get().dataset().likedTracksOf(me);
		return fake.get().dataset().tracks().stream()
			.filter((track) -> track.access().equals("playable") && !liked.contains(track)
					&& !track.userUrn().equals(me))
			.findFirst()
			.orElseThrow();
	}

}
