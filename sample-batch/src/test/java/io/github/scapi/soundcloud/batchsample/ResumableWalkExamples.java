package io.github.scapi.soundcloud.batchsample;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.paging.SoundCloudCursor;
import io.github.scapi.soundcloud.paging.SoundCloudWalk;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of docs/paging.md ("Resuming a walk"), compiled and run against the fake.
 */
class ResumableWalkExamples {

	private static final SoundCloudFake fake = SoundCloudFake.start();

	private final TrackRepository tracks = new SoundCloudTrackRepository(SoundCloudConnector.builder()
		.baseUrl(fake.baseUrl())
		.authenticator(new StaticTokenAuthenticator(fake.accessToken()))
		.build());

	private final List<String> saved = new ArrayList<>();

	@AfterAll
	static void stopFake() {
		fake.stop();
	}

	/** A slice loop that saves the next page's cursor as a string and continues from it. */
	String sliceCursor(String userUrn) {
		Slice<Track> page = this.tracks.findByUser(userUrn, PageRequest.of(0, 50));
		String checkpoint = SoundCloudCursor.of(page.nextPageable()).toString();
		// later, in any process configured for the same API
		Slice<Track> next = this.tracks.findByUser(userUrn, SoundCloudCursor.parse(checkpoint).toPageable());
		return next.getContent().get(0).urn();
	}

	/** A walk that saves its position after every item, and one that resumes from it. */
	void walkAndResume(String userUrn, String checkpoint, Consumer<Track> process) {
		try (SoundCloudWalk<Track> walk = SoundCloudWalk.resume((pageable) -> this.tracks.findByUser(userUrn, pageable),
				SoundCloudCursor.parse(checkpoint))) {
			while (walk.hasNext()) {
				process.accept(walk.next());
				walk.position().ifPresent((position) -> save(position.toString()));
			}
			// read to its end: a position that resumes to nothing
			walk.position().ifPresent((position) -> save(position.toString()));
		}
	}

	private void save(String position) {
		this.saved.add(position);
	}

	@Test
	void theExamplesReadWhatTheyClaim() {
		List<String> all = fake.dataset().tracksOf(JobChecks.USER).stream().map((track) -> track.urn()).toList();
		assertThat(sliceCursor(JobChecks.USER)).isEqualTo(all.get(50));
		List<String> read = new ArrayList<>();
		try (SoundCloudWalk<Track> walk = SoundCloudWalk.start((pageable) -> this.tracks.findByUser(JobChecks.USER,
				pageable), 200)) {
			for (int i = 0; i < 321; i++) {
				read.add(walk.next().urn());
			}
			walkAndResume(JobChecks.USER, walk.position().orElseThrow().toString(), (track) -> read.add(track.urn()));
		}
		assertThat(read).isEqualTo(all);
		assertThat(SoundCloudCursor.parse(this.saved.get(this.saved.size() - 1)).isComplete()).isTrue();
	}

}
