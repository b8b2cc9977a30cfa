package io.github.scapi.soundcloud.it;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of {@code docs/testing.md}, run as they are written there.
 */
@SpringBootTest(classes = FakeApplication.class)
@AutoConfigureSoundCloudFake
class TestingDocumentationTests {

	@Autowired
	TrackRepository tracks;

	@Autowired
	SoundCloudFake fake;

	@Test
	void walksEveryTrackOfTheBusiestUser() {
		this.fake.resetRequests();
		FakeUser user = this.fake.dataset().userWithMostTracks();
		try (Stream<Track> all = this.tracks.streamByUser(user.urn())) {
			assertThat(all.count()).isEqualTo(user.trackCount());
		}
		assertThat(this.fake.requestCount("GET", "/users/[^/]+/tracks")).isEqualTo(21);
	}

	@Test
	void connectsWithoutSpring() {
		try (SoundCloudFake fake = SoundCloudFake.builder()
			.basePath("/api")
			.latency(Duration.ofMillis(20))
			.start()) {
			SoundCloudConnector connector = SoundCloudConnector.builder()
				.baseUrl(fake.baseUrl())
				.authenticator(new StaticTokenAuthenticator(fake.accessToken()))
				.build();
			User me = connector.get("/me", Map.of(), User.class);
			assertThat(me.urn()).isEqualTo(fake.dataset().meUrn());
			assertThat(fake.requests()).singleElement().satisfies((request) -> assertThat(request.path()).isEqualTo("/me"));
		}
	}

}
