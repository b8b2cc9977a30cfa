package io.github.scapi.soundcloud.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.TrackQuery;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.FakeRequest;
import io.github.scapi.soundcloud.test.SoundCloudFakeExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An authenticated run with every logger at TRACE, including failures, prints no secret:
 * no password, client secret, token, token secret or signature, whether configured or
 * obtained at run time.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	static Stream<Arguments> kinds() {
		return Stream.of(
				Arguments.of("token", List.of("--soundcloud.auth.token.value=" + fake.get().accessToken())),
				Arguments.of("basic", List.of("--soundcloud.auth.basic.username=" + fake.get().username(),
						"--soundcloud.auth.basic.password=" + fake.get().password())),
				Arguments.of("oauth2 client credentials",
						List.of("--soundcloud.auth.oauth2.client-id=" + fake.get().clientId(),
								"--soundcloud.auth.oauth2.client-secret=" + fake.get().clientSecret(),
								"--soundcloud.auth.oauth2.token-uri=" + fake.get().tokenUrl())),
				Arguments.of("oauth1",
						List.of("--soundcloud.auth.oauth1.consumer-key=" + fake.get().consumerKey(),
								"--soundcloud.auth.oauth1.consumer-secret=" + fake.get().consumerSecret(),
								"--soundcloud.auth.oauth1.token=" + fake.get().oauth1AccessToken(),
								"--soundcloud.auth.oauth1.token-secret=" + fake.get().oauth1AccessTokenSecret())),
				Arguments.of("oauth2 refresh token",
						List.of("--soundcloud.auth.oauth2.client-id=" + fake.get().clientId(),
								"--soundcloud.auth.oauth2.client-secret=" + fake.get().clientSecret(),
								"--soundcloud.auth.oauth2.refresh-token=" + fake.get().issueRefreshToken(),
								"--soundcloud.auth.oauth2.token-uri=" + fake.get().tokenUrl())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void printsNoSecretAtTrace(String kind, List<String> credentials, CapturedOutput output) {
		fake.get().resetRequests();
		List<String> args = new ArrayList<>(credentials);
		args.add("--soundcloud.api.base-url=" + fake.get().baseUrl());
		args.add("--logging.level.root=TRACE");
		SpringApplication application = new SpringApplication(FakeApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
			exercise(context);
		}
		Set<String> secrets = new LinkedHashSet<>();
		secrets.add(fake.get().password());
		secrets.add(fake.get().clientSecret());
		secrets.add(fake.get().accessToken());
		credentials.stream().map((argument) -> argument.substring(argument.indexOf('=') + 1))
			.filter((value) -> !value.startsWith("http") && !value.equals(fake.get().clientId())
					&& !value.equals(fake.get().username()) && !value.equals(fake.get().consumerKey())
					&& !value.equals(fake.get().oauth1AccessToken()))
			.forEach(secrets::add);
		for (FakeRequest request : fake.get().requests()) {
			String signature = request.oauth1Parameters().get("oauth_signature");
			String authorization = request.header("Authorization");
			if (signature != null) {
				secrets.add(signature);
			}
			else if (authorization != null) {
				secrets.add(authorization.substring(authorization.indexOf(' ') + 1));
			}
		}
		assertThat(output.getAll()).as("the run logged at TRACE").contains("TRACE");
		assertThat(secrets).isNotEmpty().allSatisfy((secret) -> assertThat(output.getAll()).doesNotContain(secret));
	}

	private static void exercise(ConfigurableApplicationContext context) {
		UserRepository users = context.getBean(UserRepository.class);
		TrackRepository tracks = context.getBean(TrackRepository.class);
		users.findMe();
		tracks.search(TrackQuery.builder().text("night").build(), PageRequest.of(0, 5));
		try (Stream<Track> walk = tracks.streamByUser(fake.get().dataset().meUrn())) {
			walk.limit(60).forEach((track) -> {
			});
		}
		tracks.findById("soundcloud:tracks:999999999");
		fake.get().expireAccessTokens();
		users.findMe();
		try {
			users.findFollowers("soundcloud:users:999999999", PageRequest.of(0, 5));
		}
		catch (SoundCloudException ex) {
			System.out.println("expected failure: " + ex.getMessage());
		}
	}

}
