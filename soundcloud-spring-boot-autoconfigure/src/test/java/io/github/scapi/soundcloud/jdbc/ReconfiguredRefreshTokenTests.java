package io.github.scapi.soundcloud.jdbc;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.SoundCloudAuthenticationException;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudJdbcAutoConfiguration;
import io.github.scapi.soundcloud.repository.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A refresh token configured anew (the user authorised the application again) replaces the
 * shared store's row once the stored one is rejected, while a stored refresh token that
 * still works keeps winning over a configured one: SoundCloud's refresh tokens are single
 * use, so the stored one is the newer whenever it works. Against a token endpoint that, as
 * SoundCloud's, issues a new refresh token on every refresh and refuses spent ones.
 *
 * @author scapi contributors
 */
class ReconfiguredRefreshTokenTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudJdbcAutoConfiguration.class, SoundCloudAutoConfiguration.class))
		.withBean(DataSource.class, Databases::postgres)
		.withPropertyValues("soundcloud.api.base-url=http://localhost:" + server.getPort(),
				"soundcloud.auth.oauth2.token-uri=http://localhost:" + server.getPort() + "/oauth/token",
				"soundcloud.auth.oauth2.client-id=client", "soundcloud.auth.oauth2.client-secret=secret",
				"soundcloud.auth.oauth2.token-store=jdbc", "soundcloud.jdbc.token-cache-lifetime=0s");

	@BeforeEach
	void stubs() {
		Databases.clear();
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		// an access token that is already due: every call refreshes
		rotates("first", "first-rotated");
		rejects("first-rotated");
		rotates("reauthorised", "reauthorised-rotated");
		rotates("reauthorised-rotated", "reauthorised-rotated-again");
		rejects("stale");
	}

	@Test
	void aNewlyConfiguredRefreshTokenReplacesTheRejectedStoredOne() {
		withRefreshToken("first").run((context) -> context.getBean(UserRepository.class).findMe());
		assertThat(storedRefreshToken()).isEqualTo("first-rotated");
		// the user authorised the application again; the stored token was revoked with it
		withRefreshToken("reauthorised").run((context) -> {
			context.getBean(UserRepository.class).findMe();
			assertThat(storedRefreshToken()).isEqualTo("reauthorised-rotated");
		});
		assertThat(refreshesWith("first-rotated")).as("the stored token, tried first").isEqualTo(1);
		assertThat(refreshesWith("reauthorised")).isEqualTo(1);
		// a restart with the same configuration: the stored token works, the spent configured one is not sent
		withRefreshToken("reauthorised").run((context) -> context.getBean(UserRepository.class).findMe());
		assertThat(storedRefreshToken()).isEqualTo("reauthorised-rotated-again");
		assertThat(refreshesWith("reauthorised")).isEqualTo(1);
	}

	@Test
	void aConfiguredRefreshTokenThatIsRejectedTooFailsOnceAndIsNotSentAgain() {
		withRefreshToken("first").run((context) -> context.getBean(UserRepository.class).findMe());
		withRefreshToken("stale").run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			assertThatExceptionOfType(SoundCloudAuthenticationException.class).isThrownBy(users::findMe)
				.satisfies((ex) -> assertThat(ex.getApiMessages()).first().isEqualTo("invalid_grant"));
			assertThatExceptionOfType(SoundCloudAuthenticationException.class).isThrownBy(users::findMe);
		});
		assertThat(refreshesWith("first-rotated")).isEqualTo(1);
		assertThat(refreshesWith("stale")).isEqualTo(1);
		assertThat(storedRefreshToken()).isEqualTo("stale");
	}

	@Test
	void aConfiguredRefreshTokenThisInstanceSpentIsNotSentAgainWhenItsSuccessorIsRejected() {
		withRefreshToken("first").run((context) -> {
			UserRepository users = context.getBean(UserRepository.class);
			users.findMe();
			assertThat(storedRefreshToken()).isEqualTo("first-rotated");
			// the successor is revoked: the configured token was spent by this very instance
			assertThatExceptionOfType(SoundCloudAuthenticationException.class).isThrownBy(users::findMe);
		});
		assertThat(refreshesWith("first")).isEqualTo(1);
		assertThat(refreshesWith("first-rotated")).isEqualTo(1);
	}

	private ApplicationContextRunner withRefreshToken(String refreshToken) {
		return this.runner.withPropertyValues("soundcloud.auth.oauth2.refresh-token=" + refreshToken);
	}

	private static void rotates(String refreshToken, String next) {
		server.stubFor(refresh(refreshToken).willReturn(okJson("{\"access_token\":\"access-" + next
				+ "\",\"token_type\":\"bearer\",\"expires_in\":1,\"refresh_token\":\"" + next + "\"}")));
	}

	private static void rejects(String refreshToken) {
		server.stubFor(refresh(refreshToken).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_grant\"}")));
	}

	private static MappingBuilder refresh(String refreshToken) {
		return post(urlPathEqualTo("/oauth/token")).withFormParam("grant_type", equalTo("refresh_token"))
			.withFormParam("refresh_token", equalTo(refreshToken));
	}

	private static int refreshesWith(String refreshToken) {
		return server.findAll(postRequestedFor(urlPathEqualTo("/oauth/token")).withFormParam("refresh_token",
				equalTo(refreshToken))).size();
	}

	private static String storedRefreshToken() {
		return new JdbcTemplate(Databases.postgres()).queryForObject(
				"SELECT convert_from(refresh_token_value, 'UTF8') FROM oauth2_authorized_client", String.class);
	}

}
