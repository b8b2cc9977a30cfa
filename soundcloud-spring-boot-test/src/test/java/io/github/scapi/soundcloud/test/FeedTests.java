package io.github.scapi.soundcloud.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caller's feeds: {@code /me/feed}, {@code /me/feed/tracks}, tracks of followed users,
 * and the legacy {@code /events}.
 */
class FeedTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void feedHasActivitiesOfFollowedUsersNewestFirst() {
		JsonNode page = http.get("/me/feed?limit=30").ok();
		assertThat(page.get("collection")).hasSize(30);
		assertThat(page.get("next_href").stringValue()).contains("cursor=");
		assertThat(page.get("future_href").stringValue()).startsWith(fake.get().baseUrl() + "/me/feed");
		Set<String> followed = Set.copyOf(fake.get().dataset().followingsOf(fake.get().dataset().meUrn()).stream()
			.map(FakeUser::urn).toList());
		List<String> dates = new ArrayList<>();
		Set<String> types = new java.util.HashSet<>();
		for (JsonNode page2 : http.walk("/me/feed?limit=200")) {
			for (JsonNode item : page2.get("collection")) {
				types.add(item.get("type").stringValue());
				dates.add(item.get("created_at").stringValue());
				String author = item.has("reposter") ? item.get("reposter").stringValue()
						: item.get("origin").get("user").get("urn").stringValue();
				assertThat(followed).contains(author);
			}
		}
		assertThat(types).contains("track", "playlist", "track:repost");
		assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void trackFeedHoldsOnlyTracks() {
		JsonNode page = http.get("/me/feed/tracks?limit=50").ok();
		assertThat(page.get("collection")).allSatisfy((item) -> {
			assertThat(item.get("type").stringValue()).startsWith("track");
			assertThat(item.get("origin").get("kind").stringValue()).isEqualTo("track");
		});
		assertThat(http.get("/me/activities/tracks?limit=5").ok().get("collection")).hasSize(5);
	}

	@Test
	void followingsTracksAreTheNewestOfFollowedUsers() {
		JsonNode tracks = http.get("/me/followings/tracks?limit=20").ok();
		Set<String> followed = Set.copyOf(fake.get().dataset().followingsOf(fake.get().dataset().meUrn()).stream()
			.map(FakeUser::urn).toList());
		assertThat(tracks).hasSize(20)
			.allSatisfy((track) -> assertThat(followed).contains(track.get("user").get("urn").stringValue()));
	}

	@Test
	void legacyEventsAreTyped() {
		JsonNode events = http.get("/events?limit=100").ok();
		assertThat(events).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.get("id").isNumber()).isTrue();
			assertThat(event.get("type").stringValue()).isIn("track", "comment");
			assertThat(event.get("tags").stringValue()).isIn("affiliated", "exclusive");
			assertThat(event.get("origin").get("kind").stringValue()).isIn("track", "comment");
		});
		JsonNode first = http.get("/events?linked_partitioning=true&limit=50").ok();
		JsonNode second = http.getUrl(first.get("next_href").stringValue()).ok();
		assertThat(second.get("collection").get(0).get("id")).isNotEqualTo(first.get("collection").get(0).get("id"));
	}

	@Test
	void recentlyPlayedIsUnpaged() {
		JsonNode recent = http.get("/me/recently-played/tracks").ok();
		assertThat(recent).hasSizeBetween(2, 25);
		assertThat(http.get("/me/recently-played/tracks?limit=1").status()).isEqualTo(400);
	}

}
