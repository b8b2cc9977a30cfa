package io.github.scapi.soundcloud.test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the built-in dataset, as seen through {@link FakeDataset} and over HTTP.
 */
class DatasetTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static FakeDataset dataset;

	private static final FakeHttp http = new FakeHttp(fake);

	@BeforeAll
	static void takeASnapshot() {
		dataset = fake.get().dataset();
	}

	@Test
	void hasSixtyUsersAndAtLeastTwoThousandTracks() {
		assertThat(dataset.userCount()).isEqualTo(60);
		assertThat(dataset.users()).extracting(FakeUser::id).first().isEqualTo(1001L);
		assertThat(dataset.trackCount()).isGreaterThanOrEqualTo(2000).isEqualTo(dataset.tracks().size());
		assertThat(dataset.tracks()).extracting(FakeTrack::id).first().isEqualTo(200001L);
		assertThat(dataset.tracks()).extracting(FakeTrack::urn).doesNotHaveDuplicates();
	}

	@Test
	void exactlyOneUserHasOneThousandTracksAndNoneBlocked() {
		List<FakeUser> thousand = dataset.users().stream().filter((user) -> user.trackCount() == 1000).toList();
		assertThat(thousand).hasSize(1).containsExactly(dataset.userWithMostTracks());
		assertThat(dataset.tracksOf(thousand.get(0).urn())).hasSize(1000)
			.noneMatch((track) -> track.access().equals("blocked"));
	}

	@Test
	void hasBigUsersAndUsersWithoutTracks() {
		assertThat(dataset.users().stream().filter((user) -> user.trackCount() > 400)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(dataset.users().stream().filter((user) -> user.trackCount() == 0)).isNotEmpty();
	}

	@Test
	void trackCountsMatchTheTracks() {
		for (FakeUser user : dataset.users()) {
			long owned = dataset.tracks().stream().filter((track) -> track.userUrn().equals(user.urn())).count();
			assertThat(user.trackCount()).as(user.urn())
				.isEqualTo(owned)
				.isEqualTo(dataset.tracksOf(user.urn()).size());
		}
	}

	@Test
	void followCountsMatchASymmetricGraph() {
		for (FakeUser user : dataset.users()) {
			assertThat(user.followingsCount()).isEqualTo(dataset.followingsOf(user.urn()).size());
			assertThat(user.followersCount()).isEqualTo(dataset.followersOf(user.urn()).size());
			assertThat(dataset.followingsOf(user.urn())).doesNotContain(user).doesNotHaveDuplicates()
				.allMatch((followed) -> dataset.followersOf(followed.urn()).contains(user));
		}
	}

	@Test
	void meFollowsUsersAndHasTracks() {
		FakeUser me = dataset.me();
		assertThat(dataset.meUrn()).isEqualTo(me.urn()).isEqualTo("soundcloud:users:1001");
		assertThat(dataset.followingsOf(me.urn())).isNotEmpty();
		assertThat(dataset.followersOf(me.urn())).isNotEmpty();
		assertThat(dataset.tracksOf(me.urn())).isNotEmpty();
	}

	@Test
	void tracksHaveVariedRealisticFields() {
		List<FakeTrack> tracks = dataset.tracks();
		assertThat(tracks).anyMatch((track) -> track.title().contains("'"))
			.anyMatch((track) -> track.title().contains(","))
			.anyMatch((track) -> track.title().contains("&"))
			.anyMatch((track) -> track.title().contains("Café"))
			.anyMatch((track) -> track.bpm() == null)
			.anyMatch((track) -> track.tags().stream().anyMatch((tag) -> tag.contains(" ")));
		assertThat(tracks).filteredOn((track) -> track.bpm() != null)
			.allMatch((track) -> track.bpm() >= 60 && track.bpm() <= 200);
		assertThat(tracks).allMatch((track) -> !track.createdAt().isBefore(Instant.parse("2010-01-01T00:00:00Z"))
				&& track.createdAt().isBefore(Instant.parse("2026-01-01T00:00:00Z")));
		assertThat(tracks).extracting(FakeTrack::genre).contains("House", "Techno", "Hip-hop & Rap", "Drum & Bass");
		Set<Integer> years = tracks.stream().map((track) -> track.createdAt().toString().substring(0, 4))
			.map(Integer::valueOf).collect(Collectors.toSet());
		assertThat(years).contains(2010, 2025);
	}

	@Test
	void accessIsMostlyPlayable() {
		long playable = count("playable");
		long preview = count("preview");
		long blocked = count("blocked");
		assertThat(playable + preview + blocked).isEqualTo(dataset.trackCount());
		assertThat(playable).isGreaterThan(preview);
		assertThat(preview).isGreaterThan(blocked);
		assertThat(blocked).isPositive();
	}

	@Test
	void servedUsersCarryTheDatasetCounts() {
		for (FakeUser user : List.of(dataset.me(), dataset.userWithMostTracks(), dataset.users().get(4))) {
			JsonNode json = http.get("/users/" + user.urn()).ok();
			assertThat(json.get("track_count").asInt()).isEqualTo(user.trackCount());
			assertThat(json.get("followers_count").asInt()).isEqualTo(user.followersCount());
			assertThat(json.get("followings_count").asInt()).isEqualTo(user.followingsCount());
			assertThat(FakeHttp.urns(http.get("/users/" + user.urn() + "/followers?limit=200").ok()))
				.hasSize(user.followersCount());
			assertThat(FakeHttp.urns(http.get("/users/" + user.urn() + "/followings?limit=200").ok()))
				.hasSize(user.followingsCount());
		}
	}

	@Test
	void isTheSameInEveryFake() {
		try (SoundCloudFake other = SoundCloudFake.start()) {
			assertThat(other.dataset().users()).isEqualTo(dataset.users());
			assertThat(other.dataset().tracks()).isEqualTo(dataset.tracks());
			String path = "/tracks?limit=200&offset=400";
			assertThat(http.get(path).status()).isEqualTo(200);
			String here = http.get(path).body().replace(fake.get().baseUrl(), "BASE");
			String there = new FakeHttp(other).get(path).body().replace(other.baseUrl(), "BASE");
			assertThat(there).isEqualTo(here);
		}
	}

	@Test
	void usernamesAndPermalinksAreUnique() {
		Set<String> usernames = new HashSet<>();
		Set<String> permalinks = new HashSet<>();
		assertThat(dataset.users())
			.allMatch((user) -> usernames.add(user.username()) && permalinks.add(user.permalink()));
	}

	private static long count(String access) {
		return dataset.tracks().stream().filter((track) -> track.access().equals(access)).count();
	}

}
