package io.github.scapi.soundcloud.scenarios;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.scapi.soundcloud.model.Comment;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Streams;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.PlaylistUpdate;
import io.github.scapi.soundcloud.repository.TrackUpdate;
import io.github.scapi.soundcloud.repository.TrackUpload;
import io.github.scapi.soundcloud.test.CreatedResponse;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.FakeUpload;
import io.github.scapi.soundcloud.test.FakeUser;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios 3 to 13, 20, 22, 23, 25 to 30, and scapi's 201 without a Location: writing.
 */
class WritingScenariosTests extends ScenarioSupport {

	private static Resource audio(String name, int size) {
		return new ByteArrayResource(new byte[size]) {

			@Override
			public String getFilename() {
				return name;
			}

		};
	}

	@Test
	void scenario03CreatesATrackFromAnAudioFile() {
		Track track = this.tracks.create(TrackUpload.of("Fresh from the studio", audio("fresh.mp3", 64 * 1024)));
		assertThat(track.title()).isEqualTo("Fresh from the studio");
		assertThat(this.tracks.findById(track.urn())).get().extracting(Track::title).isEqualTo("Fresh from the studio");
		FakeUpload upload = this.fake.uploads().get(this.fake.uploads().size() - 1);
		assertThat(upload.part()).isEqualTo("track[asset_data]");
		assertThat(upload.filename()).isEqualTo("fresh.mp3");
		assertThat(upload.contentType()).isEqualTo("audio/mpeg");
		assertThat(upload.size()).isEqualTo(64 * 1024);
	}

	@Test
	void scenario06CreatedWithOnlyALocationIsReadFromThere() {
		this.fake.createdResponses(CreatedResponse.LOCATION_ONLY);
		try {
			Track track = this.tracks.create(TrackUpload.of("Located", audio("located.wav", 1024)));
			assertThat(track.title()).isEqualTo("Located");
			assertThat(this.fake.requests()).extracting(FakeRequest::method).containsExactly("POST", "GET");
		}
		finally {
			this.fake.createdResponses(CreatedResponse.BODY_AND_LOCATION);
		}
	}

	@Test
	void scenario04UpdatesATitleThatARereadShows() {
		Track track = this.tracks.create(TrackUpload.of("Old title", audio("old.mp3", 1024)));
		this.tracks.update(track.urn(), TrackUpdate.builder().title("New title, it's better").build());
		assertThat(this.tracks.findById(track.urn())).get().extracting(Track::title).isEqualTo("New title, it's better");
	}

	@Test
	void scenario05CreatesATrackInTheUsersScope() {
		Track track = this.tracks.create(TrackUpload.of("Mine", audio("mine.mp3", 1024)));
		assertThat(track.user().urn()).isEqualTo(this.fake.dataset().meUrn());
		assertThat(this.me.findTracks(Pageable.ofSize(200)).map(Track::urn).getContent()).contains(track.urn());
	}

	@Test
	void scenarios08And09SetsAndReadsThePermissionsOfAPrivateTrack() {
		Track track = this.tracks.create(new TrackUpload(audio("secret.mp3", 1024),
				TrackUpdate.builder().title("For friends").sharing("private").build()));
		List<FakeUser> friends = this.fake.dataset().users().subList(10, 13);
		this.connector.scope("tracks", track.urn())
			.send(HttpMethod.PUT, "permissions", "permissions",
					Map.of("user_id", friends.stream().map(FakeUser::id).toList()), Void.class);
		Set<String> permitted;
		try (var all = this.connector.scope("tracks", track.urn())
			.stream("permissions", new org.springframework.util.LinkedMultiValueMap<>(), User.class)) {
			permitted = all.map(User::urn).collect(Collectors.toSet());
		}
		assertThat(permitted).isEqualTo(friends.stream().map(FakeUser::urn).collect(Collectors.toSet()));
		assertThat(this.tracks.findById(track.urn())).get().extracting(Track::sharing).isEqualTo("private");
	}

	@Test
	void scenarios10And11AddsACommentWhoseBodyRoundTrips() {
		String track = this.fake.dataset().tracks().get(3).urn();
		Comment comment = this.comments.create(track, "Love the bridge, it's \"perfect\" & calm", Duration.ofMillis(4960));
		assertThat(comment.body()).isEqualTo("Love the bridge, it's \"perfect\" & calm");
		assertThat(comment.timestamp()).isEqualTo(4960L);
		assertThat(this.comments.findByTrack(track, Pageable.ofSize(200)).getContent()).extracting(Comment::body)
			.contains("Love the bridge, it's \"perfect\" & calm");
	}

	@Test
	void scenario12AddsAndRemovesAContact() {
		FakeUser stranger = this.fake.dataset()
			.users()
			.stream()
			.filter((user) -> !this.fake.dataset().followingsOf(this.fake.dataset().meUrn()).contains(user))
			.filter((user) -> !user.urn().equals(this.fake.dataset().meUrn()))
			.findFirst()
			.orElseThrow();
		this.me.follow(stranger.urn());
		assertThat(followings()).contains(stranger.urn());
		this.me.unfollow(stranger.urn());
		assertThat(followings()).doesNotContain(stranger.urn());
	}

	private List<String> followings() {
		try (var all = this.me.streamFollowings()) {
			return all.map(User::urn).toList();
		}
	}

	@Test
	void scenario13AddsAndRemovesAFavorite() {
		String track = this.fake.dataset().tracks().get(42).urn();
		this.me.likeTrack(track);
		assertThat(likes()).contains(track);
		this.me.unlikeTrack(track);
		assertThat(likes()).doesNotContain(track);
	}

	private List<String> likes() {
		try (var all = this.me.streamLikedTracks()) {
			return all.map(Track::urn).toList();
		}
	}

	@Test
	void scenario20APlaylistTitleWithApostrophesAndCommasIsStoredExactly() {
		String title = "Rock'n'roll, baby: the 'best', of course";
		Playlist playlist = this.playlists.create(PlaylistUpdate.builder().title(title).build());
		assertThat(this.playlists.findById(playlist.urn())).get().extracting(Playlist::title).isEqualTo(title);
	}

	@Test
	void scenario22NestedFormParametersAreEncodedTheRailsWay() {
		Track track = this.tracks.create(new TrackUpload(audio("shared.mp3", 1024), TrackUpdate.builder()
			.title("Shared")
			.field("shared_to", Map.of("emails", List.of(Map.of("address", "ann@example.com"),
					Map.of("address", "bob+music@example.com"))))
			.build()));
		assertThat(track.extra()).containsKey("shared_to");
		assertThat(String.valueOf(track.extra().get("shared_to"))).contains("ann@example.com")
			.contains("bob+music@example.com");
	}

	@Test
	void scenarios23And29CreatesWithArtworkAndReplacesIt() {
		Track track = this.tracks.create(new TrackUpload(audio("art.mp3", 2048),
				TrackUpdate.builder().title("With artwork").artwork(audio("cover.jpg", 512)).build()));
		this.tracks.update(track.urn(), TrackUpdate.builder().artwork(audio("new-cover.png", 700)).build());
		List<FakeUpload> uploads = this.fake.uploads();
		assertThat(uploads).extracting(FakeUpload::part, FakeUpload::filename, FakeUpload::contentType, FakeUpload::size)
			.contains(org.assertj.core.groups.Tuple.tuple("track[artwork_data]", "cover.jpg", "image/jpeg", 512L),
					org.assertj.core.groups.Tuple.tuple("track[artwork_data]", "new-cover.png", "image/png", 700L));
	}

	@Test
	void scenarios25And26StreamLinksArePlayableAndFetchedWithoutCredentials() {
		String track = playableTrack();
		Streams streams = this.tracks.findStreams(track);
		URI playable = this.tracks.playableUrl(streams.hlsMp3128Url());
		assertThat(playable.getHost()).isNotEqualTo(URI.create(this.fake.baseUrl()).getHost());
		Long bytes = this.connector.download(playable, (in) -> in.transferTo(java.io.OutputStream.nullOutputStream()));
		assertThat(bytes).isPositive();
		assertThat(this.fake.requests()).filteredOn(FakeRequest::isCdn)
			.isNotEmpty()
			.allSatisfy((request) -> assertThat(request.header("Authorization")).isNull());
	}

	@Test
	void scenario27RenamesAPlaylist() {
		Playlist playlist = this.playlists.create(PlaylistUpdate.builder().title("Before").build());
		Playlist renamed = this.playlists.update(playlist.urn(), PlaylistUpdate.builder().title("After").build());
		assertThat(renamed.title()).isEqualTo("After");
		assertThat(this.playlists.findById(playlist.urn())).get().extracting(Playlist::title).isEqualTo("After");
	}

	@Test
	void scenario28DeletesATrack() {
		Track track = this.tracks.create(TrackUpload.of("Short-lived", audio("gone.mp3", 1024)));
		this.tracks.deleteById(track.urn());
		assertThat(this.tracks.findById(track.urn())).isEmpty();
	}

	@Test
	void scenario30UpdatesMyDescription() {
		String me = this.fake.dataset().meUrn();
		this.connector.scope("users", me)
			.send(HttpMethod.PUT, null, "user", Map.of("description", "Field recordings, night buses & café noise"),
					User.class);
		assertThat(this.users.findMe().description()).isEqualTo("Field recordings, night buses & café noise");
	}

	@Test
	void createdWithoutALocationHasNoResultAndNoError() {
		String track = this.fake.dataset().tracks().get(1).urn();
		var stub = this.fake.wireMock()
			.stubFor(WireMock.post(WireMock.urlPathMatching("/tracks/[^/]+/assets"))
				.willReturn(WireMock.aResponse().withStatus(201)));
		try {
			Optional<Track> result = this.connector.scope("tracks", track)
				.send(HttpMethod.POST, "assets", "asset", Map.of("name", "stem.wav"), Track.class);
			assertThat(result).isEmpty();
		}
		finally {
			this.fake.wireMock().removeStub(stub);
		}
	}

}
