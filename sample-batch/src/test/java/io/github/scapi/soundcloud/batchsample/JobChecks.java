package io.github.scapi.soundcloud.batchsample;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.SoundCloudFake;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the jobs check: the table and the fake's request log.
 */
final class JobChecks {

	static final String USER = "soundcloud:users:1007";

	private JobChecks() {
	}

	/** The pages of a user's track list the fake served, by cursor ("first" for the first page). */
	static Map<String, Long> pagesServed(SoundCloudFake fake, String userUrn) {
		return fake.requests()
			.stream()
			.filter((request) -> request.method().equals("GET")
					&& request.path().equals("/users/" + userUrn + "/tracks"))
			.map((request) -> Objects.requireNonNullElse(request.queryParam("cursor"), "first"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	static List<FakeRequest> listRequests(SoundCloudFake fake) {
		return fake.requests().stream().filter((request) -> request.path().endsWith("/tracks")).toList();
	}

	/** Every track of the user that the API lists (blocked ones it leaves out), each exactly once. */
	static void assertEachTrackWrittenOnce(JdbcTemplate jdbc, SoundCloudFake fake, String userUrn) {
		List<String> expected = fake.dataset()
			.tracksOf(userUrn)
			.stream()
			.filter((track) -> !track.access().equals("blocked"))
			.map(FakeTrack::urn)
			.toList();
		List<String> written = jdbc.queryForList("SELECT urn FROM soundcloud_track WHERE user_urn = ?", String.class,
				userUrn);
		assertThat(written).as("tracks of %s", userUrn).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
	}

	/**
	 * The API saw each page at most once, plus at most one page twice: the page being read when
	 * the job stopped.
	 */
	static void assertEachPageServedOncePlusOne(SoundCloudFake fake, String userUrn, int pages) {
		Map<String, Long> served = pagesServed(fake, userUrn);
		assertThat(served).as("pages of %s's tracks", userUrn).hasSize(pages);
		assertThat(served.values()).allMatch((count) -> count <= 2);
		assertThat(served.values().stream().filter((count) -> count == 2)).hasSizeLessThanOrEqualTo(1);
	}

}
