package io.github.scapi.soundcloud.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /resolve}: soundcloud.com URLs of users, tracks and playlists answer 302 to their
 * API URL.
 */
class ResolveTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void resolvesAUser() {
		FakeUser user = fake.get().dataset().userWithMostTracks();
		FakeHttp.Response response = resolve("https://soundcloud.com/" + user.permalink());
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo(fake.get().baseUrl() + "/users/" + user.urn());
		JsonNode found = response.json();
		assertThat(found.get("status").stringValue()).isEqualTo("302 - Found");
		assertThat(found.get("location").stringValue()).isEqualTo(response.location());
		assertThat(http.getUrl(response.location()).ok().get("urn").stringValue()).isEqualTo(user.urn());
	}

	@Test
	void resolvesTracksAndPlaylistsFromTheirPermalinks() {
		FakeTrack track = fake.get().dataset().tracksOf(fake.get().dataset().userWithMostTracks().urn()).get(3);
		String trackUrl = http.get("/tracks/" + track.urn()).ok().get("permalink_url").stringValue();
		assertThat(resolve(trackUrl).location()).isEqualTo(fake.get().baseUrl() + "/tracks/" + track.urn());
		assertThat(resolve(trackUrl.replace("https://", "http://www.") + "?in=x").location())
			.isEqualTo(fake.get().baseUrl() + "/tracks/" + track.urn());
		FakePlaylist playlist = fake.get().dataset().playlists().get(7);
		String playlistUrl = http.get("/playlists/" + playlist.urn()).ok().get("permalink_url").stringValue();
		assertThat(playlistUrl).contains("/sets/");
		assertThat(resolve(playlistUrl).location()).isEqualTo(fake.get().baseUrl() + "/playlists/" + playlist.urn());
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://soundcloud.com/nobody-at-all", "https://soundcloud.com/scapi-fan/no-such-track",
			"https://soundcloud.com/scapi-fan/sets/nothing", "https://example.com/scapi-fan", "not a url",
			"https://soundcloud.com/" })
	void answersUnknownUrlsWith404(String url) {
		assertThat(resolve(url).status()).isEqualTo(404);
	}

	private static FakeHttp.Response resolve(String url) {
		return http.get("/resolve?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8));
	}

}
