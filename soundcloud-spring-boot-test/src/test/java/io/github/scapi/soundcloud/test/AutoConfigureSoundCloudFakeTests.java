package io.github.scapi.soundcloud.test;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AutoConfigureSoundCloudFake} on a minimal Spring Boot test.
 */
@SpringBootTest(classes = AutoConfigureSoundCloudFakeTests.EmptyConfiguration.class)
@AutoConfigureSoundCloudFake
class AutoConfigureSoundCloudFakeTests {

	@Autowired
	private Environment environment;

	@Autowired
	private SoundCloudFake fake;

	@Test
	void pointsTheStarterAtTheFake() {
		assertThat(this.environment.getProperty("soundcloud.api.base-url")).isEqualTo(this.fake.baseUrl());
		assertThat(this.environment.getProperty("soundcloud.auth.token.value")).isEqualTo(this.fake.accessToken());
	}

	@Test
	void injectsARunningFake() {
		assertThat(new FakeHttp(this.fake).get("/me").status()).isEqualTo(200);
	}

	@Nested
	class WhenNested {

		@Autowired
		private SoundCloudFake nestedFake;

		@Test
		void sharesTheEnclosingContextAndFake() {
			assertThat(this.nestedFake).isSameAs(AutoConfigureSoundCloudFakeTests.this.fake);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
