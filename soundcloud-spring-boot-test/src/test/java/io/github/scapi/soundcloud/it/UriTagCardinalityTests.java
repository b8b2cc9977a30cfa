package io.github.scapi.soundcloud.it;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.SoundCloudUserRepository;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's {@code http.client.requests} metric stays low-cardinality however many pages and
 * ids go through the connector: its {@code uri} tag is the path template, never an id, a
 * {@code next_href} or a query string.
 */
class UriTagCardinalityTests {

	@Test
	void fiftyPagesAndFiveHundredIdsGiveAHandfulOfUriTags() {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		ObservationRegistry observations = ObservationRegistry.create();
		observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
		try (SoundCloudFake fake = SoundCloudFake.start()) {
			SoundCloudConnector connector = SoundCloudConnector.builder()
				.baseUrl(fake.baseUrl())
				.authenticator(new StaticTokenAuthenticator(fake.accessToken()))
				.restClientBuilder(RestClient.builder().observationRegistry(observations))
				.pageSize(20)
				.build();
			TrackRepository tracks = new SoundCloudTrackRepository(connector);
			UserRepository users = new SoundCloudUserRepository(connector);
			try (Stream<Track> walk = tracks.streamByUser(fake.dataset().userWithMostTracks().urn())) {
				assertThat(walk.count()).isEqualTo(1000);
			}
			for (FakeTrack track : fake.dataset().tracks().subList(0, 500)) {
				tracks.findById(track.urn());
			}
			fake.dataset().users().forEach((user) -> users.findById(user.urn()));
			assertThat(fake.requestCount()).isGreaterThan(50 + 500);
		}
		Set<String> uris = meters.find("http.client.requests")
			.meters()
			.stream()
			.map((meter) -> meter.getId().getTag("uri"))
			.collect(Collectors.toSet());
		assertThat(uris).as("uri tags of %s meters", meters.getMeters().stream().map(Meter::getId).count())
			.hasSizeLessThan(20)
			.contains("/users/{user_urn}/tracks", "/tracks/{track_urn}", "/users/{user_urn}")
			.allSatisfy((uri) -> assertThat(uri).doesNotContain("soundcloud:").doesNotContain("?"));
	}

}
