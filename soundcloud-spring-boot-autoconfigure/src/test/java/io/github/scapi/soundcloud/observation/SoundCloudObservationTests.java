package io.github.scapi.soundcloud.observation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudNotFoundException;
import io.github.scapi.soundcloud.SoundCloudRetryPolicy;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.User;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every logical request is one {@code soundcloud.client.requests} observation, tagged with
 * bounded values and carrying its retries and redirects as events.
 */
class SoundCloudObservationTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final List<String> events = new CopyOnWriteArrayList<>();

	private SoundCloudConnector connector;

	private ObservationRegistry registry;

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void setUp() {
		server.resetAll();
		ObservationRegistry registry = ObservationRegistry.create();
		this.registry = registry;
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return context instanceof SoundCloudRequestContext;
			}

			@Override
			public void onEvent(Observation.Event event, Observation.Context context) {
				SoundCloudObservationTests.this.events.add(event.getName());
			}

			@Override
			public void onStop(Observation.Context context) {
				SoundCloudObservationTests.this.stopped.add(context);
			}

		});
		this.connector = SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.port())
			.authenticator(new StaticTokenAuthenticator("t"))
			.observationRegistry(registry)
			.sleeper((duration) -> {
			})
			.retryPolicy(new SoundCloudRetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(5)))
			.build();
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void everyPageOfAWalkIsAChildOfTheCallersObservation(boolean prefetch) {
		String path = "/users/soundcloud:users:1/tracks";
		server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(page(path, 1))));
		for (int page = 1; page < 6; page++) {
			server.stubFor(get(urlPathEqualTo(path)).withQueryParam("cursor", equalTo(Integer.toString(page)))
				.willReturn(okJson(page(path, page + 1))));
		}
		SoundCloudConnector walking = SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.port())
			.authenticator(new StaticTokenAuthenticator("t"))
			.observationRegistry(this.registry)
			.prefetch(prefetch)
			.build();
		Observation job = Observation.start("sync.job", this.registry);
		java.util.stream.Stream<io.github.scapi.soundcloud.model.Track> tracks;
		try (Observation.Scope scope = job.openScope()) {
			tracks = walking.stream("/users/{user_urn}/tracks", Map.of("user_urn", "soundcloud:users:1"),
					new org.springframework.util.LinkedMultiValueMap<>(), io.github.scapi.soundcloud.model.Track.class);
		}
		// read after the caller's scope closed, and with prefetch on another thread
		try (tracks) {
			assertThat(tracks.count()).isEqualTo(6);
		}
		job.stop();
		assertThat(this.stopped).hasSize(6)
			.allSatisfy((context) -> assertThat(context.getParentObservation()).isSameAs(job));
	}

	private static String page(String path, int next) {
		String nextHref = (next < 6)
				? ",\"next_href\":\"http://localhost:" + server.port() + path + "?cursor=" + next + "\"" : "";
		return "{\"collection\":[{\"urn\":\"soundcloud:tracks:" + next + "\"}]" + nextHref + "}";
	}

	@Test
	void observesARetriedAndRedirectedRequestOnce() {
		server.stubFor(get(urlPathEqualTo("/me")).inScenario("s")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		server.stubFor(get(urlPathEqualTo("/me")).inScenario("s")
			.whenScenarioStateIs("up")
			.willReturn(aResponse().withStatus(303).withHeader("Location", "/users/soundcloud:users:1")));
		server.stubFor(get(urlPathEqualTo("/users/soundcloud:users:1")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		this.connector.get("/me", Map.of(), User.class);
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getName()).isEqualTo("soundcloud.client.requests");
			assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("GET /me");
			assertThat(context.getLowCardinalityKeyValue("resource").getValue()).isEqualTo("me");
			assertThat(context.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("SUCCESS");
			assertThat(context.getLowCardinalityKeyValue("auth.type").getValue()).isEqualTo("TOKEN");
			assertThat(context.getLowCardinalityKeyValue("exception").getValue()).isEqualTo("none");
			SoundCloudRequestContext request = (SoundCloudRequestContext) context;
			assertThat(request.getAttempts()).isEqualTo(3);
			assertThat(request.getRedirects()).isEqualTo(1);
		});
		assertThat(this.events).containsExactly("retry", "redirect");
	}

	@Test
	void tagsFailuresWithTheirOutcomeAndException() {
		server.stubFor(get(urlPathEqualTo("/tracks/soundcloud:tracks:9")).willReturn(aResponse().withStatus(404)));
		assertThatExceptionOfType(SoundCloudNotFoundException.class)
			.isThrownBy(() -> this.connector.get("/tracks/{track_urn}", Map.of("track_urn", "soundcloud:tracks:9"),
					User.class));
		assertThat(this.stopped).singleElement().satisfies((context) -> {
			assertThat(context.getLowCardinalityKeyValue("operation").getValue()).isEqualTo("GET /tracks/{track_urn}");
			assertThat(context.getLowCardinalityKeyValue("outcome").getValue()).isEqualTo("CLIENT_ERROR");
			assertThat(context.getLowCardinalityKeyValue("exception").getValue())
				.isEqualTo("SoundCloudNotFoundException");
			assertThat(context.getError()).isInstanceOf(SoundCloudNotFoundException.class);
		});
	}

	@Test
	void countsPagesOfLists() {
		server.stubFor(get(urlPathEqualTo("/tracks")).willReturn(okJson("{\"collection\":[]}")));
		this.connector.slice("/tracks", Map.of(), new org.springframework.util.LinkedMultiValueMap<>(),
				User.class, org.springframework.data.domain.Pageable.unpaged());
		assertThat(this.events).containsExactly("page");
	}

	@Test
	void nestsUnderTheCallersObservationAndAboveTheHttpExchanges() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		List<Observation.Context> all = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		this.registry = registry;
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				all.add(context);
			}

		});
		SoundCloudConnector traced = SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.port())
			.observationRegistry(registry)
			.restClientBuilder(org.springframework.web.client.RestClient.builder().observationRegistry(registry))
			.build();
		Observation parent = Observation.start("user.work", registry);
		try (Observation.Scope scope = parent.openScope()) {
			traced.get("/me", Map.of(), User.class);
		}
		parent.stop();
		Observation.Context soundcloud = all.stream()
			.filter((context) -> "soundcloud.client.requests".equals(context.getName()))
			.findFirst()
			.orElseThrow();
		Observation.Context http = all.stream()
			.filter((context) -> "http.client.requests".equals(context.getName()))
			.findFirst()
			.orElseThrow();
		assertThat(soundcloud.getParentObservation().getContextView().getName()).isEqualTo("user.work");
		assertThat(http.getParentObservation().getContextView().getName()).isEqualTo("soundcloud.client.requests");
	}

	@Test
	void usesAConventionOfTheApplication() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		List<String> names = new CopyOnWriteArrayList<>();
		ObservationRegistry registry = ObservationRegistry.create();
		this.registry = registry;
		registry.observationConfig().observationHandler(new ObservationHandler<>() {

			@Override
			public boolean supportsContext(Observation.Context context) {
				return true;
			}

			@Override
			public void onStop(Observation.Context context) {
				names.add(context.getName());
			}

		});
		SoundCloudConnector custom = SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.port())
			.observationRegistry(registry)
			.observationConvention(new DefaultSoundCloudRequestConvention() {

				@Override
				public String getName() {
					return "music.api.calls";
				}

			})
			.build();
		custom.get("/me", Map.of(), User.class);
		assertThat(names).containsExactly("music.api.calls");
	}

}
