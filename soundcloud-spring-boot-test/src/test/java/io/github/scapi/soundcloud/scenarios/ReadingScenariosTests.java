package io.github.scapi.soundcloud.scenarios;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.BasicAuthenticator;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Event;
import io.github.scapi.soundcloud.model.Group;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.SoundCloudUserRepository;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.test.FakePlaylist;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.FakeUser;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenarios 1, 7, 14, 15, 16, 17, 18, 19 and 21: reading.
 */
class ReadingScenariosTests extends ScenarioSupport {

	@Test
	void scenario01ConnectShowsMeMyContactsAndMyTracks() {
		User me = this.users.findMe();
		assertThat(me.urn()).isEqualTo(this.fake.dataset().meUrn());
		assertThat(this.me.findFollowings(Pageable.unpaged()).getContent()).isNotEmpty().allSatisfy((contact) -> {
			assertThat(contact).isInstanceOf(User.class);
			assertThat(contact.urn()).startsWith("soundcloud:users:");
		});
		assertThat(this.me.findTracks(Pageable.unpaged()).getContent()).isNotEmpty()
			.allSatisfy((track) -> assertThat(track.urn()).startsWith("soundcloud:tracks:"));
	}

	@Test
	void scenario07EveryContactIsAUser() {
		List<User> contacts;
		try (Stream<User> all = this.me.streamFollowings()) {
			contacts = all.toList();
		}
		assertThat(contacts).hasSize(this.fake.dataset().followingsOf(this.fake.dataset().meUrn()).size())
			.allSatisfy((contact) -> assertThat(contact.kind()).isEqualTo("user"));
	}

	@Test
	void scenario14MoreThanFiftyTracksComeLazilyPastTheFirstPage() {
		FakeUser busy = this.fake.dataset().userWithMostTracks();
		Stream<Track> all = this.tracks.streamByUser(busy.urn());
		assertThat(this.fake.requestCount()).as("nothing fetched before consumption").isZero();
		Iterator<Track> iterator = all.iterator();
		for (int i = 0; i < 51; i++) {
			iterator.next();
		}
		// the 51st track needs page two; page three may already be on its way (prefetching), no more
		assertThat(this.fake.requestCount("GET", "/users/[^/]+/tracks")).isBetween(2L, 3L);
		all.close();
		assertThat(iterator.hasNext()).as("closed: the walk stops, no more pages").isFalse();
		assertThat(this.fake.requestCount("GET", "/users/[^/]+/tracks")).isBetween(2L, 3L);
	}

	@Test
	void scenario15AFilteredListHoldsOnlyMatchesAndStaysLazy() {
		try (Stream<Track> fast = this.tracks.streamSearch(TrackQuery.builder().bpm(180, null).build())) {
			List<Track> matches = fast.limit(60).toList();
			assertThat(matches).isNotEmpty().allSatisfy((track) -> assertThat(track.bpm()).isGreaterThanOrEqualTo(180.0));
		}
		FakeRequest first = this.fake.requests().get(0);
		assertThat(first.queryParam("bpm[from]")).isEqualTo("180");
	}

	@Test
	void scenario16EventsAreTyped() {
		Slice<Event> events = this.connector.scope().list("events", Event.class, PageRequest.of(0, 10));
		assertThat(events.getContent()).isNotEmpty().allSatisfy((event) -> assertThat(event.type()).isNotBlank());
	}

	@Test
	void scenario17MeTwentyTimesInARow() {
		for (int i = 0; i < 20; i++) {
			assertThat(this.users.findMe().urn()).isEqualTo(this.fake.dataset().meUrn());
		}
		assertThat(this.fake.requestCount("GET", "/me")).isEqualTo(20);
	}

	@Test
	void scenario18TwoConnectorsSideBySideUseTheirOwnCredentials() {
		SoundCloudConnector byToken = SoundCloudConnector.builder()
			.baseUrl(this.fake.baseUrl())
			.authenticator(new StaticTokenAuthenticator(this.fake.accessToken()))
			.build();
		SoundCloudConnector byPassword = SoundCloudConnector.builder()
			.baseUrl(this.fake.baseUrl())
			.authenticator(new BasicAuthenticator(this.fake.username(), this.fake.password()))
			.build();
		new SoundCloudUserRepository(byToken).findMe();
		new SoundCloudUserRepository(byPassword).findMe();
		new SoundCloudUserRepository(byToken).findMe();
		assertThat(this.fake.requests()).extracting((request) -> request.header("Authorization").split(" ")[0])
			.containsExactly("OAuth", "Basic", "OAuth");
	}

	@Test
	void scenario19PlaylistsNestTracksAndTheirUser() {
		FakePlaylist withTracks = this.fake.dataset()
			.playlists()
			.stream()
			.filter((playlist) -> playlist.trackUrns().size() >= 2)
			.findFirst()
			.orElseThrow();
		Playlist playlist = this.playlists.findById(withTracks.urn()).orElseThrow();
		assertThat(playlist.user()).isInstanceOf(User.class);
		assertThat(playlist.user().urn()).isEqualTo(withTracks.userUrn());
		assertThat(playlist.tracks()).hasSize(withTracks.trackUrns().size())
			.allSatisfy((track) -> assertThat(track).isInstanceOf(Track.class))
			.extracting(Track::urn)
			.containsExactlyElementsOf(withTracks.trackUrns());
	}

	@Test
	void scenario21GroupsAreTyped() {
		Slice<Group> groups = this.connector.scope().list("groups", Group.class, PageRequest.of(0, 10));
		assertThat(groups.getContent()).isNotEmpty();
		Group first = groups.getContent().get(0);
		assertThat(this.connector.scope("groups", String.valueOf(first.id())).get(Group.class)).get()
			.extracting(Group::name)
			.isEqualTo(first.name());
		MultiValueMap<String, String> none = new LinkedMultiValueMap<>();
		assertThat(this.connector.scope("groups", String.valueOf(first.id())).list("tracks", none, Track.class,
				Pageable.unpaged()).getContent()).allSatisfy((track) -> assertThat(track.kind()).isEqualTo("track"));
	}

}
