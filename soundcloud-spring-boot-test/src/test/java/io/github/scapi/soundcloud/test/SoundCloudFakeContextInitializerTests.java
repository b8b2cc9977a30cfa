package io.github.scapi.soundcloud.test;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SoundCloudFakeContextInitializer} runs an app against a fake unless SoundCloud is configured.
 */
class SoundCloudFakeContextInitializerTests {

	@Test
	void startsAFakeWhenNothingIsConfigured() {
		SoundCloudFake fake;
		try (ConfigurableApplicationContext context = run(new StandardEnvironment())) {
			fake = context.getBean(SoundCloudFake.class);
			assertThat(context.getEnvironment().getProperty("soundcloud.api.base-url")).isEqualTo(fake.baseUrl());
			assertThat(context.getEnvironment().getProperty("soundcloud.auth.token.value"))
				.isEqualTo(fake.accessToken());
			assertThat(new FakeHttp(fake).get("/me").status()).isEqualTo(200);
		}
		assertThat(fake.wireMock().isRunning()).isFalse();
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
			assertThat(context.getEnvironment().getProperty("soundcloud.auth.token.value")).isEqualTo("real");
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
		return new SpringApplicationBuilder(EmptyConfiguration.class).web(WebApplicationType.NONE)
			.environment(environment)
			.initializers(new SoundCloudFakeContextInitializer())
			.properties(properties)
			.logStartupInfo(false)
			.run();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
