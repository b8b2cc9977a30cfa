package io.github.scapi.soundcloud.test;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SoundCloudFake#resetData()} throws every write away; fakes never share data.
 */
class ResetDataTests {

	@Test
	void restoresTheGeneratedDataset() {
		try (SoundCloudFake fake = SoundCloudFake.start(); SoundCloudFake other = SoundCloudFake.start()) {
			FakeHttp http = new FakeHttp(fake);
			String me = fake.dataset().meUrn();
			List<FakeTrack> tracks = fake.dataset().tracks();
			FakeUser meBefore = fake.dataset().me();
			FakeTrack mine = fake.dataset().tracksOf(me).get(0);
			http.multipart("POST", "/tracks", TrackWriteTests.upload("Temporary", 16_000)).expect(201);
			http.call("DELETE", "/tracks/" + mine.urn()).ok();
			http.call("PUT", "/me/followings/soundcloud:users:1060");
			http.json("POST", "/tracks/200002/comments", "{\"comment\": {\"body\": \"temporary\"}}").expect(201);
			http.form("PUT", "/users/" + me, "user[description]=temporary").ok();
			assertThat(fake.dataset().tracks()).isNotEqualTo(tracks);
			assertThat(fake.uploads()).hasSize(1);
			assertThat(other.dataset().tracks()).isEqualTo(tracks);

			fake.resetData();

			assertThat(fake.dataset().tracks()).isEqualTo(tracks);
			assertThat(fake.dataset().me()).isEqualTo(meBefore);
			assertThat(fake.uploads()).isEmpty();
			assertThat(http.get("/tracks/" + mine.urn()).status()).isEqualTo(200);
			assertThat(http.get("/me").ok().path("description").asString("")).isNotEqualTo("temporary");
			assertThat(http.get("/tracks/200002/comments?limit=1").ok().path(0).path("body").asString(""))
				.isNotEqualTo("temporary");
		}
	}

}
