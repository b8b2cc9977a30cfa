package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureSoundCloudFake(authenticated = false)} sets no token.
 */
@SpringBootTest(classes = UnauthenticatedFakeTests.EmptyConfiguration.class)
@AutoConfigureSoundCloudFake(authenticated = false)
class UnauthenticatedFakeTests {

	@Autowired
	private Environment environment;

	@Autowired
	private SoundCloudFake fake;

	@Test
	void setsTheBaseUrlButNoToken() {
		assertThat(this.environment.getProperty("soundcloud.api.base-url")).isEqualTo(this.fake.baseUrl());
		assertThat(this.environment.containsProperty("soundcloud.auth.token.value")).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
