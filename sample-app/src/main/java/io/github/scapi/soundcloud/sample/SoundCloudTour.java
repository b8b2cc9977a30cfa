package io.github.scapi.soundcloud.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudClientErrorException;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.actuate.SoundCloudHealthIndicator;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.PlaylistRepository;
import io.github.scapi.soundcloud.repository.PlaylistUpdate;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.TrackUpload;
import io.github.scapi.soundcloud.repository.UserQuery;
import io.github.scapi.soundcloud.repository.UserRepository;
import org.jspecify.annotations.Nullable;

import io.github.scapi.soundcloud.test.SoundCloudFake;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.FileSystemResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The tour itself: everything here goes through the starter's repositories, exactly as an
 * application would use them.
 *
 * @author scapi contributors
 */
@Component
class SoundCloudTour implements ApplicationRunner {

	private final TrackRepository tracks;

	private final UserRepository users;

	private final PlaylistRepository playlists;

	private final SoundCloudConnector connector;

	private final SampleProperties properties;

	private final PrintStream out;

	private final boolean onFake;

	private final ObjectProvider<SoundCloudHealthIndicator> health;

	private final ObjectProvider<MeterRegistry> meters;

	SoundCloudTour(TrackRepository tracks, UserRepository users, PlaylistRepository playlists,
			SoundCloudConnector connector, SampleProperties properties, ObjectProvider<SoundCloudFake> fake,
			ObjectProvider<SoundCloudHealthIndicator> health, ObjectProvider<MeterRegistry> meters) {
		this.health = health;
		this.meters = meters;
		this.tracks = tracks;
		this.users = users;
		this.playlists = playlists;
		this.connector = connector;
		this.properties = properties;
		this.out = System.out;
		this.onFake = fake.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.out.printf("SoundCloud API at %s%s, credentials: %s%n%n", this.connector.getBaseUrl(),
				this.onFake ? " (the embedded fake)" : "", this.connector.getAuthenticator().type());
		if (this.connector.getAuthenticator().type() != SoundCloudAuthType.NONE) {
			showMe();
		}
		searchTracks();
		users().ifPresent(this::walkTracksOf);
		boolean writes = this.properties.writeDemo() || this.onFake;
		if (this.connector.getAuthenticator().type() != SoundCloudAuthType.NONE && writes) {
			playlistRoundTrip();
			uploadWithProgress();
		}
		showHealthAndMetrics();
	}

	/**
	 * What Actuator saw of the run: the health indicator's verdict and the client's metrics.
	 */
	private void showHealthAndMetrics() {
		SoundCloudHealthIndicator health = this.health.getIfAvailable();
		if (health != null) {
			this.out.printf("%nHealth of the SoundCloud API: %s%n", health.health().getStatus());
		}
		MeterRegistry meters = this.meters.getIfAvailable();
		if (meters == null) {
			return;
		}
		this.out.println("Metrics of this run:");
		meters.getMeters()
			.stream()
			.map(Meter::getId)
			.filter((id) -> id.getName().startsWith("soundcloud.") || id.getName().equals("http.client.requests"))
			.map(Meter.Id::getName)
			.distinct()
			.sorted()
			.forEach((name) -> {
				// timers count observations, counters count events such as pages and retries
				long count = meters.find(name).timers().stream().mapToLong(Timer::count).sum()
						+ (long) meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
				this.out.printf("  %-40s %6d%n", name, count);
			});
	}

	/**
	 * Create, rename and delete a playlist: a write round trip. On against the embedded fake;
	 * against the real API only with {@code sample.write-demo=true}, because it changes the
	 * account.
	 */
	private void playlistRoundTrip() {
		List<String> someTracks;
		try (Stream<Track> tracks = this.tracks.streamSearch(TrackQuery.builder().text(this.properties.trackQuery()).build())) {
			someTracks = tracks.limit(3).map(Track::urn).filter(Objects::nonNull).toList();
		}
		Playlist created = this.playlists.create(PlaylistUpdate.builder()
			.title("Sample's picks: \"" + this.properties.trackQuery() + "\", night & day")
			.sharing("private")
			.tracks(someTracks)
			.build());
		this.out.printf("%nCreated playlist %s \"%s\" with %d tracks%n", created.urn(), created.title(),
				created.tracks().size());
		Playlist renamed = this.playlists.update(created.urn(), PlaylistUpdate.builder().title("Renamed, it's done").build());
		this.out.printf("Renamed it to \"%s\"%n", renamed.title());
		this.playlists.deleteById(created.urn());
		this.out.printf("Deleted it: %s%n", this.playlists.findById(created.urn()).isEmpty() ? "gone" : "still there");
	}

	/**
	 * Upload a generated "audio" file with a progress bar, then delete the track: on against
	 * the embedded fake; against the real API only with {@code sample.write-demo=true}.
	 */
	private void uploadWithProgress() {
		Path file = generatedAudio(4 * 1024 * 1024);
		try {
			ProgressBar bar = new ProgressBar(this.out, file.getFileName().toString());
			Track track = this.tracks.create(TrackUpload.of("Sample upload", new FileSystemResource(file))
				.withProgress(bar::show));
			this.out.printf("%nUploaded %s \"%s\"%n", track.urn(), track.title());
			this.tracks.deleteById(track.urn());
		}
		finally {
			try {
				Files.deleteIfExists(file);
				Files.deleteIfExists(file.getParent());
			}
			catch (IOException ex) {
				// a temporary file left behind is no reason to fail the tour
			}
		}
	}

	/** A file of {@code size} bytes of silence, written a block at a time. */
	private static Path generatedAudio(int size) {
		try {
			// its name gives the part's content type (audio/mpeg)
			Path file = Files.createTempDirectory("sample-upload-").resolve("generated.mp3");
			byte[] block = new byte[64 * 1024];
			try (OutputStream out = Files.newOutputStream(file)) {
				for (int written = 0; written < size; written += block.length) {
					out.write(block, 0, Math.min(block.length, size - written));
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A text progress bar drawn again on the same line for every call of the upload's
	 * progress listener, which comes at most every 64 KiB.
	 */
	private static final class ProgressBar {

		private static final int WIDTH = 30;

		private final PrintStream out;

		private final String name;

		ProgressBar(PrintStream out, String name) {
			this.out = out;
			this.name = name;
		}

		void show(long sent, long total) {
			if (total <= 0) {
				this.out.printf("\rUploading %s: %,d bytes", this.name, sent);
				return;
			}
			int filled = (int) (WIDTH * sent / total);
			this.out.printf("\rUploading %s [%s%s] %3d%% of %.1f MB", this.name, "#".repeat(filled),
					" ".repeat(WIDTH - filled), 100 * sent / total, total / (1024.0 * 1024.0));
		}

	}

	private void showMe() {
		User me;
		try {
			me = this.users.findMe();
		}
		catch (SoundCloudClientErrorException ex) {
			// application credentials (client credentials) have no user behind them
			this.out.printf("No user behind these credentials (%s)%n%n", ex.getStatus());
			return;
		}
		this.out.printf("Signed in as %s (%s), %d tracks, %d followers, following %d%n%n", me.username(), me.urn(),
				orZero(me.trackCount()), orZero(me.followersCount()), orZero(me.followingsCount()));
	}

	private void searchTracks() {
		TrackQuery query = TrackQuery.builder().text(this.properties.trackQuery()).build();
		Slice<Track> page = this.tracks.search(query, PageRequest.of(0, 10));
		this.out.printf("Tracks matching \"%s\" (first %d%s):%n", this.properties.trackQuery(),
				page.getNumberOfElements(), page.hasNext() ? ", more available" : "");
		for (Track track : page) {
			this.out.printf("  %-44s %-18s %6s %5s bpm  %s%n", abbreviate(track.title(), 44),
					abbreviate((track.user() != null) ? track.user().username() : "?", 18), duration(track.duration()),
					(track.bpm() != null) ? Math.round(track.bpm()) : "-", track.genre());
		}
		this.out.println();
	}

	private java.util.Optional<User> users() {
		UserQuery query = StringUtils.hasText(this.properties.userQuery()) ? UserQuery.text(this.properties.userQuery())
				: UserQuery.ALL;
		return this.users.search(query, PageRequest.of(0, 200))
			.stream()
			.max(Comparator.comparingLong((User user) -> orZero(user.trackCount())));
	}

	private void walkTracksOf(User user) {
		this.out.printf("Walking all %d tracks of %s (%s), page by page:%n", orZero(user.trackCount()),
				user.username(), user.urn());
		Map<String, Long> genres = new HashMap<>();
		long start = System.nanoTime();
		long count = 0;
		int pages = 0;
		Pageable pageable = Pageable.unpaged();
		do {
			Slice<Track> page = this.tracks.findByUser(user.urn(), pageable);
			// the API may hand out a link to an empty last page; it ends the walk, nothing to show
			if (page.hasContent()) {
				pages++;
				count += page.getNumberOfElements();
				page.forEach((track) -> genres.merge(Objects.requireNonNullElse(track.genre(), "(none)"), 1L, Long::sum));
				this.out.printf("  page %3d: %4d tracks, %6d so far%n", pages, page.getNumberOfElements(), count);
			}
			pageable = page.nextPageable();
		}
		while (pageable.isPaged());
		double seconds = (System.nanoTime() - start) / 1e9;
		this.out.printf("Walked %d tracks in %d pages in %.2f s (%.0f tracks/s)%n%n", count, pages, seconds,
				count / Math.max(seconds, 1e-9));
		this.out.printf("Top genres of %s: %s%n", user.username(), genres.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(3)
			.map((entry) -> entry.getKey() + " " + entry.getValue())
			.collect(Collectors.joining(", ")));
		try (Stream<Track> first = this.tracks.streamByUser(user.urn())) {
			this.out.printf("Newest track, streamed lazily (one request): %s%n",
					first.findFirst().map(Track::title).orElse("none"));
		}
	}

	private static long orZero(@Nullable Number number) {
		return (number != null) ? number.longValue() : 0;
	}

	private static String duration(@Nullable Number millis) {
		if (millis == null) {
			return "-";
		}
		Duration duration = Duration.ofMillis(millis.longValue());
		return duration.toMinutes() + ":" + String.format("%02d", duration.toSecondsPart());
	}

	private static String abbreviate(@Nullable String text, int width) {
		if (text == null) {
			return "";
		}
		return (text.length() <= width) ? text : text.substring(0, width - 1) + "…";
	}

}
