package io.github.scapi.soundcloud.test;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The legacy resources scapi used: groups, track permissions and user updates.
 */
class LegacyTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void servesGroups() {
		List<FakeGroup> groups = fake.get().dataset().groups();
		assertThat(groups).hasSize(6);
		JsonNode all = http.get("/groups").ok();
		assertThat(all).hasSize(6);
		assertThat(all.get(0).get("kind").stringValue()).isEqualTo("group");
		FakeGroup group = groups.get(0);
		JsonNode json = http.get("/groups/" + group.id()).ok();
		assertThat(json.get("name").stringValue()).isEqualTo(group.name());
		assertThat(json.get("members_count").asInt()).isEqualTo(group.memberUrns().size());
		assertThat(json.get("track_count").asInt()).isEqualTo(group.trackUrns().size());
		assertThat(json.get("creator").get("urn").stringValue()).isEqualTo(group.creatorUrn());
		assertThat(http.get("/groups/" + group.urn()).ok().get("id").asLong()).isEqualTo(group.id());
		assertThat(http.walkUrns("/groups/" + group.id() + "/tracks?linked_partitioning=true&limit=10"))
			.isEqualTo(group.trackUrns());
		assertThat(http.get("/groups?q=caf%C3%A9").ok()).hasSize(1);
	}

	@Test
	void setsPermissionsWithRepeatedRailsParameters() {
		FakeTrack track = fake.get().dataset().tracksOf(fake.get().dataset().meUrn()).get(0);
		assertThat(http.json("PUT", "/tracks/" + track.urn(), "{\"track\":{\"sharing\":\"private\"}}").ok()
			.get("sharing")
			.stringValue()).isEqualTo("private");
		assertThat(http.get("/tracks/" + track.urn() + "/permissions").ok()).isEmpty();
		JsonNode set = http.form("PUT", "/tracks/" + track.urn() + "/permissions",
				"permissions%5Buser_id%5D%5B%5D=1002&permissions[user_id][]=soundcloud%3Ausers%3A1003&permissions[user_id][]=1004")
			.ok();
		assertThat(FakeHttp.urns(set)).containsExactly("soundcloud:users:1002", "soundcloud:users:1003",
				"soundcloud:users:1004");
		assertThat(FakeHttp.urns(http.get("/tracks/" + track.urn() + "/permissions").ok()))
			.containsExactly("soundcloud:users:1002", "soundcloud:users:1003", "soundcloud:users:1004");
		http.form("PUT", "/tracks/" + track.urn() + "/permissions", "permissions[user_id][]=1005");
		assertThat(fake.get().dataset().permittedUsersOf(track.urn())).extracting(FakeUser::urn)
			.containsExactly("soundcloud:users:1005");
		assertThat(http.form("PUT", "/tracks/" + track.urn() + "/permissions", "permissions[user_id][]=77").status())
			.isEqualTo(422);
		FakeTrack other = fake.get().dataset().tracksOf(fake.get().dataset().userWithMostTracks().urn()).get(0);
		assertThat(http.get("/tracks/" + other.urn() + "/permissions").status()).isEqualTo(403);
	}

	@Test
	void updatesOnlyTheCallersOwnProfile() {
		String me = fake.get().dataset().meUrn();
		JsonNode updated = http.form("PUT", "/users/" + me,
				"user[description]=Hello%2C+it%27s+me+%E2%99%A5&user[city]=Reykjav%C3%ADk&user[username]=scapi.fan2").ok();
		assertThat(updated.get("description").stringValue()).isEqualTo("Hello, it's me ♥");
		assertThat(updated.get("city").stringValue()).isEqualTo("Reykjavík");
		JsonNode read = http.get("/me").ok();
		assertThat(read.get("description").stringValue()).isEqualTo("Hello, it's me ♥");
		assertThat(read.get("username").stringValue()).isEqualTo("scapi.fan2");
		assertThat(fake.get().dataset().me().username()).isEqualTo("scapi.fan2");
		assertThat(http.form("PUT", "/users/soundcloud:users:1002", "user[description]=hacked").status())
			.isEqualTo(403);
		assertThat(http.form("PUT", "/users/" + me, "description=no-prefix").status()).isEqualTo(400);
		assertThat(http.json("PUT", "/users/" + me, "{\"user\":{\"website\":\"https://example.org\"}}").ok()
			.get("website").stringValue()).isEqualTo("https://example.org");
	}

}
