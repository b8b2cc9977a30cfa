package io.github.scapi.soundcloud.autoconfigure;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.SoundCloudAuthenticationException;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The token endpoint's error response (RFC 6749 §5.2: 400, or 401 when client
 * authentication failed) reaches the application with its error code and description, and
 * the token endpoint's status.
 */
class TokenEndpointErrorsTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class))
		.withPropertyValues("soundcloud.api.base-url=http://localhost:" + server.getPort(),
				"soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s3cr3t",
				"soundcloud.auth.oauth2.token-uri=http://localhost:" + server.getPort() + "/oauth/token");

	@BeforeEach
	void reset() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
	}

	@ParameterizedTest
	@ValueSource(ints = { 400, 401 })
	void keepsTheErrorCodeAndDescriptionOfAnOAuthErrorResponse(int status) {
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("WWW-Authenticate", "Basic realm=\"SoundCloud\"")
			.withBody("{\"error\":\"invalid_client\",\"error_description\":"
					+ "\"Client authentication failed\\r\\nINFO forged line\"}")));
		SoundCloudAuthenticationException ex = failure(this.contextRunner);
		assertThat(ex.getStatus()).isEqualTo(status);
		assertThat(ex.getApiMessages()).containsExactly("invalid_client",
				"Client authentication failed\\r\\nINFO forged line");
		assertThat(ex.getMessage()).contains("(invalid_client; Client authentication failed\\r\\nINFO forged line)");
		assertThat(stackOf(ex)).doesNotContain("\r\nINFO").doesNotContain("s3cr3t");
	}

	@Test
	void keepsInvalidGrantForARejectedRefreshToken() {
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json;charset=UTF-8")
			.withBody("{\"error\":\"invalid_grant\"}")));
		SoundCloudAuthenticationException ex = failure(
				this.contextRunner.withPropertyValues("soundcloud.auth.oauth2.refresh-token=r3fresh"));
		assertThat(ex.getStatus()).isEqualTo(400);
		assertThat(ex.getApiMessages()).containsExactly("invalid_grant");
		assertThat(stackOf(ex)).doesNotContain("r3fresh");
	}

	@Test
	void anAnswerThatIsNotAnOAuthErrorIsAnInvalidTokenResponseWithItsStatus() {
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><title>Sign in</title></html>")));
		SoundCloudAuthenticationException ex = failure(this.contextRunner);
		assertThat(ex.getStatus()).isEqualTo(401);
		assertThat(ex.getApiMessages()).first().isEqualTo("invalid_token_response");

		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"temporarily_unavailable\"}")));
		ex = failure(this.contextRunner);
		assertThat(ex.getStatus()).isEqualTo(503);
		assertThat(ex.getApiMessages()).first().isEqualTo("invalid_token_response");
	}

	private static SoundCloudAuthenticationException failure(ApplicationContextRunner runner) {
		SoundCloudAuthenticationException[] failure = new SoundCloudAuthenticationException[1];
		runner.run((context) -> {
			SoundCloudConnector connector = context.getBean(SoundCloudConnector.class);
			failure[0] = catchThrowableOfType(SoundCloudAuthenticationException.class,
					() -> connector.get("/me", Map.of(), User.class));
		});
		assertThat(failure[0]).isNotNull();
		server.verify(0, getRequestedFor(anyUrl()));
		return failure[0];
	}

	private static String stackOf(Throwable failure) {
		StringWriter text = new StringWriter();
		failure.printStackTrace(new PrintWriter(text));
		return text.toString();
	}

}
