package io.github.scapi.soundcloud;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.http.HttpMethod;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.temporaryRedirect;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The connector asks its {@link SoundCloudRateLimiter} before every exchange with the API and
 * tells it about every 429, so that a limiter can refuse calls before anything is sent.
 */
class RateLimiterTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	@RegisterExtension
	static final WireMockExtension cdn = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private static final String PLAYS_LIMIT = "{\"errors\":[{\"meta\":{\"rate_limit\":{\"group\":\"plays\","
			+ "\"max_nr_of_requests\":15000,\"time_window\":\"PT24H\"},\"remaining_requests\":0,"
			+ "\"reset_time\":\"2026/12/07 09:49:40 +0000\"}}]}";

	private final List<String> asked = new CopyOnWriteArrayList<>();

	private final List<RateLimitedException> told = new CopyOnWriteArrayList<>();

	@Test
	void aRefusalSendsNothingAndReachesTheCallerAsItIs() {
		api.stubFor(get("/me").willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		RateLimitedException refusal = new RateLimitedException(HttpMethod.GET, null, List.of(),
				Instant.parse("2026-12-07T00:00:00Z"), "plays");
		SoundCloudConnector connector = connector(new SoundCloudRateLimiter() {
			@Override
			public void beforeExchange(HttpMethod method, URI uri) {
				throw refusal;
			}
		});
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> connector.get("/me", Map.of(), User.class))
			.isSameAs(refusal);
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void every429IsToldWithItsGroupAndResetTimeAndEveryRetryIsAsked() {
		api.stubFor(get("/me").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody(PLAYS_LIMIT)));
		SoundCloudConnector connector = connector(recording());
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> connector.get("/me", Map.of(), User.class))
			.satisfies((ex) -> {
				assertThat(ex.getGroup()).hasValue("plays");
				assertThat(ex.getMessage()).contains("(plays)");
			});
		int sent = api.getAllServeEvents().size();
		assertThat(this.asked).hasSize(sent).allMatch((line) -> line.startsWith("GET " + api.baseUrl() + "/me"));
		assertThat(this.told).hasSize(sent)
			.allSatisfy((ex) -> assertThat(ex.getResetTime()).hasValue(Instant.parse("2026-12-07T09:49:40Z")));
	}

	@Test
	void a429ThatIsNotRetriedIsToldToo() {
		api.stubFor(post("/tracks/soundcloud:tracks:1/comments").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody(PLAYS_LIMIT)));
		SoundCloudConnector connector = connector(recording());
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> connector.exchange(HttpMethod.POST, "/tracks/{track_urn}/comments",
					Map.of("track_urn", "soundcloud:tracks:1"), new org.springframework.util.LinkedMultiValueMap<>(),
					null, Void.class));
		assertThat(api.getAllServeEvents()).hasSize(1);
		assertThat(this.told).singleElement().satisfies((ex) -> assertThat(ex.getGroup()).hasValue("plays"));
	}

	@Test
	void foreignHopsAreNotAsked() {
		api.stubFor(get(urlPathEqualTo("/tracks/soundcloud:tracks:1/stream"))
			.willReturn(temporaryRedirect(cdn.baseUrl() + "/media/1.mp3")));
		cdn.stubFor(get("/media/1.mp3").willReturn(aResponse().withBody(new byte[] { 1, 2, 3 })));
		SoundCloudConnector connector = connector(recording());
		byte[] media = connector.download(URI.create(api.baseUrl() + "/tracks/soundcloud:tracks:1/stream"),
				(body) -> body.readAllBytes());
		assertThat(media).containsExactly(1, 2, 3);
		assertThat(this.asked).containsExactly("GET " + api.baseUrl() + "/tracks/soundcloud:tracks:1/stream");
	}

	private SoundCloudRateLimiter recording() {
		return new SoundCloudRateLimiter() {
			@Override
			public void beforeExchange(HttpMethod method, URI uri) {
				RateLimiterTests.this.asked.add(method + " " + uri);
			}

			@Override
			public void rateLimited(RateLimitedException failure) {
				RateLimiterTests.this.told.add(failure);
			}
		};
	}

	private SoundCloudConnector connector(SoundCloudRateLimiter limiter) {
		return SoundCloudConnector.builder()
			.baseUrl(api.baseUrl())
			.authenticator(new StaticTokenAuthenticator("tok-1"))
			.retryPolicy(new SoundCloudRetryPolicy(3, java.time.Duration.ofMillis(1), java.time.Duration.ofMillis(5),
					java.time.Duration.ofSeconds(5)))
			.sleeper((delay) -> {
			})
			.rateLimiter(limiter)
			.build();
	}

}
