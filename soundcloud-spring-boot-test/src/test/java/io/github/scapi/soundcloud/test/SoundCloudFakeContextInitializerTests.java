package io.github.scapi.soundcloud.test;

import java.net.ServerSocket;
import java.util.Map;

import io.github.scapi.soundcloud.autoconfigure.InvalidSoundCloudPropertyException;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link SoundCloudFakeContextInitializer} runs an app against a fake unless SoundCloud is
 * configured, by supplying the fake's connection details rather than changing properties.
 */
class SoundCloudFakeContextInitializerTests {

	@Test
	void startsAFakeAndSuppliesItsConnectionWhenNothingIsConfigured() {
		SoundCloudFake fake;
		try (ConfigurableApplicationContext context = run(new StandardEnvironment())) {
			fake = context.getBean(SoundCloudFake.class);
			SoundCloudConnectionDetails details = context.getBean(SoundCloudConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(fake.baseUrl());
			assertThat(details.getTokenUri()).isEqualTo(fake.tokenUrl());
			assertThat(details.getAuthorizationUri()).isEqualTo(fake.authorizationUrl());
			assertThat(details.getOAuth1Endpoints().requestTokenUrl()).hasToString(fake.requestTokenUrl());
			assertThat(details.getCredentials())
				.isEqualTo(new SoundCloudConnectionDetails.AccessToken(fake.accessToken()));
			// the details replace the properties, which stay the application's own
			assertThat(context.getEnvironment().getProperty("soundcloud.api.base-url")).isNull();
			assertThat(context.getEnvironment().getProperty("soundcloud.auth.token.value")).isNull();
			assertThat(new FakeHttp(fake).get("/me").status()).isEqualTo(200);
		}
		assertThat(fake.wireMock().isRunning()).isFalse();
	}

	@Test
	void listensOnTheConfiguredPort() throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(), "soundcloud.fake.port=" + port)) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(fake.port()).isEqualTo(port);
			assertThat(context.getBean(SoundCloudConnectionDetails.class).getBaseUrl()).isEqualTo(fake.baseUrl())
				.endsWith(":" + port);
		}
	}

	@Test
	void refusesAPortThatIsNotOneNamingTheProperty() {
		assertThatExceptionOfType(InvalidSoundCloudPropertyException.class)
			.isThrownBy(() -> run(new StandardEnvironment(), "soundcloud.fake.port=99999").close())
			.withMessageContaining("soundcloud.fake.port")
			.withMessageContaining("99999");
	}

	@Test
	void neverStartsWhenDisabled() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(), "soundcloud.fake.enabled=false")) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).isEmpty();
			assertThat(context.getBeansOfType(SoundCloudConnectionDetails.class)).isEmpty();
		}
	}

	@Test
	void whenForcedKeepsTheConfiguredCredentialsWithTheFakesEndpoints() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(), "soundcloud.fake.enabled=true",
				"soundcloud.api.base-url=https://api.soundcloud.com",
				"soundcloud.auth.oauth2.token-uri=https://secure.soundcloud.com/oauth/token",
				"soundcloud.auth.basic.username=fake-user", "soundcloud.auth.basic.password=fake-password")) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			SoundCloudConnectionDetails details = context.getBean(SoundCloudConnectionDetails.class);
			assertThat(details.getBaseUrl()).isEqualTo(fake.baseUrl());
			assertThat(details.getTokenUri()).isEqualTo(fake.tokenUrl());
			assertThat(details.getCredentials())
				.isEqualTo(new SoundCloudConnectionDetails.Basic("fake-user", "fake-password"));
			assertThat(context.getEnvironment().getProperty("soundcloud.api.base-url"))
				.isEqualTo("https://api.soundcloud.com");
		}
	}

	@Test
	void whenForcedWithNothingConfiguredUsesTheFakesToken() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(), "soundcloud.fake.enabled=true")) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(context.getBean(SoundCloudConnectionDetails.class).getCredentials())
				.isEqualTo(new SoundCloudConnectionDetails.AccessToken(fake.accessToken()));
		}
	}

	@Test
	void whenForcedFailsForAnUnresolvedPlaceholderInTheCredentialsNamingTheProperty() {
		SpringApplicationBuilder application = application(new StandardEnvironment(), "soundcloud.fake.enabled=true",
				"soundcloud.auth.oauth2.client-id=f7a1c3e9b2d84f6a",
				"soundcloud.auth.oauth2.client-secret=${SOUNDCLOUD_INITIALIZER_TEST_UNSET}");
		assertThatExceptionOfType(InvalidSoundCloudPropertyException.class).isThrownBy(application::run)
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("soundcloud.auth.oauth2.client-secret"))
			.withMessageContaining("'${SOUNDCLOUD_INITIALIZER_TEST_UNSET}'")
			.withMessageNotContaining("f7a1c3e9b2d84f6a");
	}

	@Test
	void whenForcedIgnoresAPlaceholderOverriddenByAnotherSource() {
		MockPropertySource overrides = new MockPropertySource().withProperty("soundcloud.auth.basic.password",
				"fake-password");
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(overrides);
		try (ConfigurableApplicationContext context = run(environment, "soundcloud.fake.enabled=true",
				"soundcloud.auth.basic.username=fake-user",
				"soundcloud.auth.basic.password=${SOUNDCLOUD_INITIALIZER_TEST_UNSET}")) {
			assertThat(context.getBean(SoundCloudConnectionDetails.class).getCredentials())
				.isEqualTo(new SoundCloudConnectionDetails.Basic("fake-user", "fake-password"));
		}
	}

	@Test
	void winsOverConnectionDetailsTheContextAlreadyDefines() {
		// an AOT-processed application holds the properties-based details, generated at
		// build time without the fake
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EmptyConfiguration.class,
				OwnDetailsConfiguration.class)
			.web(WebApplicationType.NONE)
			.initializers(new SoundCloudFakeContextInitializer())
			.logStartupInfo(false)
			.run()) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(context.getBeansOfType(SoundCloudConnectionDetails.class)).hasSize(2);
			assertThat(context.getBean(SoundCloudConnectionDetails.class).getBaseUrl()).isEqualTo(fake.baseUrl());
		}
	}

	@Test
	void doesNothingDuringAotProcessing() {
		// set by Spring's AOT processors while they run the application's main method
		System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
		try (ConfigurableApplicationContext context = run(new StandardEnvironment())) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).isEmpty();
			assertThat(context.getBeansOfType(SoundCloudConnectionDetails.class)).isEmpty();
		}
		finally {
			System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
		}
	}

	@Test
	void ignoresBlankProperties() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(),
				"soundcloud.auth.oauth2.client-id=", "soundcloud.api.base-url= ")) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).hasSize(1);
		}
	}

	@Test
	void ignoresPlaceholdersThatResolveToBlank() {
		// the value in the property source is the placeholder itself, which is not blank
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(),
				"soundcloud.auth.oauth2.client-id=${SOUNDCLOUD_DETECTOR_TEST_UNSET:}",
				"soundcloud.auth.oauth2.client-secret=${SOUNDCLOUD_DETECTOR_TEST_UNSET:  }")) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).hasSize(1);
		}
	}

	@Test
	void backsOffForPlaceholdersThatResolveToAValue() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(), "client=from-elsewhere",
				"soundcloud.auth.oauth2.client-id=${client:}")) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).isEmpty();
		}
	}

	@Test
	void backsOffWhenAnAuthPropertyIsSet() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(),
				"soundcloud.auth.token.value=real")) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).isEmpty();
			assertThat(context.getBeansOfType(SoundCloudConnectionDetails.class)).isEmpty();
		}
	}

	@Test
	void startsWhenTheAuthPropertiesHoldNoCredential() {
		// an application that chose its token store and endpoints has still nothing to call SoundCloud with
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(),
				"soundcloud.auth.oauth2.token-store=memory",
				"soundcloud.auth.oauth2.token-uri=https://secure.soundcloud.com/oauth/token")) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(context.getBean(SoundCloudConnectionDetails.class).getCredentials())
				.isEqualTo(new SoundCloudConnectionDetails.AccessToken(fake.accessToken()));
		}
	}

	@Test
	void whenForcedWithSettingsButNoCredentialUsesTheFakesToken() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(), "soundcloud.fake.enabled=true",
				"soundcloud.auth.oauth2.token-store=memory")) {
			SoundCloudFake fake = context.getBean(SoundCloudFake.class);
			assertThat(context.getBean(SoundCloudConnectionDetails.class).getCredentials())
				.isEqualTo(new SoundCloudConnectionDetails.AccessToken(fake.accessToken()));
		}
	}

	@Test
	void backsOffWhenTheBaseUrlIsSet() {
		try (ConfigurableApplicationContext context = run(new StandardEnvironment(),
				"soundcloud.api.base-url=https://api.example.com")) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).isEmpty();
		}
	}

	@Test
	void backsOffForEnvironmentVariables() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("SOUNDCLOUD_AUTH_OAUTH2_CLIENTID", "from-env")));
		try (ConfigurableApplicationContext context = run(environment)) {
			assertThat(context.getBeansOfType(SoundCloudFake.class)).isEmpty();
		}
	}

	private static ConfigurableApplicationContext run(StandardEnvironment environment, String... properties) {
		return application(environment, properties).run();
	}

	private static SpringApplicationBuilder application(StandardEnvironment environment, String... properties) {
		return new SpringApplicationBuilder(EmptyConfiguration.class).web(WebApplicationType.NONE)
			.environment(environment)
			.initializers(new SoundCloudFakeContextInitializer())
			.properties(properties)
			.logStartupInfo(false);
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnDetailsConfiguration {

		@Bean
		SoundCloudConnectionDetails ownConnectionDetails() {
			return new SoundCloudConnectionDetails() {

				@Override
				public String getBaseUrl() {
					return "https://api.soundcloud.com";
				}

				@Override
				public Credentials getCredentials() {
					return new None();
				}

			};
		}

	}

}
