package io.github.scapi.soundcloud.test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of {@code GET /tracks} and {@code GET /users}, checked against expectations
 * computed from the dataset.
 */
class SearchTests {

	private static final Predicate<FakeTrack> NOT_BLOCKED = (track) -> !track.access().equals("blocked");

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void qMatchesTitleTagsAndGenreIgnoringCase() {
		assertThat(search("q=CAF%C3%89")).isNotEmpty()
			.isEqualTo(expected(NOT_BLOCKED.and((track) -> text(track).contains("café"))));
		assertThat(search("q=don%27t")).isNotEmpty()
			.isEqualTo(expected(NOT_BLOCKED.and((track) -> text(track).contains("don't"))));
		assertThat(search("q=deep%20house"))
			.isEqualTo(expected(NOT_BLOCKED.and((track) -> text(track).contains("deep house"))));
	}

	@Test
	void genresMatchAnyListedGenreIgnoringCase() {
		List<String> found = search("genres=hip-hop%20%26%20rap,AMBIENT");
		assertThat(found).isNotEmpty().isEqualTo(expected(NOT_BLOCKED
			.and((track) -> track.genre().equals("Hip-hop & Rap") || track.genre().equals("Ambient"))));
	}

	@Test
	void tagsMatchAnyListedTag() {
		assertThat(search("tags=deep%20house,Vinyl")).isNotEmpty().isEqualTo(expected(NOT_BLOCKED
			.and((track) -> track.tags().contains("deep house") || track.tags().contains("vinyl"))));
	}

	@Test
	void bpmRangeIsInclusiveAndSkipsTracksWithoutBpm() {
		assertThat(search("bpm%5Bfrom%5D=120&bpm%5Bto%5D=125")).isNotEmpty().isEqualTo(expected(NOT_BLOCKED
			.and((track) -> track.bpm() != null && track.bpm() >= 120 && track.bpm() <= 125)));
	}

	@Test
	void durationRangeIsInMilliseconds() {
		assertThat(search("duration%5Bfrom%5D=3600000")).isNotEmpty()
			.isEqualTo(expected(NOT_BLOCKED.and((track) -> track.duration() >= 3_600_000)));
		assertThat(search("duration%5Bto%5D=30000")).isNotEmpty()
			.isEqualTo(expected(NOT_BLOCKED.and((track) -> track.duration() <= 30_000)));
	}

	@Test
	void createdAtRangeUsesUtcDateTimes() {
		Instant from = Instant.parse("2015-01-01T00:00:00Z");
		Instant to = Instant.parse("2015-03-31T23:59:59Z");
		assertThat(search("created_at%5Bfrom%5D=2015-01-01%2000:00:00&created_at%5Bto%5D=2015-03-31%2023:59:59"))
			.isNotEmpty()
			.isEqualTo(expected(NOT_BLOCKED
				.and((track) -> !track.createdAt().isBefore(from) && !track.createdAt().isAfter(to))));
	}

	@Test
	void accessDefaultsToPlayableAndPreview() {
		assertThat(search("access=blocked")).isNotEmpty()
			.isEqualTo(expected((track) -> track.access().equals("blocked")));
		assertThat(search("genres=techno"))
			.isEqualTo(expected(NOT_BLOCKED.and((track) -> track.genre().equals("Techno"))));
		assertThat(search("genres=techno&access=playable,preview,blocked"))
			.isEqualTo(expected((track) -> track.genre().equals("Techno")));
	}

	@Test
	void urnsSelectTracksByUrnOrId() {
		List<FakeTrack> some = fake.get().dataset().tracks().stream().filter(NOT_BLOCKED).limit(3).toList();
		String query = "urns=" + some.get(0).urn() + "," + some.get(1).urn() + "," + some.get(2).id();
		assertThat(search(query)).containsExactly(some.get(0).urn(), some.get(1).urn(), some.get(2).urn());
	}

	@Test
	void filtersCombine() {
		assertThat(search("genres=House&bpm%5Bfrom%5D=118&bpm%5Bto%5D=130&q=a")).isEqualTo(expected(NOT_BLOCKED
			.and((track) -> track.genre().equals("House") && track.bpm() != null && track.bpm() >= 118
					&& track.bpm() <= 130 && text(track).contains("a"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "access=everything", "bpm%5Bfrom%5D=fast", "duration%5Bto%5D=long",
			"created_at%5Bfrom%5D=yesterday" })
	void rejectsMalformedFilters(String query) {
		assertThat(http.get("/tracks?" + query).status()).isEqualTo(400);
	}

	@Test
	void userSearchMatchesUsernameOrFullNameIgnoringCase() {
		List<String> expected = fake.get().dataset().users().stream()
			.filter((user) -> lower(user.username()).contains("dj") || lower(user.fullName()).contains("dj"))
			.map(FakeUser::urn)
			.toList();
		assertThat(http.walkUrns("/users?q=Dj&linked_partitioning=true")).isNotEmpty().isEqualTo(expected);
		assertThat(http.walkUrns("/users?q=m%C3%BCller&linked_partitioning=true")).isNotEmpty()
			.allMatch((urn) -> lower(fake.get().dataset().user(urn).orElseThrow().fullName()).contains("müller")
					|| lower(fake.get().dataset().user(urn).orElseThrow().username()).contains("müller"));
	}

	@Test
	void userSearchSelectsByUrns() {
		assertThat(http.walkUrns("/users?urns=soundcloud:users:1003,1007,soundcloud:users:9999"
				+ "&linked_partitioning=true"))
			.containsExactly("soundcloud:users:1003", "soundcloud:users:1007");
	}

	private static List<String> search(String query) {
		return http.walkUrns("/tracks?limit=200&linked_partitioning=true&" + query);
	}

	private static List<String> expected(Predicate<FakeTrack> filter) {
		return fake.get().dataset().tracks().stream().filter(filter).map(FakeTrack::urn).toList();
	}

	private static String text(FakeTrack track) {
		return lower(track.title() + " " + track.genre() + " " + String.join(" ", track.tags()));
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
