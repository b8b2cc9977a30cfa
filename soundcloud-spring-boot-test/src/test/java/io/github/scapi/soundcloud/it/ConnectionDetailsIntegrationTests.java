package io.github.scapi.soundcloud.it;

import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudUnauthorizedException;
import io.github.scapi.soundcloud.autoconfigure.InvalidSoundCloudPropertyException;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.MeRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake.Credentials;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatRuntimeException;

/**
 * An application whose {@code application.yml} holds production credentials, of any kind,
 * passes its {@code @AutoConfigureSoundCloudFake} tests unchanged, with credentials of the
 * kind the test chooses, and sends nothing to any host but the fake: every request goes
 * through a {@link HostGuard} that records it and refuses other hosts.
 */
class ConnectionDetailsIntegrationTests {

	private static final String CONFIG = "spring.config.location=classpath:/connection-details/";

	@ParameterizedTest
	@CsvSource({ "client-credentials.yml, soundcloud.auth.oauth2.client-secret, SOUNDCLOUD_CONNECTION_DETAILS_TEST_SECRET",
			"several-kinds.yml, soundcloud.auth.type, credentials of several kinds" })
	void withoutTheFakeTheseConfigurationsFailStartup(String file, String property, String problem) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(ConnectionDetailsApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties(CONFIG + file);
		assertThatRuntimeException().isThrownBy(application::run)
			.havingRootCause()
			.isInstanceOf(InvalidSoundCloudPropertyException.class)
			.withMessageContaining("'" + property + "'")
			.withMessageContaining(problem);
	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "token.yml")
	@AutoConfigureSoundCloudFake
	class StaticTokenInApplicationYml extends CallsTheFakeOnly {

		StaticTokenInApplicationYml() {
			super(Credentials.TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "basic.yml")
	@AutoConfigureSoundCloudFake
	class BasicInApplicationYml extends CallsTheFakeOnly {

		BasicInApplicationYml() {
			super(Credentials.TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "oauth1.yml")
	@AutoConfigureSoundCloudFake
	class OAuth1InApplicationYml extends CallsTheFakeOnly {

		OAuth1InApplicationYml() {
			super(Credentials.TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "client-credentials.yml")
	@AutoConfigureSoundCloudFake
	class ClientCredentialsWithAnUnsetVariableInApplicationYml extends CallsTheFakeOnly {

		ClientCredentialsWithAnUnsetVariableInApplicationYml() {
			super(Credentials.TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "refresh-token.yml")
	@AutoConfigureSoundCloudFake
	class RefreshTokenInApplicationYml extends CallsTheFakeOnly {

		RefreshTokenInApplicationYml() {
			super(Credentials.TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "several-kinds.yml")
	@AutoConfigureSoundCloudFake
	class CredentialsOfSeveralKindsInApplicationYml extends CallsTheFakeOnly {

		CredentialsOfSeveralKindsInApplicationYml() {
			super(Credentials.TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "client-credentials.yml")
	@AutoConfigureSoundCloudFake(credentials = Credentials.BASIC)
	class FakeIssuesBasic extends CallsTheFakeOnly {

		FakeIssuesBasic() {
			super(Credentials.BASIC);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "client-credentials.yml")
	@AutoConfigureSoundCloudFake(credentials = Credentials.OAUTH1)
	class FakeIssuesOAuth1 extends CallsTheFakeOnly {

		FakeIssuesOAuth1() {
			super(Credentials.OAUTH1);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "token.yml")
	@AutoConfigureSoundCloudFake(credentials = Credentials.CLIENT_CREDENTIALS)
	class FakeIssuesClientCredentials extends CallsTheFakeOnly {

		FakeIssuesClientCredentials() {
			super(Credentials.CLIENT_CREDENTIALS);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "several-kinds.yml")
	@AutoConfigureSoundCloudFake(credentials = Credentials.REFRESH_TOKEN)
	class FakeIssuesARefreshToken extends CallsTheFakeOnly {

		FakeIssuesARefreshToken() {
			super(Credentials.REFRESH_TOKEN);
		}

	}

	@Nested
	@SpringBootTest(classes = ConnectionDetailsApplication.class, properties = CONFIG + "oauth1.yml")
	@AutoConfigureSoundCloudFake(credentials = Credentials.NONE)
	class FakeIssuesNothing {

		@Autowired
		UserRepository users;

		@Autowired
		SoundCloudFake fake;

		@Autowired
		HostGuard guard;

		@Test
		void callsAreAnonymousAtTheFake() {
			assertThatExceptionOfType(SoundCloudUnauthorizedException.class).isThrownBy(this.users::findMe);
			assertThat(this.fake.requests()).singleElement()
				.satisfies((request) -> assertThat(request.header("Authorization")).isNull());
			assertThat(this.guard.requests()).hasSize(1);
			assertThat(this.guard.elsewhereThan(this.fake)).isEmpty();
		}

	}

	/**
	 * What every application checks: it reads the signed-in user and walks their tracks
	 * over several pages, with the credentials the fake issued, and nothing else is asked.
	 */
	abstract static class CallsTheFakeOnly {

		private final Credentials issued;

		@Autowired
		UserRepository users;

		@Autowired
		MeRepository me;

		@Autowired
		SoundCloudFake fake;

		@Autowired
		HostGuard guard;

		@Autowired
		SoundCloudConnectionDetails connection;

		CallsTheFakeOnly(Credentials issued) {
			this.issued = issued;
		}

		@Test
		void readsTheUserAndWalksTheirTracksAtTheFakeOnly() {
			FakeUser expected = this.fake.dataset().me();
			User user = this.users.findMe();
			assertThat(user.urn()).isEqualTo(expected.urn());
			try (Stream<Track> tracks = this.me.streamTracks()) {
				assertThat(tracks.count()).isEqualTo(expected.trackCount());
			}
			assertThat(this.fake.requestCount("GET", "/me/tracks")).as("pages of 10").isGreaterThanOrEqualTo(3);
			assertThat(this.guard.requests()).isNotEmpty();
			assertThat(this.guard.elsewhereThan(this.fake)).isEmpty();
			assertThat(this.guard.refused()).isEmpty();
			assertThat(this.connection.getBaseUrl()).isEqualTo(this.fake.baseUrl());
			assertThat(this.fake.requests()).filteredOn((request) -> request.path().startsWith("/me"))
				.isNotEmpty()
				.allSatisfy((request) -> assertThat(request.header("Authorization")).satisfies(this::issuedByTheFake));
		}

		private void issuedByTheFake(String authorization) {
			switch (this.issued) {
				case TOKEN -> assertThat(authorization).isEqualTo("OAuth " + this.fake.accessToken());
				case BASIC -> assertThat(authorization).startsWith("Basic ");
				case OAUTH1 -> assertThat(authorization).startsWith("OAuth ")
					.contains("oauth_consumer_key=\"" + this.fake.consumerKey() + "\"")
					.contains("oauth_token=\"" + this.fake.oauth1AccessToken() + "\"");
				case CLIENT_CREDENTIALS, REFRESH_TOKEN -> {
					assertThat(authorization).startsWith("OAuth ").isNotEqualTo("OAuth " + this.fake.accessToken());
					String grant = (this.issued == Credentials.CLIENT_CREDENTIALS) ? "client_credentials"
							: "refresh_token";
					assertThat(this.fake.tokenRequestCount(grant)).isEqualTo(1);
				}
				default -> throw new IllegalStateException("Not checked here: " + this.issued);
			}
		}

	}

}
