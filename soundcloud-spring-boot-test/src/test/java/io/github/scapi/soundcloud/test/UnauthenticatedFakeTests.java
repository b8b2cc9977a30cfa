package io.github.scapi.soundcloud.test;

import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @AutoConfigureSoundCloudFake(credentials = CONFIGURED)} keeps the credentials the
 * test configures (none here) and points them at the fake.
 */
@SpringBootTest(classes = UnauthenticatedFakeTests.EmptyConfiguration.class,
		properties = "soundcloud.auth.basic.username=")
@AutoConfigureSoundCloudFake(credentials = AutoConfigureSoundCloudFake.Credentials.CONFIGURED)
class UnauthenticatedFakeTests {

	@Autowired
	private Environment environment;

	@Autowired
	private SoundCloudFake fake;

	@Autowired
	private SoundCloudConnectionDetails connection;

	@Test
	void pointsTheConfiguredCredentialsAtTheFake() {
		assertThat(this.connection.getBaseUrl()).isEqualTo(this.fake.baseUrl());
		assertThat(this.connection.getTokenUri()).isEqualTo(this.fake.tokenUrl());
		assertThat(this.connection.getCredentials()).isEqualTo(new SoundCloudConnectionDetails.None());
	}

	@Test
	void changesNoProperty() {
		assertThat(this.environment.containsProperty("soundcloud.api.base-url")).isFalse();
		assertThat(this.environment.containsProperty("soundcloud.auth.token.value")).isFalse();
	}

	@Configuration(proxyBeanMethods = false)
	static class EmptyConfiguration {

	}

}
