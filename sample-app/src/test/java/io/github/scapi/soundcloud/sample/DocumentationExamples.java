package io.github.scapi.soundcloud.sample;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
import io.github.scapi.soundcloud.SoundCloudScope;
import io.github.scapi.soundcloud.model.Activity;
import io.github.scapi.soundcloud.model.Comment;
import io.github.scapi.soundcloud.model.Group;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.SoundCloudResource;
import io.github.scapi.soundcloud.model.Streams;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.CommentRepository;
import io.github.scapi.soundcloud.repository.MeRepository;
import io.github.scapi.soundcloud.repository.PlaylistRepository;
import io.github.scapi.soundcloud.repository.PlaylistUpdate;
import io.github.scapi.soundcloud.repository.SoundCloudResolver;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.TrackUpdate;
import io.github.scapi.soundcloud.repository.TrackUpload;
import io.github.scapi.soundcloud.repository.UserRepository;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.MultiValueMap;
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

	/** docs/getting-started.md, "A second connector": a transport of your own. */
	static SoundCloudConnector tunedConnector(RestClient.Builder restClientBuilder, String otherToken) {
		HttpClient client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		SoundCloudConnector tuned = SoundCloudConnector.builder()
			.authenticator(new StaticTokenAuthenticator(otherToken))
			.requestFactory(new BlockingJdkClientHttpRequestFactory(client, Duration.ofSeconds(20)))
			.restClientBuilder(() -> restClientBuilder)
			.build();
		return tuned;
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

	/** docs/tracks.md. */
	static void tracks(TrackRepository tracks, SoundCloudConnector connector) {
		Track track = tracks.create(new TrackUpload(new FileSystemResource("night-bus.mp3"),
				TrackUpdate.builder()
					.title("Night Bus, Café Edition")
					.tags("deep house", "night")
					.sharing("private")
					.artwork(new FileSystemResource("cover.jpg"))
					.build()));
		tracks.update("soundcloud:tracks:200001", TrackUpdate.builder().title("Night Bus (remastered)").build());
		tracks.update("soundcloud:tracks:200001",
				TrackUpdate.builder().artwork(new FileSystemResource("new-cover.png")).build());
		tracks.deleteById("soundcloud:tracks:200001");
		TrackUpdate.builder().field("shared_to", Map.of("emails", List.of(Map.of("address", "a@example.com")))).build();
		Streams streams = tracks.findStreams("soundcloud:tracks:200001");
		URI playable = tracks.playableUrl(streams.hlsMp3128Url());
		Long bytes = connector.download(playable, (in) -> in.transferTo(OutputStream.nullOutputStream()));
		System.out.println(track.urn() + " " + bytes);
	}

	/** docs/tracks.md, upload progress. */
	static Track uploadProgress(TrackRepository tracks) {
		TrackUpload upload = TrackUpload.of("Night Bus", new FileSystemResource("night-bus.mp3"))
			.withProgress((sent, total) -> System.out.printf("\r%d of %d bytes sent", sent, total));
		Track track = tracks.create(upload);
		return track;
	}

	/** docs/users.md. */
	static void me(MeRepository me) {
		me.follow("soundcloud:users:1013");
		me.likeTrack("soundcloud:tracks:200001");
		me.repostPlaylist("soundcloud:playlists:300001");
		Slice<Activity> feed = me.findFeed(PageRequest.of(0, 20));
		feed.forEach((activity) -> System.out.println(activity.type() + " " + activity.origin().urn()));
	}

	/** docs/playlists-and-comments.md. */
	static void playlistsAndComments(PlaylistRepository playlists, CommentRepository comments) {
		Playlist created = playlists.create(PlaylistUpdate.builder()
			.title("Rock'n'roll, baby: the 'best', of course")
			.sharing("private")
			.tracks("soundcloud:tracks:200001", "soundcloud:tracks:200002")
			.build());
		playlists.update(created.urn(), PlaylistUpdate.builder().title("Renamed, again").build());
		playlists.setTracks(created.urn(), List.of("soundcloud:tracks:200003"));
		playlists.deleteById(created.urn());
		Comment comment = comments.create("soundcloud:tracks:200001", "The drop at 1:23!", Duration.ofSeconds(83));
		try (Stream<Comment> all = comments.streamByTrack("soundcloud:tracks:200001")) {
			all.forEach((each) -> System.out.println(each.body()));
		}
		System.out.println(comment.urn());
	}

	/** docs/resolve-and-scope.md. */
	static void resolveAndScope(SoundCloudResolver resolver, SoundCloudConnector connector,
			MultiValueMap<String, String> playableOnly) {
		Optional<SoundCloudResource> anything = resolver.resolve("https://soundcloud.com/endless-loops");
		Optional<Track> track = resolver.resolve("https://soundcloud.com/endless-loops/night-bus", Track.class);
		SoundCloudScope user = connector.scope("users", "1001");
		Slice<Track> playable = user.list("tracks", playableOnly, Track.class, Pageable.unpaged());
		Optional<Group> group = connector.scope("groups", "42").get(Group.class);
		connector.scope("tracks", "200001")
			.send(HttpMethod.PUT, "permissions", "permissions", Map.of("user_id", List.of(1013, 1029)), Void.class);
		connector.scope("users", "1001").send(HttpMethod.PUT, null, "user", Map.of("description", "Hi!"), User.class);
		System.out.println(anything + " " + track + " " + playable + " " + group);
	}

}
