package io.github.scapi.soundcloud.it;

import java.util.List;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Flow;
import io.github.scapi.soundcloud.auth.oauth1.RequestToken;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.MeRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFakeContextInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application run with {@link SoundCloudFakeContextInitializer} talks to the fake only:
 * with nothing configured, and, forced on with {@code soundcloud.fake.enabled=true}, with
 * each kind of credentials configured next to SoundCloud's real endpoints. Every request
 * goes through a {@link HostGuard} that records it and refuses other hosts.
 */
class FakeContextInitializerIntegrationTests {

	private static final String[] PRODUCTION_ENDPOINTS = { "soundcloud.api.base-url=https://api.soundcloud.com",
			"soundcloud.auth.oauth2.token-uri=https://secure.soundcloud.com/oauth/token",
			"soundcloud.auth.oauth2.authorization-uri=https://secure.soundcloud.com/authorize",
			"soundcloud.api.page-size=10" };

	@Test
	void withNothingConfiguredCallsTheFakeWithItsToken() {
		try (ConfigurableApplicationContext context = run("soundcloud.api.page-size=10")) {
			SoundCloudFake fake = callsTheFakeOnly(context, SoundCloudAuthType.TOKEN);
			assertThat(fake.requests()).filteredOn((request) -> request.path().startsWith("/me"))
				.allSatisfy((request) -> assertThat(request.header("Authorization"))
					.isEqualTo("OAuth " + fake.accessToken()));
		}
	}

	static Stream<Arguments> kinds() {
		return Stream.of(
				Arguments.of(SoundCloudAuthType.TOKEN, List.of("soundcloud.auth.token.value=fake-access-token")),
				Arguments.of(SoundCloudAuthType.BASIC,
						List.of("soundcloud.auth.basic.username=fake-user",
								"soundcloud.auth.basic.password=fake-password")),
				Arguments.of(SoundCloudAuthType.OAUTH1,
						List.of("soundcloud.auth.oauth1.consumer-key=fake-consumer-key",
								"soundcloud.auth.oauth1.consumer-secret=fake-consumer-secret",
								"soundcloud.auth.oauth1.token=fake-oauth1-token",
								"soundcloud.auth.oauth1.token-secret=fake-oauth1-token-secret")),
				Arguments.of(SoundCloudAuthType.OAUTH2, List.of("soundcloud.auth.oauth2.client-id=fake-client-id",
						"soundcloud.auth.oauth2.client-secret=fake-client-secret")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void forcedOnKeepsTheConfiguredCredentialsAndCallsTheFakeOnly(SoundCloudAuthType kind, List<String> credentials) {
		String[] properties = Stream
			.of(Stream.of("soundcloud.fake.enabled=true"), Stream.of(PRODUCTION_ENDPOINTS), credentials.stream())
			.flatMap((stream) -> stream)
			.toArray(String[]::new);
		try (ConfigurableApplicationContext context = run(properties)) {
			SoundCloudFake fake = callsTheFakeOnly(context, kind);
			if (kind == SoundCloudAuthType.OAUTH2) {
				assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(1);
			}
			if (kind == SoundCloudAuthType.OAUTH1) {
				// the three-legged flow's endpoints are the fake's too
				RequestToken requestToken = context.getBean(OAuth1Flow.class).fetchRequestToken();
				assertThat(requestToken.callbackConfirmed()).isTrue();
				assertThat(context.getBean(HostGuard.class).elsewhereThan(fake)).isEmpty();
			}
		}
	}

	/**
	 * Reads the signed-in user and walks their tracks over several pages, and checks that
	 * every request went to the fake.
	 */
	private static SoundCloudFake callsTheFakeOnly(ConfigurableApplicationContext context, SoundCloudAuthType kind) {
		SoundCloudFake fake = context.getBean(SoundCloudFake.class);
		HostGuard guard = context.getBean(HostGuard.class);
		assertThat(context.getBean(SoundCloudConnector.class).getAuthenticator().type()).isEqualTo(kind);
		FakeUser expected = fake.dataset().me();
		User user = context.getBean(UserRepository.class).findMe();
		assertThat(user.urn()).isEqualTo(expected.urn());
		try (Stream<Track> tracks = context.getBean(MeRepository.class).streamTracks()) {
			assertThat(tracks.count()).isEqualTo(expected.trackCount());
		}
		assertThat(fake.requestCount("GET", "/me/tracks")).as("pages of 10").isGreaterThanOrEqualTo(3);
		assertThat(guard.requests()).isNotEmpty();
		assertThat(guard.refused()).isEmpty();
		assertThat(guard.elsewhereThan(fake)).isEmpty();
		return fake;
	}

	private static ConfigurableApplicationContext run(String... properties) {
		return new SpringApplicationBuilder(ConnectionDetailsApplication.class).web(WebApplicationType.NONE)
			.initializers(new SoundCloudFakeContextInitializer())
			.properties(properties)
			.logStartupInfo(false)
			.run();
	}

}
