package io.github.scapi.soundcloud.it;

import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = FakeApplication.class, properties = "soundcloud.api.page-size=200")
@AutoConfigureSoundCloudFake
class PageSizeIntegrationTests {

	@Autowired
	private TrackRepository tracks;

	@Autowired
	private SoundCloudFake fake;

	@Test
	void streamsUseTheConfiguredPageSize() {
		FakeUser user = this.fake.dataset().userWithMostTracks();
		try (Stream<Track> stream = this.tracks.streamByUser(user.urn())) {
			assertThat(stream.count()).isEqualTo(user.trackCount());
		}
		assertThat(this.fake.requests()).isNotEmpty()
			.allSatisfy((request) -> assertThat(request.queryParam("limit")).isEqualTo("200"));
		assertThat(this.fake.requestCount("GET", "/users/[^/]+/tracks"))
			.isLessThanOrEqualTo(user.trackCount() / 200 + 1);
	}

}
