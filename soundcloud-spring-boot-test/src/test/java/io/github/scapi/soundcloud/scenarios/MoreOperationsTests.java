package io.github.scapi.soundcloud.scenarios;

import java.util.List;

import io.github.scapi.soundcloud.model.Activity;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Storefront;
import io.github.scapi.soundcloud.model.StorefrontUpdate;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.PlaylistUpdate;
import io.github.scapi.soundcloud.repository.TrackUpload;
import io.github.scapi.soundcloud.test.FakeTrack;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operations today's API has beyond scapi's scenarios: playlist tracks, reposts, the feed,
 * recently played, profiles, related and favoriters, storefronts.
 */
class MoreOperationsTests extends ScenarioSupport {

	@Test
	void setsAPlaylistsTracksInOrder() {
		List<String> three = this.fake.dataset().tracks().subList(20, 23).stream().map(FakeTrack::urn).toList();
		Playlist playlist = this.playlists.create(PlaylistUpdate.builder().title("Ordered").build());
		this.playlists.setTracks(playlist.urn(), List.of(three.get(2), three.get(0), three.get(1)));
		assertThat(this.playlists.findTracks(playlist.urn(), Pageable.unpaged()).map(Track::urn).getContent())
			.containsExactly(three.get(2), three.get(0), three.get(1));
		this.playlists.deleteById(playlist.urn());
		assertThat(this.playlists.findById(playlist.urn())).isEmpty();
	}

	@Test
	void repostsAndUnrepostsTracksAndPlaylists() {
		String track = this.fake.dataset().tracks().get(100).urn();
		String playlist = this.fake.dataset().playlists().get(3).urn();
		this.me.repostTrack(track);
		this.me.repostPlaylist(playlist);
		assertThat(this.me.findRepostedTracks(PageRequest.of(0, 200)).map(Track::urn).getContent()).contains(track);
		assertThat(this.me.findRepostedPlaylists(PageRequest.of(0, 200)).map(Playlist::urn).getContent()).contains(playlist);
		this.me.unrepostTrack(track);
		this.me.unrepostPlaylist(playlist);
		assertThat(this.me.findRepostedTracks(PageRequest.of(0, 200)).map(Track::urn).getContent()).doesNotContain(track);
	}

	@Test
	void readsTheFeedAsTypedActivities() {
		Slice<Activity> feed = this.me.findFeed(PageRequest.of(0, 10));
		assertThat(feed.getContent()).isNotEmpty().allSatisfy((activity) -> {
			assertThat(activity.type()).isNotBlank();
			assertThat(activity.origin()).isNotNull();
		});
	}

	@Test
	void recentlyPlayedHasWhatWasJustPlayed() {
		String track = playableTrack();
		this.tracks.playableUrl(this.tracks.findStreams(track).hlsMp3128Url());
		assertThat(this.me.findRecentlyPlayedTracks()).extracting(Track::urn).first().isEqualTo(track);
	}

	@Test
	void readsProfilesRelatedUsersAndFavoriters() {
		String user = this.fake.dataset().userWithMostTracks().urn();
		assertThat(this.users.findWebProfiles(user)).allSatisfy((profile) -> assertThat(profile.url()).isNotBlank());
		assertThat(this.users.findRelated(user, PageRequest.of(0, 5)).getContent()).allSatisfy(
				(related) -> assertThat(related).isInstanceOf(User.class));
		String liked = this.fake.dataset().tracks().get(0).urn();
		this.me.likeTrack(liked);
		assertThat(this.tracks.findFavoriters(liked, PageRequest.of(0, 200)).map(User::urn).getContent())
			.contains(this.fake.dataset().meUrn());
	}

	@Test
	void replacesTheStorefrontOfAnOwnTrack() {
		Track mine = this.tracks.create(TrackUpload.of("For sale", new ByteArrayResource(new byte[16]) {

			@Override
			public String getFilename() {
				return "sale.mp3";
			}

		}));
		Storefront storefront = this.tracks.updateStorefront(mine.urn(),
				StorefrontUpdate.of("Buy the vinyl", "vinyl", "https://shop.example.com/vinyl"));
		assertThat(storefront.title()).isEqualTo("Buy the vinyl");
		assertThat(storefront.link()).isEqualTo("https://shop.example.com/vinyl");
	}

}
