package io.github.scapi.soundcloud.sample;

import java.util.stream.Stream;

import io.github.scapi.soundcloud.test.SoundCloudFakeContextInitializer;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample runs with every kind of credentials, chosen by properties alone, against the
 * embedded fake (forced on with {@code soundcloud.fake.enabled=true}).
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationKindsTests {

	static Stream<Arguments> kinds() {
		return Stream.of(Arguments.of("TOKEN", new String[0]),
				Arguments.of("BASIC",
						new String[] { "--soundcloud.auth.basic.username=fake-user",
								"--soundcloud.auth.basic.password=fake-password" }),
				Arguments.of("OAUTH1",
						new String[] { "--soundcloud.auth.oauth1.consumer-key=fake-consumer-key",
								"--soundcloud.auth.oauth1.consumer-secret=fake-consumer-secret",
								"--soundcloud.auth.oauth1.token=fake-oauth1-token",
								"--soundcloud.auth.oauth1.token-secret=fake-oauth1-token-secret" }),
				Arguments.of("OAUTH2", new String[] { "--soundcloud.auth.oauth2.client-id=fake-client-id",
						"--soundcloud.auth.oauth2.client-secret=fake-client-secret" }));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void toursTheFakeWith(String kind, String[] credentials, CapturedOutput output) {
		String[] args = Stream.concat(Stream.of("--soundcloud.fake.enabled=true", "--sample.user-query=Endless"),
				Stream.of(credentials))
			.toArray(String[]::new);
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addInitializers(new SoundCloudFakeContextInitializer());
		try (ConfigurableApplicationContext context = application.run(args)) {
			assertThat(output).contains("credentials: " + kind)
				.contains("Signed in as scapi.fan")
				.contains("Walked 1000 tracks in 20 pages");
		}
		for (String credential : credentials) {
			if (credential.contains("secret") || credential.contains("password")) {
				assertThat(output).doesNotContain(credential.substring(credential.indexOf('=') + 1));
			}
		}
	}

}
