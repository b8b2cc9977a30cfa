package io.github.scapi.soundcloud;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A 401 gives the authenticator one chance to renew its credentials, and the request one
 * retry: never a loop.
 */
class CredentialRenewalTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final RotatingAuthenticator authenticator = new RotatingAuthenticator();

	private SoundCloudConnector connector;

	@BeforeAll
	static void startServer() {
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void setUp() {
		server.resetAll();
		this.connector = SoundCloudConnector.builder().baseUrl(server.baseUrl()).authenticator(this.authenticator).build();
	}

	@Test
	void retriesOnceWithRenewedCredentials() {
		server.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth token-1"))
			.willReturn(aResponse().withStatus(401)));
		server.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth token-2"))
			.willReturn(okJson("{\"urn\":\"soundcloud:users:1\",\"username\":\"ann\"}")));
		User me = this.connector.get("/me", Map.of(), User.class);
		assertThat(me.username()).isEqualTo("ann");
		assertThat(this.authenticator.renewals.get()).isEqualTo(1);
		server.verify(2, getRequestedFor(urlPathEqualTo("/me")));
	}

	@Test
	void givesUpAfterTheRetryIsRejectedToo() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(401)));
		assertThatExceptionOfType(SoundCloudUnauthorizedException.class)
			.isThrownBy(() -> this.connector.get("/me", Map.of(), User.class));
		assertThat(this.authenticator.renewals.get()).isEqualTo(1);
		server.verify(2, getRequestedFor(urlPathEqualTo("/me")));
	}

	@Test
	void doesNotRetryWhenTheAuthenticatorCannotRenew() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(401)));
		SoundCloudConnector fixed = SoundCloudConnector.builder()
			.baseUrl(server.baseUrl())
			.authenticator(new io.github.scapi.soundcloud.auth.StaticTokenAuthenticator("static"))
			.build();
		assertThatExceptionOfType(SoundCloudUnauthorizedException.class)
			.isThrownBy(() -> fixed.get("/me", Map.of(), User.class));
		server.verify(1, getRequestedFor(urlPathEqualTo("/me")));
	}

	/** Hands out token-1, then token-2 after each renewal. */
	static final class RotatingAuthenticator implements SoundCloudAuthenticator {

		final AtomicInteger renewals = new AtomicInteger();

		@Override
		public void authenticate(HttpRequest request) {
			request.getHeaders().set(HttpHeaders.AUTHORIZATION, "OAuth token-" + (this.renewals.get() + 1));
		}

		@Override
		public boolean renew(HttpRequest rejected) {
			this.renewals.incrementAndGet();
			return true;
		}

		@Override
		public SoundCloudAuthType type() {
			return SoundCloudAuthType.TOKEN;
		}

	}

}
