package io.github.scapi.soundcloud.test;

import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails;
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

	@Autowired
	private SoundCloudConnectionDetails connection;

	@Test
	void pointsTheStarterAtTheFakeWithItsTokenAndChangesNoProperty() {
		assertThat(this.connection.getBaseUrl()).isEqualTo(this.fake.baseUrl());
		assertThat(this.connection.getCredentials())
			.isEqualTo(new SoundCloudConnectionDetails.AccessToken(this.fake.accessToken()));
		assertThat(this.environment.containsProperty("soundcloud.api.base-url")).isFalse();
		assertThat(this.environment.containsProperty("soundcloud.auth.token.value")).isFalse();
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
