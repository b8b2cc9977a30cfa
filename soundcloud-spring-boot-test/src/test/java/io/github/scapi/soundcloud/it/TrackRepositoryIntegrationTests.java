package io.github.scapi.soundcloud.it;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.paging.CursorPageable;
import io.github.scapi.soundcloud.repository.TrackAccess;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SpringBootTest(classes = FakeApplication.class)
@AutoConfigureSoundCloudFake
class TrackRepositoryIntegrationTests {

	private static final String USER_TRACKS = "/users/[^/]+/tracks";

	@Autowired
	private TrackRepository tracks;

	@Autowired
	private SoundCloudFake fake;

	@BeforeEach
	void resetRequests() {
		this.fake.resetRequests();
	}

	@Test
	void findsATrackByUrnAndByNumericId() {
		FakeTrack expected = this.fake.dataset().tracks().get(17);
		Track byUrn = this.tracks.findById(expected.urn()).orElseThrow();
		Track byId = this.tracks.findById(Long.toString(expected.id())).orElseThrow();
		assertThat(byUrn.urn()).isEqualTo(expected.urn());
		assertThat(byUrn.title()).isEqualTo(expected.title());
		assertThat(byUrn.user().urn()).isEqualTo(expected.userUrn());
		assertThat(byId).isEqualTo(byUrn);
	}

	@Test
	void returnsEmptyForATrackThatDoesNotExist() {
		assertThat(this.tracks.findById("soundcloud:tracks:999999999")).isEmpty();
	}

	@Test
	void rejectsInvalidIdsBeforeAnyRequest() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.tracks.findById("soundcloud:users:1001"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.tracks.findByUser("not-a-user", Pageable.unpaged()));
		assertThatIllegalArgumentException().isThrownBy(() -> this.tracks.streamByUser(""));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.tracks.search(TrackQuery.ALL, PageRequest.of(0, 500)));
		assertThat(this.fake.requestCount()).isZero();
	}

	@Test
	void walksAThousandTrackUserLazilyHoldingAtMostTwoPages() {
		FakeUser user = userWithTracks(1000);
		List<String> expected = this.fake.dataset().tracksOf(user.urn()).stream().map(FakeTrack::urn).toList();
		Set<String> seen = new HashSet<>();
		try (Stream<Track> stream = this.tracks.streamByUser(user.urn())) {
			assertThat(this.fake.requestCount()).as("nothing is fetched before the stream is consumed").isZero();
			Iterator<Track> iterator = stream.iterator();
			for (int consumed = 1; consumed <= 1000; consumed++) {
				Track track = iterator.next();
				assertThat(track.urn()).isEqualTo(expected.get(consumed - 1));
				seen.add(track.urn());
				// with 50 items per page, item n arrives with page ceil(n / 50); the next page may be
				// on its way already (prefetching), but never the one after: at most two pages held
				long pagesNeeded = (consumed + 49) / 50;
				assertThat(this.fake.requestCount("GET", USER_TRACKS)).as("requests after %d items", consumed)
					.isBetween(pagesNeeded, pagesNeeded + 1);
			}
			assertThat(iterator.hasNext()).isFalse();
		}
		awaitRequests(21);
		assertThat(seen).hasSize(1000);
		// the last page was exactly full, so the API linked one more, empty page: asked once, not followed further
		assertThat(this.fake.requestCount("GET", USER_TRACKS)).isEqualTo(21);
	}

	@Test
	void continuesSlicesExactlyWhereTheApiSaid() {
		FakeUser user = this.fake.dataset()
			.users()
			.stream()
			.filter((candidate) -> candidate.trackCount() > 400 && candidate.trackCount() < 1000)
			.findFirst()
			.orElseThrow();
		// like the API, the listing leaves out tracks that are blocked where the request comes from
		List<String> expected = this.fake.dataset()
			.tracksOf(user.urn())
			.stream()
			.filter((track) -> !track.access().equals("blocked"))
			.map(FakeTrack::urn)
			.toList();
		Slice<Track> slice = this.tracks.findByUser(user.urn(), PageRequest.of(0, 200));
		List<String> walked = new java.util.ArrayList<>(slice.map(Track::urn).getContent());
		while (slice.hasNext()) {
			Pageable next = slice.nextPageable();
			assertThat(next).isInstanceOf(CursorPageable.class);
			slice = this.tracks.findByUser(user.urn(), next);
			walked.addAll(slice.map(Track::urn).getContent());
		}
		assertThat(walked).containsExactlyElementsOf(expected);
		int pages = (expected.size() + 199) / 200;
		assertThat(this.fake.requestCount("GET", USER_TRACKS)).isBetween((long) pages, (long) pages + 1);
		assertThat(this.fake.requests()).allSatisfy((request) -> assertThat(request.header("Authorization"))
			.isEqualTo("OAuth " + this.fake.accessToken()));
	}

	@Test
	void readsAPageByNumberThroughTheOffsetFallbackWhereTheOperationHasOffset() {
		List<String> expected = this.tracks.search(TrackQuery.ALL, PageRequest.of(0, 90)).map(Track::urn).getContent();
		Slice<Track> third = this.tracks.search(TrackQuery.ALL, PageRequest.of(2, 30));
		assertThat(third.map(Track::urn).getContent()).containsExactlyElementsOf(expected.subList(60, 90));
		assertThat(this.fake.requests().get(this.fake.requests().size() - 1).queryParam("offset")).isEqualTo("60");
	}

	@Test
	void refusesAPageByNumberBeforeAnyRequestWhereTheOperationHasNoOffset() {
		FakeUser user = userWithTracks(1000);
		int before = this.fake.requestCount();
		// SoundCloud would ignore offset on a user's tracks and answer the first page again
		assertThatIllegalArgumentException().isThrownBy(() -> this.tracks.findByUser(user.urn(), PageRequest.of(2, 30)))
			.withMessageContaining("GET /users/{user_urn}/tracks")
			.withMessageContaining("nextPageable()");
		assertThat(this.fake.requestCount()).isEqualTo(before);
	}

	@Test
	void searchesByGenreAndTempo() {
		TrackQuery query = TrackQuery.builder().genres("Techno").bpm(125, 135).build();
		List<Track> found;
		try (Stream<Track> stream = this.tracks.streamSearch(query)) {
			found = stream.toList();
		}
		long expected = this.fake.dataset()
			.tracks()
			.stream()
			.filter((track) -> track.genre().equalsIgnoreCase("Techno") && track.bpm() != null && track.bpm() >= 125
					&& track.bpm() <= 135 && !track.access().equals("blocked"))
			.count();
		assertThat(found).isNotEmpty().hasSize((int) expected).allSatisfy((track) -> {
			assertThat(track.genre()).isEqualToIgnoringCase("Techno");
			assertThat(track.bpm()).isBetween(125.0, 135.0);
		});
	}

	@Test
	void searchesByTextOnePageAtATime() {
		Slice<Track> page = this.tracks.search(TrackQuery.builder().text("night").build(), PageRequest.of(0, 5));
		assertThat(page.getContent()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
		assertThat(this.fake.requests()).singleElement().satisfies((request) -> {
			assertThat(request.queryParam("q")).isEqualTo("night");
			assertThat(request.queryParam("limit")).isEqualTo("5");
			assertThat(request.queryParam("linked_partitioning")).isEqualTo("true");
		});
	}

	@Test
	void filtersByAccessLevel() {
		try (Stream<Track> blocked = this.tracks.streamSearch(TrackQuery.builder().access(TrackAccess.BLOCKED).build())) {
			assertThat(blocked.toList()).isNotEmpty().allSatisfy((track) -> assertThat(track.access()).isEqualTo("blocked"));
		}
	}

	private void awaitRequests(long count) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
		while (this.fake.requestCount("GET", USER_TRACKS) < count && System.nanoTime() < deadline) {
			Thread.onSpinWait();
		}
	}

	private FakeUser userWithTracks(int count) {
		return this.fake.dataset()
			.users()
			.stream()
			.filter((user) -> user.trackCount() == count)
			.findFirst()
			.orElseThrow();
	}

}
