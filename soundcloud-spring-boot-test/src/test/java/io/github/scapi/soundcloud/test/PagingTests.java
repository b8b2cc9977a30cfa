package io.github.scapi.soundcloud.test;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code limit}, {@code offset} and {@code linked_partitioning}, including SoundCloud's
 * {@code next_href} after an exactly full last page.
 */
class PagingTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	private static FakeUser thousand;

	private static List<String> thousandUrns;

	@BeforeAll
	static void findTheBusiestUser() {
		thousand = fake.get().dataset().userWithMostTracks();
		thousandUrns = fake.get().dataset().tracksOf(thousand.urn()).stream().map(FakeTrack::urn).toList();
	}

	private static String tracksOf(FakeUser user) {
		return "/users/" + user.urn() + "/tracks";
	}

	@Test
	void walksOneThousandTracksInFiveFullPagesAndAnEmptyOne() {
		fake.get().resetRequests();
		List<JsonNode> pages = http.walk(tracksOf(thousand) + "?limit=200&linked_partitioning=true");
		assertThat(pages).hasSize(6);
		assertThat(pages.subList(0, 5)).allMatch((page) -> page.get("collection").size() == 200)
			.allMatch((page) -> page.hasNonNull("next_href"));
		assertThat(pages.get(5).get("collection").size()).isZero();
		assertThat(pages.get(5).hasNonNull("next_href")).as("quirk: the empty page links on").isTrue();
		List<String> urns = pages.stream().flatMap((page) -> FakeHttp.urns(page.get("collection")).stream()).toList();
		assertThat(urns).hasSize(1000).doesNotHaveDuplicates().isEqualTo(thousandUrns);
		assertThat(fake.get().requestCount("GET", "/users/.*/tracks")).isEqualTo(6);
	}

	@Test
	void pageAfterTheQuirkPageHasNoNextHref() {
		List<JsonNode> pages = http.walk(tracksOf(thousand) + "?limit=200&linked_partitioning=true");
		JsonNode empty = pages.get(pages.size() - 1);
		assertThat(empty.get("collection").size()).isZero();
		JsonNode beyond = http.getUrl(empty.get("next_href").stringValue()).ok();
		assertThat(beyond.get("collection").size()).isZero();
		assertThat(beyond.has("next_href")).isFalse();
	}

	@Test
	void nextHrefIsAbsoluteKeepsParametersAndUsesAnOpaqueCursor() {
		JsonNode page = http.get("/tracks?q=caf%C3%A9&limit=3&linked_partitioning=true&offset=2&bpm%5Bfrom%5D=60").ok();
		String next = page.get("next_href").stringValue();
		assertThat(next).startsWith(fake.get().baseUrl() + "/tracks?")
			.contains("q=caf%C3%A9", "limit=3", "linked_partitioning=true", "bpm%5Bfrom%5D=60", "cursor=")
			.doesNotContain("offset=");
		JsonNode second = http.getUrl(next).ok();
		List<String> all = FakeHttp.urns(http.get("/tracks?q=caf%C3%A9&limit=8&bpm%5Bfrom%5D=60").ok());
		assertThat(FakeHttp.urns(page.get("collection"))).isEqualTo(all.subList(2, 5));
		assertThat(FakeHttp.urns(second.get("collection"))).isEqualTo(all.subList(5, 8));
	}

	@Test
	void offsetWorksOnTheFirstLinkedRequest() {
		// the search defines offset; a user's tracks do not (only cursors)
		List<String> all = FakeHttp.urns(http.get("/tracks?limit=200").ok());
		JsonNode first = http.get("/tracks?linked_partitioning=true&offset=190&limit=5").ok();
		assertThat(FakeHttp.urns(first.get("collection"))).isEqualTo(all.subList(190, 195));
		JsonNode last = http.getUrl(first.get("next_href").stringValue()).ok();
		assertThat(FakeHttp.urns(last.get("collection"))).isEqualTo(all.subList(195, 200));
		assertThat(last.hasNonNull("next_href")).isTrue();
	}

	@Test
	void partialLastPageHasNoNextHref() {
		FakeUser user = fake.get().dataset().users().stream()
			.filter((candidate) -> candidate.trackCount() > 400 && candidate.trackCount() < 1000)
			.findFirst()
			.orElseThrow();
		long visible = fake.get().dataset()
			.tracksOf(user.urn())
			.stream()
			.filter((track) -> !track.access().equals("blocked"))
			.count();
		assertThat(visible % 200).isNotZero();
		List<JsonNode> pages = http.walk("/users/" + user.urn() + "/tracks?limit=200&linked_partitioning=true");
		assertThat(pages).hasSize((int) (visible / 200) + 1);
		assertThat(pages.get(pages.size() - 1).has("next_href")).isFalse();
		assertThat(pages.stream().mapToInt((page) -> page.get("collection").size()).sum()).isEqualTo((int) visible);
	}

	@Test
	void bareArrayHonoursOffsetAndLimit() {
		List<String> all = FakeHttp.urns(http.get("/tracks?limit=200").ok());
		JsonNode page = http.get("/tracks?limit=30&offset=60").ok();
		assertThat(page.isArray()).isTrue();
		assertThat(FakeHttp.urns(page)).isEqualTo(all.subList(60, 90));
		assertThat(http.get("/tracks?offset=100000").ok().size()).isZero();
	}

	@Test
	void listsAnswerInTheShapeOfTheirSchema() {
		String me = fake.get().dataset().meUrn();
		// Users and Comments are only {collection, next_href}, and their operations, but for the
		// searches and related users, do not define linked_partitioning at all
		for (String users : List.of("/me/followings?limit=2", "/me/followers?limit=2",
				"/users/" + thousand.urn() + "/followers?limit=2", "/users/" + me + "/followings?limit=2",
				"/users?limit=2", "/tracks/" + thousandUrns.get(0) + "/comments?limit=2")) {
			JsonNode page = http.get(users).ok();
			assertThat(page.isObject()).as(users).isTrue();
			assertThat(page.get("collection").isArray()).as(users).isTrue();
		}
		assertThat(http.get("/users/" + thousand.urn() + "/followers?limit=2").ok().hasNonNull("next_href")).isTrue();
		// TracksList: a bare array, paged by offset
		JsonNode followingsTracks = http.get("/me/followings/tracks?limit=3&offset=3").ok();
		assertThat(followingsTracks.isArray()).isTrue();
		assertThat(followingsTracks.size()).isEqualTo(3);
		// what the operations do not define is refused
		assertThat(http.get("/me/followers?linked_partitioning=true").status()).isEqualTo(400);
		assertThat(http.get("/me/followings/tracks?linked_partitioning=true").status()).isEqualTo(400);
		assertThat(http.get(tracksOf(thousand) + "?limit=5&offset=5").status()).isEqualTo(400);
		String playlist = fake.get().dataset().playlists().get(0).urn();
		assertThat(http.get("/playlists/" + playlist + "/tracks?limit=5").status()).isEqualTo(400);
	}

	@Test
	void limitDefaultsToFifty() {
		assertThat(http.get(tracksOf(thousand)).ok().size()).isEqualTo(50);
		assertThat(http.get("/tracks?linked_partitioning=true").ok().get("collection").size()).isEqualTo(50);
	}

	@Test
	void acceptsLimitsFromOneToTwoHundred() {
		assertThat(http.get("/tracks?limit=1").ok().size()).isEqualTo(1);
		assertThat(http.get("/tracks?limit=200").ok().size()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "limit=0", "limit=201", "limit=-1", "limit=ten", "offset=-3", "offset=x",
			"linked_partitioning=true&cursor=not-a-cursor" })
	void rejectsBadPagingParameters(String query) {
		FakeHttp.Response response = http.get("/tracks?" + query);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").asInt()).isEqualTo(400);
		assertThat(response.json().get("status").stringValue()).isEqualTo("400 - Bad Request");
	}

	@Test
	void userWithoutTracksHasAnEmptyPageWithoutNextHref() {
		FakeUser empty = fake.get().dataset()
			.users()
			.stream()
			.filter((user) -> user.trackCount() == 0)
			.findFirst()
			.orElseThrow();
		JsonNode page = http.get("/users/" + empty.urn() + "/tracks?linked_partitioning=true").ok();
		assertThat(page.get("collection").size()).isZero();
		assertThat(page.has("next_href")).isFalse();
	}

	@Test
	void sortsOldestFirstOnRequest() {
		JsonNode page = http.get(tracksOf(thousand) + "?sort=asc&limit=3").ok();
		assertThat(FakeHttp.urns(page)).containsExactly(thousandUrns.get(999), thousandUrns.get(998),
				thousandUrns.get(997));
		assertThat(http.get(tracksOf(thousand) + "?sort=sideways").status()).isEqualTo(400);
	}

}
