package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three shapes of a {@code 201 Created}, set when the fake starts or at run time.
 */
class CreatedResponseTests {

	@ParameterizedTest
	@EnumSource(CreatedResponse.class)
	void shapesEveryCreate(CreatedResponse mode) {
		try (SoundCloudFake fake = SoundCloudFake.builder().createdResponses(mode).start()) {
			FakeHttp http = new FakeHttp(fake);
			assertThat(fake.createdResponses()).isEqualTo(mode);
			FakeHttp.Response track = http.multipart("POST", "/tracks", TrackWriteTests.upload("Shaped", 16_000));
			FakeHttp.Response playlist = http.json("POST", "/playlists", "{\"playlist\":{\"title\":\"Shaped\"}}");
			FakeHttp.Response comment = http.json("POST", "/tracks/200002/comments",
					"{\"comment\": {\"body\": \"Shaped\"}}");
			FakeHttp.Response follow = http.call("PUT", "/me/followings/soundcloud:users:1060");
			for (FakeHttp.Response created : new FakeHttp.Response[] { track, playlist, comment, follow }) {
				assertThat(created.status()).isEqualTo(201);
				assertThat(created.location() != null).isEqualTo(mode != CreatedResponse.BODY_ONLY);
				assertThat(created.body().isEmpty()).isEqualTo(mode == CreatedResponse.LOCATION_ONLY);
				if (created.location() != null) {
					assertThat(http.getUrl(created.location()).status()).isEqualTo(200);
				}
			}
			assertThat(fake.dataset().playlistsOf(fake.dataset().meUrn()).get(0).title()).isEqualTo("Shaped");
		}
	}

	@Test
	void changesAtRunTime() {
		try (SoundCloudFake fake = SoundCloudFake.start()) {
			FakeHttp http = new FakeHttp(fake);
			assertThat(fake.createdResponses()).isEqualTo(CreatedResponse.BODY_AND_LOCATION);
			fake.createdResponses(CreatedResponse.LOCATION_ONLY);
			FakeHttp.Response created = http.json("POST", "/playlists", "{\"playlist\":{\"title\":\"Later\"}}");
			assertThat(created.body()).isEmpty();
			assertThat(http.getUrl(created.location()).ok().get("title").stringValue()).isEqualTo("Later");
			fake.resetData();
			assertThat(fake.createdResponses()).isEqualTo(CreatedResponse.LOCATION_ONLY);
		}
	}

}
