package io.github.scapi.soundcloud.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /resolve}: soundcloud.com URLs of users, tracks and playlists answer 302 to their
 * API URL.
 */
class ResolveTests {

	private static SoundCloudFake fake;

	private static FakeHttp http;

	@BeforeAll
	static void start() {
		fake = SoundCloudFake.start();
		http = new FakeHttp(fake);
	}

	@AfterAll
	static void stop() {
		fake.stop();
	}

	@Test
	void resolvesAUser() {
		FakeUser user = fake.dataset().userWithMostTracks();
		FakeHttp.Response response = resolve("https://soundcloud.com/" + user.permalink());
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).isEqualTo(fake.baseUrl() + "/users/" + user.urn());
		JsonNode found = response.json();
		assertThat(found.get("status").stringValue()).isEqualTo("302 - Found");
		assertThat(found.get("location").stringValue()).isEqualTo(response.location());
		assertThat(http.getUrl(response.location()).ok().get("urn").stringValue()).isEqualTo(user.urn());
	}

	@Test
	void resolvesTracksAndPlaylistsFromTheirPermalinks() {
		FakeTrack track = fake.dataset().tracksOf(fake.dataset().userWithMostTracks().urn()).get(3);
		String trackUrl = http.get("/tracks/" + track.urn()).ok().get("permalink_url").stringValue();
		assertThat(resolve(trackUrl).location()).isEqualTo(fake.baseUrl() + "/tracks/" + track.urn());
		assertThat(resolve(trackUrl.replace("https://", "http://www.") + "?in=x").location())
			.isEqualTo(fake.baseUrl() + "/tracks/" + track.urn());
		FakePlaylist playlist = fake.dataset().playlists().get(7);
		String playlistUrl = http.get("/playlists/" + playlist.urn()).ok().get("permalink_url").stringValue();
		assertThat(playlistUrl).contains("/sets/");
		assertThat(resolve(playlistUrl).location()).isEqualTo(fake.baseUrl() + "/playlists/" + playlist.urn());
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
