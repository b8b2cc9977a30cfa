package io.github.scapi.soundcloud.autoconfigure;

import java.util.List;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails.Credentials;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector's connection comes from {@link SoundCloudConnectionDetails}: from
 * {@code soundcloud.*} by default, from the application's bean when it has one.
 */
class ConnectionDetailsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class));

	@Test
	void propertiesGiveTheDefaultDetails() {
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=https://api.example.com/v2", "soundcloud.auth.token.value=t0k3n")
			.run((context) -> {
				SoundCloudConnectionDetails details = context.getBean(SoundCloudConnectionDetails.class);
				assertThat(details).isInstanceOf(PropertiesSoundCloudConnectionDetails.class);
				assertThat(details.getBaseUrl()).isEqualTo("https://api.example.com/v2");
				assertThat(details.getUserInfoUri()).isEqualTo("https://api.example.com/v2/me");
				assertThat(details.getTokenUri()).isEqualTo(SoundCloudConnectionDetails.SOUNDCLOUD_TOKEN_URI);
				assertThat(details.getCredentials()).isEqualTo(new SoundCloudConnectionDetails.AccessToken("t0k3n"));
			});
	}

	@Test
	void eachKindOfPropertiesGivesItsCredentials() {
		List<List<String>> configurations = List.of(List.of(),
				List.of("soundcloud.auth.basic.username=u", "soundcloud.auth.basic.password=p"),
				List.of("soundcloud.auth.oauth1.consumer-key=k", "soundcloud.auth.oauth1.consumer-secret=s"),
				List.of("soundcloud.auth.oauth2.client-id=c", "soundcloud.auth.oauth2.client-secret=s"),
				List.of("soundcloud.auth.oauth2.client-id=c", "soundcloud.auth.oauth2.refresh-token=r"),
				List.of("soundcloud.auth.oauth2.registration-id=mine"),
				List.of("spring.security.oauth2.client.registration.soundcloud.client-id=signin"));
		List<Credentials> expected = List.of(new SoundCloudConnectionDetails.None(),
				new SoundCloudConnectionDetails.Basic("u", "p"), new SoundCloudConnectionDetails.OAuth1("k", "s", null, null),
				new SoundCloudConnectionDetails.ClientCredentials("c", "s"),
				new SoundCloudConnectionDetails.RefreshToken("c", null, "r"),
				new SoundCloudConnectionDetails.Registration("mine", null),
				new SoundCloudConnectionDetails.Registration("soundcloud", null));
		for (int i = 0; i < configurations.size(); i++) {
			MockEnvironment environment = new MockEnvironment();
			configurations.get(i).forEach((property) -> {
				String[] pair = property.split("=", 2);
				environment.setProperty(pair[0], pair[1]);
			});
			assertThat(Credentials.configured(environment)).as(configurations.get(i).toString())
				.isEqualTo(expected.get(i));
		}
	}

	@Test
	void theApplicationsDetailsReplaceTheConnectionPropertiesUncheckedButNotTheOthers() {
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=https://api.soundcloud.com",
					"soundcloud.auth.token.value=${SOUNDCLOUD_DETAILS_TEST_UNSET}",
					"soundcloud.auth.oauth2.client-id=also-set", "soundcloud.api.page-size=20")
			.withBean(SoundCloudConnectionDetails.class, () -> details("http://localhost:1234/api"))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(SoundCloudConnector.class).getBaseUrl())
					.hasToString("http://localhost:1234/api");
				assertThat(context.getBean(SoundCloudAuthenticator.class)).isInstanceOf(StaticTokenAuthenticator.class);
			});
		this.contextRunner.withPropertyValues("soundcloud.http.user-agent=${SOUNDCLOUD_DETAILS_TEST_UNSET}")
			.withBean(SoundCloudConnectionDetails.class, () -> details("http://localhost:1234"))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("'soundcloud.http.user-agent'"));
	}

	private static SoundCloudConnectionDetails details(String baseUrl) {
		return new SoundCloudConnectionDetails() {

			@Override
			public String getBaseUrl() {
				return baseUrl;
			}

			@Override
			public Credentials getCredentials() {
				return new AccessToken("from-the-bean");
			}

		};
	}

	@Test
	void credentialsShowNoSecret() {
		List<Credentials> all = List.of(new SoundCloudConnectionDetails.AccessToken("SECRET"),
				new SoundCloudConnectionDetails.Basic("user", "SECRET"),
				new SoundCloudConnectionDetails.OAuth1("key", "SECRET", "SECRET1", "SECRET2"),
				new SoundCloudConnectionDetails.ClientCredentials("client", "SECRET"),
				new SoundCloudConnectionDetails.RefreshToken("client", "SECRET", "SECRET3"),
				new SoundCloudConnectionDetails.Registration("soundcloud", "SECRET"));
		assertThat(all).allSatisfy((credentials) -> assertThat(credentials.toString()).doesNotContain("SECRET"));
	}

}
