package io.github.scapi.soundcloud.sample;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.web.client.RestClient;

/**
 * The code shown in {@code docs/}, kept here so that the build proves it compiles. When
 * an example in the docs changes, change it here too.
 */
final class DocumentationExamples {

	private DocumentationExamples() {
	}

	/** docs/getting-started.md, "Use the repositories". */
	static class Crate {

		private final TrackRepository tracks;

		private final UserRepository users;

		Crate(TrackRepository tracks, UserRepository users) {
			this.tracks = tracks;
			this.users = users;
		}

		void show() {
			User me = this.users.findMe();
			this.tracks.findById("soundcloud:tracks:200001")
				.ifPresent((track) -> System.out.println(track.title() + " by " + me.username()));

			Slice<Track> firstPage = this.tracks.search(
					TrackQuery.builder().text("night bus").genres("House").bpm(120, 128).build(),
					PageRequest.of(0, 20));
			firstPage.forEach((track) -> System.out.println(track.title()));
		}

	}

	/** docs/getting-started.md, "A second connector". */
	static TrackRepository secondConnector(RestClient.Builder restClientBuilder, String otherToken) {
		SoundCloudConnector other = SoundCloudConnector.builder()
			.baseUrl("https://api.soundcloud.com")
			.authenticator(new StaticTokenAuthenticator(otherToken))
			.restClientBuilder(restClientBuilder)
			.build();
		return new SoundCloudTrackRepository(other);
	}

	/** docs/paging.md, "Slice: one page at a time". */
	static void slices(TrackRepository tracks) {
		Slice<Track> page = tracks.findByUser("soundcloud:users:1001", PageRequest.of(0, 200));
		while (true) {
			page.forEach((track) -> System.out.println(track.title()));
			if (!page.hasNext()) {
				break;
			}
			page = tracks.findByUser("soundcloud:users:1001", page.nextPageable());
		}
	}

	/** docs/paging.md, "Stream: every item, lazily", and the README's quick start. */
	static Map<String, Long> streams(TrackRepository tracks) {
		try (Stream<Track> all = tracks.streamByUser("soundcloud:users:1001")) {
			all.limit(120).forEach((track) -> System.out.println(track.title()));
		}
		try (Stream<Track> all = tracks.streamByUser("soundcloud:users:1001")) {
			return all.filter((track) -> track.genre() != null)
				.collect(Collectors.groupingBy(Track::genre, Collectors.counting()));
		}
	}

}
