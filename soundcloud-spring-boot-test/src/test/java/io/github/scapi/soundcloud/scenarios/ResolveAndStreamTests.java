package io.github.scapi.soundcloud.scenarios;

import java.net.URI;

import io.github.scapi.soundcloud.SoundCloudForbiddenException;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.SoundCloudResource;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Links resolve to typed resources, and stream links expire as a CDN's do.
 */
class ResolveAndStreamTests extends ScenarioSupport {

	@Test
	void resolvesTrackUserAndPlaylistLinksToTheirTypes() {
		Track track = this.tracks.findById(this.fake.dataset().tracks().get(5).urn()).orElseThrow();
		User user = this.users.findById(track.user().urn()).orElseThrow();
		Playlist playlist = this.playlists.findById(this.fake.dataset().playlists().get(0).urn()).orElseThrow();
		assertThat(this.resolver.resolve(track.permalinkUrl())).get()
			.isInstanceOf(Track.class)
			.extracting(SoundCloudResource::urn)
			.isEqualTo(track.urn());
		assertThat(this.resolver.resolve(user.permalinkUrl(), User.class)).get().extracting(User::urn).isEqualTo(user.urn());
		assertThat(this.resolver.resolve(playlist.permalinkUrl(), Playlist.class)).get()
			.extracting(Playlist::urn)
			.isEqualTo(playlist.urn());
		assertThat(this.resolver.resolve(track.permalinkUrl(), User.class)).isEmpty();
	}

	@Test
	void linksThatNameNothingResolveToNothing() {
		assertThat(this.resolver.resolve("https://soundcloud.com/nobody-here-at-all/nothing")).isEmpty();
	}

	@Test
	void aTamperedOrExpiredCdnLinkIsAClearForbidden() {
		String track = playableTrack();
		URI playable = this.tracks.playableUrl(this.tracks.findStreams(track).hlsMp3128Url());
		URI tampered = URI.create(playable.toString().replaceFirst("Signature=[^&]*", "Signature=forged"));
		assertThatExceptionOfType(SoundCloudForbiddenException.class)
			.isThrownBy(() -> this.connector.download(tampered, (in) -> in.readAllBytes()))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(403);
				assertThat(ex.getUrl()).contains("Signature=***").doesNotContain("forged");
			});
	}

}
