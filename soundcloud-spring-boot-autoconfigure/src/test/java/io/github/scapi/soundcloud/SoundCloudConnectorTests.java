package io.github.scapi.soundcloud;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.paging.CursorPageable;
import io.github.scapi.soundcloud.paging.CursorSlice;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SoundCloudConnectorTests {

	private static final String TOKEN = "tok-9f8e7d";

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final List<Observation.Context> observed = new CopyOnWriteArrayList<>();

	private final ObservationRegistry observations = ObservationRegistry.create();

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
		this.observations.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				SoundCloudConnectorTests.this.observed.add(context);
			}

		});
		this.connector = connectorFor(server.baseUrl());
	}

	private SoundCloudConnector connectorFor(String baseUrl) {
		return SoundCloudConnector.builder()
			.baseUrl(baseUrl)
			.authenticator(new StaticTokenAuthenticator(TOKEN))
			.restClientBuilder(RestClient.builder().observationRegistry(this.observations))
			.build();
	}

	@Test
	void sendsOAuthSchemeJsonAcceptAndLibraryUserAgent() {
		server.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("track-200001.json", server.baseUrl()))));
		this.connector.get("/tracks/{track_urn}", Map.of("track_urn", "soundcloud:tracks:200001"), Track.class);
		LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
		assertThat(request.getHeader("Authorization")).isEqualTo("OAuth " + TOKEN);
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
		assertThat(request.getHeader("User-Agent")).startsWith("soundcloud-spring-boot-starter/")
			.doesNotContain("unknown")
			.contains(SoundCloudVersion.get());
		assertThat(SoundCloudVersion.get()).matches("\\d+\\.\\d+\\.\\d+.*");
	}

	@Test
	void sendsUrnsRawInPathVariablesAsSoundCloudWritesThem() {
		server.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("track-200001.json", server.baseUrl()))));
		Track track = this.connector.get("/tracks/{track_urn}", Map.of("track_urn", "soundcloud:tracks:200001"),
				Track.class);
		assertThat(track.title()).isEqualTo("Night Bus, Café Edition");
		assertThat(server.getAllServeEvents().get(0).getRequest().getUrl())
			.isEqualTo("/tracks/soundcloud:tracks:200001");
	}

	@Test
	void keepsTheBasePathOfTheBaseUrl() {
		server.stubFor(get(anyUrl()).willReturn(okJson("{\"kind\":\"user\",\"urn\":\"soundcloud:users:1\"}")));
		connectorFor(server.baseUrl() + "/api/v2/").get("/me", Map.of(), io.github.scapi.soundcloud.model.User.class);
		assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo("/api/v2/me");
	}

	@Test
	void encodesQueryValuesStrictlyAndNeverExpandsBracesInThem() {
		server.stubFor(get(anyUrl()).willReturn(okJson("{\"collection\":[]}")));
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("q", "{track_urn} & rock'n'roll = 100%");
		query.add("bpm[from]", "120");
		this.connector.slice("/tracks", Map.of(), query, Track.class, Pageable.unpaged());
		LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
		assertThat(request.queryParameter("q").firstValue()).isEqualTo("{track_urn} & rock'n'roll = 100%");
		assertThat(request.queryParameter("bpm[from]").firstValue()).isEqualTo("120");
		assertThat(request.queryParameter("limit").firstValue()).isEqualTo("50");
		assertThat(request.queryParameter("linked_partitioning").firstValue()).isEqualTo("true");
		assertThat(request.getUrl()).doesNotContain("{").doesNotContain(" ");
	}

	@Test
	void followsNextHrefExactlyAsGivenAndStopsOnAnEmptyPageThatStillHasOne() {
		server.stubFor(get(urlPathEqualTo("/users/soundcloud:users:7/tracks"))
			.willReturn(okJson(Fixtures.read("tracks-page-1.json", server.baseUrl()))));
		CursorSlice<Track> first = this.connector.slice("/users/{user_urn}/tracks",
				Map.of("user_urn", "soundcloud:users:7"), new LinkedMultiValueMap<>(), Track.class, PageRequest.of(0, 2));
		assertThat(first.getContent()).extracting(Track::title).containsExactly("One", "Two");
		assertThat(first.hasNext()).isTrue();

		server.stubFor(get(urlPathEqualTo("/users/soundcloud:users:7/tracks"))
			.willReturn(okJson(Fixtures.read("tracks-page-empty.json", server.baseUrl()))));
		CursorSlice<Track> second = this.connector.slice("/users/{user_urn}/tracks", Map.of("user_urn", "soundcloud:users:7"),
				new LinkedMultiValueMap<>(), Track.class, first.nextPageable());
		assertThat(second.getContent()).isEmpty();
		assertThat(second.hasNext()).isFalse();
		assertThat(second.nextPageable().isUnpaged()).isTrue();
		assertThat(server.getAllServeEvents().get(0).getRequest().getUrl())
			.isEqualTo("/users/soundcloud:users:7/tracks?limit=2&linked_partitioning=true&cursor=opaque-2");
	}

	@Test
	void tagsEveryPageWithThePathTemplateNotTheUrl() {
		server.stubFor(get(urlPathEqualTo("/users/soundcloud:users:7/tracks"))
			.willReturn(okJson(Fixtures.read("tracks-page-1.json", server.baseUrl()))));
		server.stubFor(get(urlPathEqualTo("/users/soundcloud:users:7/tracks")).withQueryParam("cursor", equalTo("opaque-2"))
			.willReturn(okJson(Fixtures.read("tracks-page-2.json", server.baseUrl()))));
		CursorSlice<Track> first = this.connector.slice("/users/{user_urn}/tracks",
				Map.of("user_urn", "soundcloud:users:7"), new LinkedMultiValueMap<>(), Track.class,
				PageRequest.of(0, 2));
		this.connector.slice("/users/{user_urn}/tracks", Map.of("user_urn", "soundcloud:users:7"),
				new LinkedMultiValueMap<>(), Track.class, first.nextPageable());
		assertThat(this.observed).hasSize(2)
			.allSatisfy((context) -> assertThat(context.getLowCardinalityKeyValue("uri").getValue())
				.isEqualTo("/users/{user_urn}/tracks"));
	}

	@Test
	void refusesNextHrefThatLeavesTheApiWithoutSendingAnything() {
		String foreign = "https://evil.example.com/users/soundcloud:users:7/tracks?cursor=x";
		assertThatExceptionOfType(UnexpectedResponseException.class)
			.isThrownBy(() -> this.connector.slice("/users/{user_urn}/tracks", Map.of("user_urn", "x"),
					new LinkedMultiValueMap<>(), Track.class, CursorPageable.of(1, 2, foreign)))
			.withMessageContaining("outside the configured API");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void readsBareArraysAsASinglePage() {
		server.stubFor(get(anyUrl()).willReturn(okJson("[{\"urn\":\"soundcloud:tracks:1\"},{\"urn\":\"soundcloud:tracks:2\"}]")));
		CursorSlice<Track> page = this.connector.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), Track.class,
				Pageable.unpaged());
		assertThat(page.getContent()).hasSize(2);
		assertThat(page.hasNext()).isFalse();
	}

	@Test
	void sendsDeprecatedOffsetForPlainPageNumbers() {
		server.stubFor(get(anyUrl()).willReturn(okJson("{\"collection\":[]}")));
		this.connector.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), Track.class, PageRequest.of(3, 20));
		LoggedRequest request = server.getAllServeEvents().get(0).getRequest();
		assertThat(request.queryParameter("offset").firstValue()).isEqualTo("60");
		assertThat(request.queryParameter("limit").firstValue()).isEqualTo("20");
	}

	@Test
	void rejectsBadPageablesBeforeAnyRequest() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.connector.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), Track.class,
					PageRequest.of(0, 201)))
			.withMessageContaining("at most 200");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.connector.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), Track.class,
					PageRequest.of(0, 10, Sort.by("title"))))
			.withMessageContaining("cannot sort");
		assertThat(server.getAllServeEvents()).isEmpty();
	}

	@Test
	void returnsEmptyOn404ForFind() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":404,\"message\":\"404 - Not Found\"}")));
		assertThat(this.connector.find("/tracks/{track_urn}", Map.of("track_urn", "soundcloud:tracks:1"), Track.class))
			.isEmpty();
	}

	@Test
	void mapsStatusesToTypedExceptionsWithMethodRedactedUrlAndApiMessage() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody(Fixtures.read("error-current.json", ""))));
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("client_secret", "hush");
		assertThatExceptionOfType(SoundCloudUnauthorizedException.class)
			.isThrownBy(() -> this.connector.slice("/me/tracks", Map.of(), query, Track.class, Pageable.unpaged()))
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(401);
				assertThat(ex.getMethod().name()).isEqualTo("GET");
				assertThat(ex.getUrl()).contains("/me/tracks").contains("client_secret=***").doesNotContain("hush");
				assertThat(ex.getApiMessages()).containsExactly("invalid_token");
				assertThat(ex.getMessage()).doesNotContain("hush").doesNotContain(TOKEN);
			});
	}

	@Test
	void readsLegacyErrorMessages() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json; charset=utf-8")
			.withBody(Fixtures.read("error-legacy.json", ""))));
		assertThatExceptionOfType(SoundCloudClientErrorException.class)
			.isThrownBy(() -> this.connector.get("/me", Map.of(), Track.class))
			.satisfies((ex) -> assertThat(ex.getApiMessages()).containsExactly("track[title] is too long",
					"track[genre] is unknown"));
	}

	@Test
	void summarisesHtmlErrorPagesInsteadOfDumpingThem() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody(Fixtures.read("cdn-502.html", ""))));
		assertThatExceptionOfType(SoundCloudServerErrorException.class)
			.isThrownBy(() -> this.connector.get("/me", Map.of(), Track.class))
			.satisfies((ex) -> {
				assertThat(ex.getApiMessages()).containsExactly("502 Bad Gateway");
				assertThat(ex.getMessage()).doesNotContain("<html").doesNotContain("markup");
			});
	}

	@Test
	void reportsRateLimitsWithTheResetTimeFromTheBody() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody(Fixtures.read("rate-limited.json", ""))));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> this.connector.get("/me", Map.of(), Track.class))
			.satisfies((ex) -> assertThat(ex.getResetTime()).hasValue(java.time.Instant.parse("2026-11-28T13:37:05Z")));
	}

	@Test
	void rejectsSuccessfulBodiesThatAreNotJson() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><body>Sign in to continue</body></html>")));
		assertThatExceptionOfType(UnexpectedContentTypeException.class)
			.isThrownBy(() -> this.connector.get("/me", Map.of(), Track.class))
			.withMessageContaining("expected JSON but got text/html");
	}

	@Test
	void reportsInvalidJsonAsAnUnexpectedResponse() {
		server.stubFor(get(anyUrl()).willReturn(okJson("{\"urn\": \"soundcloud:tracks:1\", ")));
		assertThatExceptionOfType(UnexpectedResponseException.class)
			.isThrownBy(() -> this.connector.get("/tracks/{track_urn}", Map.of("track_urn", "1"), Track.class))
			.withMessageContaining("not the JSON expected");
	}

	@Test
	void reportsConnectionFailuresAsTransportExceptions() {
		SoundCloudConnector unreachable = connectorFor("http://127.0.0.1:1");
		assertThatExceptionOfType(SoundCloudTransportException.class)
			.isThrownBy(() -> unreachable.get("/me", Map.of(), Track.class))
			.satisfies((ex) -> assertThat(ex.getStatus()).isZero());
	}

	@Test
	void neverShowsTheTokenInToString() {
		assertThat(this.connector.toString()).doesNotContain(TOKEN).contains("TOKEN");
		assertThat(this.connector.getAuthenticator().toString()).doesNotContain(TOKEN);
	}

}
