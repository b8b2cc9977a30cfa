package io.github.scapi.soundcloud.sample;

import java.util.stream.Stream;

import io.github.scapi.soundcloud.test.SoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFakeContextInitializer;
import org.junit.jupiter.api.Test;
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
 * The sample runs against the embedded fake as {@code main} starts it: with nothing
 * configured, and, forced on with {@code soundcloud.fake.enabled=true}, with every kind of
 * credentials chosen by properties alone, next to SoundCloud's real endpoints, which the
 * fake's connection details replace. Nothing is sent to any other host: the transport
 * refuses them.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuthenticationKindsTests {

	private static final String[] PRODUCTION_ENDPOINTS = { "--soundcloud.api.base-url=https://api.soundcloud.com",
			"--soundcloud.auth.oauth2.token-uri=https://secure.soundcloud.com/oauth/token" };

	static Stream<Arguments> kinds() {
		return Stream.of(Arguments.of("TOKEN", new String[] { "--soundcloud.auth.token.value=fake-access-token" }),
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

	@Test
	void toursTheFakeWhenNothingIsConfigured(CapturedOutput output) {
		LoopbackOnlyTransport transport = new LoopbackOnlyTransport();
		try (ConfigurableApplicationContext context = run(transport, "--sample.user-query=Endless")) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(output).contains(header(fake, "TOKEN"))
				.contains("Signed in as scapi.fan")
				.contains("Walked 1000 tracks in 20 pages")
				.contains("Health of the SoundCloud API: UP")
				.doesNotContain(fake.accessToken());
			// the fake is reached through its connection details: the properties are the app's
			assertThat(context.getEnvironment().getProperty("soundcloud.api.base-url")).isNull();
		}
		assertThat(transport.sent()).isNotEmpty();
		assertThat(transport.refused()).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("kinds")
	void toursTheFakeWith(String kind, String[] credentials, CapturedOutput output) {
		String[] args = Stream
			.of(Stream.of("--soundcloud.fake.enabled=true", "--sample.user-query=Endless"),
					Stream.of(PRODUCTION_ENDPOINTS), Stream.of(credentials))
			.flatMap((arg) -> arg)
			.toArray(String[]::new);
		LoopbackOnlyTransport transport = new LoopbackOnlyTransport();
		try (ConfigurableApplicationContext context = run(transport, args)) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(output).contains(header(fake, kind))
				.contains("Signed in as scapi.fan")
				.contains("Walked 1000 tracks in 20 pages");
			if (kind.equals("OAUTH2")) {
				assertThat(fake.tokenRequestCount("client_credentials")).isPositive();
			}
		}
		assertThat(transport.sent()).isNotEmpty();
		assertThat(transport.refused()).isEmpty();
		for (String credential : credentials) {
			if (credential.contains("secret") || credential.contains("password")) {
				assertThat(output).doesNotContain(credential.substring(credential.indexOf('=') + 1));
			}
		}
	}

	/**
	 * Runs the sample as its {@code main} does, on a transport that refuses other hosts.
	 */
	private static ConfigurableApplicationContext run(LoopbackOnlyTransport transport, String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.addInitializers(new SoundCloudFakeContextInitializer());
		application.addInitializers(
				(context) -> context.getBeanFactory().registerSingleton("loopbackOnlyTransport", transport));
		return application.run(args);
	}

	private static String header(SoundCloudFake fake, String kind) {
		return "SoundCloud API at " + fake.baseUrl() + " (the embedded fake), credentials: " + kind;
	}

}
