package io.github.scapi.soundcloud.it;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudScope;
import io.github.scapi.soundcloud.model.Comment;
import io.github.scapi.soundcloud.model.Group;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.StorefrontType;
import io.github.scapi.soundcloud.model.StorefrontUpdate;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.paging.SoundCloudWalk;
import io.github.scapi.soundcloud.repository.CommentRepository;
import io.github.scapi.soundcloud.repository.MeRepository;
import io.github.scapi.soundcloud.repository.PlaylistRepository;
import io.github.scapi.soundcloud.repository.PlaylistUpdate;
import io.github.scapi.soundcloud.repository.SoundCloudOperation;
import io.github.scapi.soundcloud.repository.SoundCloudResolver;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.TrackUpdate;
import io.github.scapi.soundcloud.repository.TrackUpload;
import io.github.scapi.soundcloud.repository.UserQuery;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every operation of every repository, and the scope API, driven against the fake, which
 * answers 400 to any query parameter or body media type the operation's specification does
 * not define ({@code OperationRulesTests} holds its rules to the specification). So a call that
 * returns here sent only what SoundCloud defines: the first page, the page after it, a page
 * asked for by number, a whole walk, an update with and without files (decision 0011).
 */
@SpringBootTest(classes = FakeApplication.class)
@AutoConfigureSoundCloudFake
class SpecificationConformanceTests {

	/** Small pages, so that most lists have a second one. */
	private static final int SIZE = 3;

	@Autowired
	private SoundCloudFake fake;

	@Autowired
	private SoundCloudConnector connector;

	@Autowired
	private TrackRepository tracks;

	@Autowired
	private UserRepository users;

	@Autowired
	private PlaylistRepository playlists;

	@Autowired
	private CommentRepository comments;

	@Autowired
	private MeRepository me;

	@Autowired
	private SoundCloudResolver resolver;

	/** The repository methods this test called, as {@code Interface.method}. */
	private final Set<String> driven = new TreeSet<>();

	@BeforeEach
	void restoreTheFake() {
		this.fake.resetData();
		this.fake.resetRequests();
	}

	@Test
	void trackRepository() {
		FakeUser artist = this.fake.dataset().userWithMostTracks();
		String track = popularTrack();
		call("findById", () -> assertThat(this.tracks.findById(track)).isPresent());
		pages("search", (pageable) -> this.tracks.search(TrackQuery.ALL, pageable), true, "GET /tracks");
		walk("streamSearch", () -> this.tracks.streamSearch(TrackQuery.ALL));
		pages("findByUser", (pageable) -> this.tracks.findByUser(artist.urn(), pageable), false,
				"GET /users/{user_urn}/tracks");
		walk("streamByUser", () -> this.tracks.streamByUser(artist.urn()));
		pages("findFavoriters", (pageable) -> this.tracks.findFavoriters(track, pageable), false,
				"GET /tracks/{track_urn}/favoriters");
		pages("findReposters", (pageable) -> this.tracks.findReposters(track, pageable), false,
				"GET /tracks/{track_urn}/reposters");
		pages("findRelated", (pageable) -> this.tracks.findRelated(track, pageable), true,
				"GET /tracks/{track_urn}/related");
		call("findStreams", () -> this.tracks.findStreams(track));
		call("findPreviewUrl", () -> this.tracks.findPreviewUrl(track));
		String created = driven("create", () -> this.tracks.create(upload()).urn());
		call("update", () -> {
			// without files: JSON, which the operation takes; a form it does not
			Track changed = this.tracks.update(created, TrackUpdate.builder()
				.title("Night Bus (remastered)")
				.streamable(false)
				.releaseDate(java.time.LocalDate.of(2021, 2, 18))
				.tags("deep house", "night")
				.build());
			assertThat(changed.title()).isEqualTo("Night Bus (remastered)");
			assertThat(changed.streamable()).isFalse();
			assertThat(lastRequest().header("Content-Type")).startsWith("application/json");
			// with the artwork: multipart
			this.tracks.update(created, TrackUpdate.builder()
				.description("with art")
				.artwork(new ByteArrayResource(new byte[] { (byte) 0x89, 'P', 'N', 'G' }) {
					@Override
					public String getFilename() {
						return "cover.png";
					}
				})
				.build());
			assertThat(lastRequest().header("Content-Type")).startsWith("multipart/form-data");
			assertThat(this.tracks.findById(created)).get().extracting(Track::description).isEqualTo("with art");
		});
		call("updateStorefront", () -> this.tracks.updateStorefront(created,
				StorefrontUpdate.of("Buy it", StorefrontType.OTHER, "https://example.com/buy")));
		call("deleteById", () -> this.tracks.deleteById(created));
		assertDrove(TrackRepository.class, Set.of("playableUrl"));
	}

	@Test
	void userRepository() {
		FakeUser popular = this.fake.dataset()
			.users()
			.stream()
			.max((a, b) -> Integer.compare(a.followersCount(), b.followersCount()))
			.orElseThrow();
		String user = popular.urn();
		call("findById", () -> assertThat(this.users.findById(user)).isPresent());
		call("findMe", () -> this.users.findMe());
		pages("search", (pageable) -> this.users.search(UserQuery.ALL, pageable), true, "GET /users");
		walk("streamSearch", () -> this.users.streamSearch(UserQuery.ALL));
		pages("findFollowers", (pageable) -> this.users.findFollowers(user, pageable), false,
				"GET /users/{user_urn}/followers");
		walk("streamFollowers", () -> this.users.streamFollowers(user));
		pages("findFollowings", (pageable) -> this.users.findFollowings(this.fake.dataset().meUrn(), pageable),
				false, "GET /users/{user_urn}/followings");
		walk("streamFollowings", () -> this.users.streamFollowings(this.fake.dataset().meUrn()));
		pages("findRelated", (pageable) -> this.users.findRelated(user, pageable), true,
				"GET /users/{user_urn}/related");
		pages("findPlaylists", (pageable) -> this.users.findPlaylists(user, pageable), false,
				"GET /users/{user_urn}/playlists");
		call("findWebProfiles", () -> this.users.findWebProfiles(user));
		pages("findLikedTracks", (pageable) -> this.users.findLikedTracks(user, pageable), false,
				"GET /users/{user_urn}/likes/tracks");
		pages("findLikedPlaylists", (pageable) -> this.users.findLikedPlaylists(user, pageable), false,
				"GET /users/{user_urn}/likes/playlists");
		pages("findRepostedTracks", (pageable) -> this.users.findRepostedTracks(user, pageable), false,
				"GET /users/{user_urn}/reposts/tracks");
		pages("findRepostedPlaylists", (pageable) -> this.users.findRepostedPlaylists(user, pageable), false,
				"GET /users/{user_urn}/reposts/playlists");
		assertDrove(UserRepository.class, Set.of());
	}

	@Test
	void playlistRepository() {
		List<String> five = this.fake.dataset().tracks().subList(10, 15).stream().map(FakeTrack::urn).toList();
		Playlist created = driven("create", () -> this.playlists.create(PlaylistUpdate.builder().title("Five").build()));
		call("setTracks", () -> this.playlists.setTracks(created.urn(), five));
		call("update", () -> this.playlists.update(created.urn(), PlaylistUpdate.builder().title("Five!").build()));
		call("findById", () -> assertThat(this.playlists.findById(created.urn())).isPresent());
		pages("search", (pageable) -> this.playlists.search("a", pageable), true, "GET /playlists");
		pages("findTracks", (pageable) -> this.playlists.findTracks(created.urn(), pageable), false,
				"GET /playlists/{playlist_urn}/tracks");
		// no limit in this operation: SoundCloud chooses the page size, so all five come at once
		assertThat(this.playlists.findTracks(created.urn(), PageRequest.of(0, 2)).getContent()).hasSize(5);
		assertThat(lastRequest().queryParams()).containsOnlyKeys("linked_partitioning");
		walk("streamTracks", () -> this.playlists.streamTracks(created.urn()));
		pages("findReposters", (pageable) -> this.playlists.findReposters(created.urn(), pageable), false,
				"GET /playlists/{playlist_urn}/reposters");
		call("deleteById", () -> this.playlists.deleteById(created.urn()));
		assertDrove(PlaylistRepository.class, Set.of());
	}

	@Test
	void commentRepository() {
		String track = popularTrack();
		call("create", () -> this.comments.create(track, "Lovely", Duration.ofSeconds(12)));
		pages("findByTrack", (pageable) -> this.comments.findByTrack(track, pageable), true,
				"GET /tracks/{track_urn}/comments");
		walk("streamByTrack", () -> this.comments.streamByTrack(track));
		assertDrove(CommentRepository.class, Set.of());
	}

	@Test
	void meRepository() {
		String track = popularTrack();
		String playlist = this.fake.dataset().playlists().get(3).urn();
		String other = this.fake.dataset().users().get(30).urn();
		call("likeTrack", () -> this.me.likeTrack(track));
		call("likePlaylist", () -> this.me.likePlaylist(playlist));
		call("repostTrack", () -> this.me.repostTrack(track));
		call("repostPlaylist", () -> this.me.repostPlaylist(playlist));
		call("follow", () -> this.me.follow(other));
		call("findRecentlyPlayedTracks", () -> this.me.findRecentlyPlayedTracks());
		pages("findFeed", this.me::findFeed, false, "GET /me/feed");
		pages("findFeedTracks", this.me::findFeedTracks, false, "GET /me/feed/tracks");
		pages("findLikedTracks", this.me::findLikedTracks, false, "GET /me/likes/tracks");
		walk("streamLikedTracks", this.me::streamLikedTracks);
		pages("findLikedPlaylists", this.me::findLikedPlaylists, false, "GET /me/likes/playlists");
		pages("findFollowings", this.me::findFollowings, true, "GET /me/followings");
		walk("streamFollowings", this.me::streamFollowings);
		pages("findFollowingsTracks", this.me::findFollowingsTracks, true, "GET /me/followings/tracks");
		pages("findFollowers", this.me::findFollowers, false, "GET /me/followers");
		pages("findPlaylists", this.me::findPlaylists, false, "GET /me/playlists");
		pages("findTracks", this.me::findTracks, false, "GET /me/tracks");
		walk("streamTracks", this.me::streamTracks);
		pages("findRepostedTracks", this.me::findRepostedTracks, false, "GET /me/reposts/tracks");
		pages("findRepostedPlaylists", this.me::findRepostedPlaylists, false, "GET /me/reposts/playlists");
		call("unlikeTrack", () -> this.me.unlikeTrack(track));
		call("unlikePlaylist", () -> this.me.unlikePlaylist(playlist));
		call("unrepostTrack", () -> this.me.unrepostTrack(track));
		call("unrepostPlaylist", () -> this.me.unrepostPlaylist(playlist));
		call("unfollow", () -> this.me.unfollow(other));
		call("signOut", () -> this.me.signOut());
		assertDrove(MeRepository.class, Set.of());
	}

	@Test
	void followingsTracksAnswerABareArrayAndContinueByOffset() {
		List<String> all;
		try (Stream<Track> walk = SoundCloudWalk.start(this.me::findFollowingsTracks, 50).stream()) {
			all = walk.map(Track::urn).toList();
		}
		// TracksList has no next_href: the connector continues at offset + limit
		assertThat(all).hasSizeGreaterThan(50).doesNotHaveDuplicates();
		assertThat(this.fake.requests()).filteredOn((request) -> request.path().equals("/me/followings/tracks"))
			.extracting((request) -> request.queryParam("offset"))
			.startsWith(null, "50");
	}

	@Test
	void resolver() {
		FakeUser someone = this.fake.dataset().users().get(4);
		assertThat(this.resolver.resolve("https://soundcloud.com/" + someone.permalink(), User.class)).isPresent();
		assertThat(Arrays.stream(SoundCloudResolver.class.getMethods())
			.filter((method) -> method.isAnnotationPresent(SoundCloudOperation.class))
			.map((method) -> method.getName())).containsOnly("resolve");
	}

	@Test
	void scopeListsSendWhatTheirOperationDefines() {
		FakeUser artist = this.fake.dataset().userWithMostTracks();
		SoundCloudScope user = this.connector.scope("users", artist.urn());
		Slice<Track> first = user.list("tracks", Track.class, PageRequest.of(0, SIZE));
		assertThat(user.list("tracks", Track.class, first.nextPageable()).getContent()).isNotEmpty();
		assertThat(user.list("followers", User.class, PageRequest.of(0, SIZE)).getContent()).isNotEmpty();
		assertThat(lastRequest().queryParams()).containsOnlyKeys("limit");
		int before = this.fake.requestCount();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> user.list("tracks", Track.class, PageRequest.of(2, SIZE)))
			.withMessageContaining("GET /users/{id0}/tracks")
			.withMessageContaining("nextPageable()");
		assertThat(this.fake.requestCount()).isEqualTo(before);
		try (Stream<User> followings = user.stream("followings", new LinkedMultiValueMap<>(), User.class)) {
			assertThat(followings.limit(60).count()).isPositive();
		}
		// a legacy resource keeps SoundCloud's general protocol, offset included
		Slice<Track> groupTracks = this.connector.scope("groups", "101").list("tracks", Track.class,
				PageRequest.of(1, SIZE));
		assertThat(lastRequest().queryParams()).containsKeys("limit", "linked_partitioning", "offset");
		assertThat(groupTracks).isNotNull();
		assertThat(this.connector.scope("groups", "101").get(Group.class)).isPresent();
	}

	@Test
	void scopeWritesSendWhatTheirOperationTakes() {
		Track created = this.tracks.create(upload());
		SoundCloudScope track = this.connector.scope("tracks", created.urn());
		int before = this.fake.requestCount();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> track.send(HttpMethod.PUT, null, "track", Map.of("title", "x"), Track.class))
			.withMessageContaining("PUT /tracks/" + created.urn())
			.withMessageContaining("TrackRepository.update");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> track.send(HttpMethod.POST, "comments", "comment", Map.of("body", "x"), Comment.class))
			.withMessageContaining("CommentRepository.create");
		assertThat(this.fake.requestCount()).isEqualTo(before);
		// a legacy write takes the form
		track.send(HttpMethod.PUT, "permissions", "permissions",
				Map.of("user_id", List.of(this.fake.dataset().users().get(2).urn())), Void.class);
		this.connector.scope("users", this.fake.dataset().meUrn())
			.send(HttpMethod.PUT, null, "user", Map.of("description", "Hi!"), User.class);
		track.delete(null);
		assertThat(this.tracks.findById(created.urn())).isEmpty();
	}

	/**
	 * A list read the three ways a caller pages it: the first page, the page its
	 * {@code nextPageable()} links, and a page asked for by number, which needs the
	 * operation's {@code offset}: without one it must fail before any request.
	 */
	private <T> void pages(String method, Function<Pageable, Slice<T>> list, boolean offset, String operation) {
		call(method, () -> {
			Slice<T> first = list.apply(PageRequest.of(0, SIZE));
			if (first.hasNext()) {
				list.apply(first.nextPageable());
			}
			Pageable numbered = PageRequest.of(1, SIZE);
			if (offset) {
				list.apply(numbered);
				assertThat(lastRequest().queryParam("offset")).isEqualTo(Integer.toString(SIZE));
			}
			else {
				int before = this.fake.requestCount();
				assertThatIllegalArgumentException().isThrownBy(() -> list.apply(numbered))
					.withMessageContaining(operation)
					.withMessageContaining("nextPageable()");
				assertThat(this.fake.requestCount()).as("requests after a refused page").isEqualTo(before);
			}
		});
	}

	/** A walk over more than one page at the default page size, where the list is that long. */
	private <T> void walk(String method, Supplier<Stream<T>> walk) {
		call(method, () -> {
			try (Stream<T> items = walk.get()) {
				items.limit(60).count();
			}
		});
	}

	private void call(String method, Runnable call) {
		this.driven.add(method);
		call.run();
	}

	private <T> T driven(String method, Supplier<T> call) {
		this.driven.add(method);
		return call.get();
	}

	/** Every annotated method of the repository was called by the test, but the ones named. */
	private void assertDrove(Class<?> repository, Set<String> without) {
		Set<String> operations = Arrays.stream(repository.getMethods())
			.filter((method) -> method.isAnnotationPresent(SoundCloudOperation.class))
			.map((method) -> method.getName())
			.filter((name) -> !without.contains(name))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(this.driven).as(repository.getSimpleName()).containsAll(operations);
	}

	private FakeRequest lastRequest() {
		List<FakeRequest> requests = this.fake.requests();
		return requests.get(requests.size() - 1);
	}

	private String popularTrack() {
		return this.fake.dataset().tracks().get(0).urn();
	}

	private static TrackUpload upload() {
		return TrackUpload.of("Night Bus", new ByteArrayResource(new byte[64 * 1024]) {
			@Override
			public String getFilename() {
				return "night-bus.mp3";
			}
		});
	}

}
