package io.github.scapi.soundcloud.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.scapi.soundcloud.RateLimitedException;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudConnectorBuilder;
import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.SoundCloudForbiddenException;
import io.github.scapi.soundcloud.SoundCloudRedirectException;
import io.github.scapi.soundcloud.SoundCloudRequestBody;
import io.github.scapi.soundcloud.SoundCloudRetryPolicy;
import io.github.scapi.soundcloud.SoundCloudServerErrorException;
import io.github.scapi.soundcloud.SoundCloudTransportException;
import io.github.scapi.soundcloud.UnexpectedContentTypeException;
import io.github.scapi.soundcloud.UnexpectedResponseException;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults injected with WireMock, each case asserting the outcome (a result after N attempts,
 * or which exception), what the server saw (how many requests, which methods, which
 * credentials), and how long the connector chose to wait, on virtual time. The table of
 * cases is printed to the test report and must match {@code docs/reliability.md}.
 */
class FaultInjectionTests {

	private static final String TOKEN = "fault-token-7c1e";

	private static final String ME = "{\"urn\":\"soundcloud:users:1\",\"username\":\"ann\"}";

	private static final WireMockServer server = new WireMockServer(options().dynamicPort().dynamicHttpsPort());

	private static final List<String> table = new ArrayList<>();

	private VirtualTime time;

	@BeforeAll
	static void startServer() {
		server.start();
	}

	@AfterAll
	static void printTableAndCheckTheDocs() throws IOException {
		server.stop();
		List<String> lines = new ArrayList<>();
		lines.add("| case | method | requests | outcome |");
		lines.add("| --- | --- | --- | --- |");
		lines.addAll(table.stream().sorted().toList());
		System.out.println(String.join(System.lineSeparator(), lines));
		Path target = Path.of("target", "fault-injection-table.md");
		Files.createDirectories(target.getParent());
		Files.write(target, lines);
		String docs = Files.readString(Path.of("..", "docs", "reliability.md"));
		assertThat(lines).as("rows of docs/reliability.md (copy them from %s)", target.toAbsolutePath())
			.allSatisfy((line) -> assertThat(docs).contains(line));
	}

	@BeforeEach
	void reset() {
		server.resetAll();
		this.time = new VirtualTime(Instant.parse("2026-11-28T12:00:00Z"));
	}

	private static String httpBase() {
		return "http://localhost:" + server.port();
	}

	private SoundCloudConnector connector() {
		return connector(httpBase(), (builder) -> {
		});
	}

	private SoundCloudConnector connector(String baseUrl, Consumer<SoundCloudConnectorBuilder> customizer) {
		return connector(baseUrl, Duration.ofSeconds(5), customizer);
	}

	private SoundCloudConnector connector(String baseUrl, Duration readTimeout,
			Consumer<SoundCloudConnectorBuilder> customizer) {
		BlockingJdkClientHttpRequestFactory factory = new BlockingJdkClientHttpRequestFactory(HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build(), readTimeout);
		SoundCloudConnectorBuilder builder = SoundCloudConnector.builder()
			.baseUrl(baseUrl)
			.authenticator(new StaticTokenAuthenticator(TOKEN))
			.requestFactory(factory)
			.retryPolicy(SoundCloudRetryPolicy.DEFAULT)
			.sleeper(this.time)
			.clock(this.time)
			.random(new SplittableRandom(42));
		customizer.accept(builder);
		return builder.build();
	}

	private static void respondInSequence(String path, ResponseDefinitionBuilder... responses) {
		for (int i = 0; i < responses.length; i++) {
			String state = (i == 0) ? Scenario.STARTED : "step-" + i;
			server.stubFor(any(urlPathEqualTo(path)).inScenario(path)
				.whenScenarioStateIs(state)
				.willReturn(responses[i])
				.willSetStateTo("step-" + (i + 1)));
		}
	}

	private static ResponseDefinitionBuilder status(int status) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":" + status + ",\"message\":\"" + status + " - injected\"}");
	}

	private static List<LoggedRequest> seen() {
		return server.findAll(anyRequestedFor(anyUrl()));
	}

	private Object run(String name, HttpMethod method, Function<SoundCloudConnector, Object> call) {
		return run(name, method, connector(), call);
	}

	private Object run(String name, HttpMethod method, SoundCloudConnector connector,
			Function<SoundCloudConnector, Object> call) {
		Object outcome;
		String description;
		try {
			outcome = call.apply(connector);
			description = java.util.Optional.empty().equals(outcome) ? "no result, no error" : "result";
		}
		catch (SoundCloudException ex) {
			outcome = ex;
			description = ex.getClass().getSimpleName() + ((ex.getStatus() > 0) ? " (" + ex.getStatus() + ")" : "");
		}
		String waits = this.time.sleeps.isEmpty() ? "" : ", waited " + this.time.sleeps.stream()
			.map((sleep) -> sleep.toMillis() + " ms")
			.toList();
		// what reached the server; without a server (connection refused), the attempts made
		int attempts = seen().isEmpty() ? this.time.sleeps.size() + 1 : seen().size();
		table.add("| " + name + " | " + method + " | " + attempts + " | " + description + waits + " |");
		return outcome;
	}

	private static User me(SoundCloudConnector connector) {
		return connector.get("/me", Map.of(), User.class);
	}

	private static Object post(SoundCloudConnector connector) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("comment[body]", "nice");
		return connector.exchange(HttpMethod.POST, "/me", Map.of(), new LinkedMultiValueMap<>(),
				SoundCloudRequestBody.form(form), User.class);
	}

	@Test
	void connectionResetIsRetriedForGet() {
		respondInSequence("/me", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(ME));
		assertThat(run("connection reset, then 200", HttpMethod.GET, FaultInjectionTests::me)).isInstanceOf(User.class);
		assertThat(seen()).hasSize(2);
	}

	@Test
	void emptyResponseIsRetriedForGet() {
		respondInSequence("/me", aResponse().withFault(Fault.EMPTY_RESPONSE), okJson(ME));
		assertThat(run("empty response, then 200", HttpMethod.GET, FaultInjectionTests::me)).isInstanceOf(User.class);
		assertThat(seen()).hasSize(2);
	}

	@Test
	void malformedChunkFailsAfterThreeAttempts() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
		assertThat(run("malformed chunk, always", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(SoundCloudException.class);
		assertThat(seen()).hasSize(3);
	}

	@Test
	void randomDataThenCloseFailsAfterThreeAttempts() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
		assertThat(run("random data then close, always", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(SoundCloudTransportException.class);
		assertThat(seen()).hasSize(3);
	}

	@Test
	void delayPastTheReadTimeoutFailsAfterThreeAttempts() {
		server.stubFor(any(anyUrl()).willReturn(okJson(ME).withFixedDelay(1000)));
		SoundCloudConnector impatient = connector(httpBase(), Duration.ofMillis(100), (builder) -> {
		});
		assertThat(run("delay past the 100 ms read timeout, always", HttpMethod.GET, impatient, FaultInjectionTests::me))
			.isInstanceOfSatisfying(SoundCloudTransportException.class,
					(ex) -> assertThat(ex.getMessage()).contains("Timeout"));
		assertThat(seen()).hasSize(3);
	}

	@Test
	void postIsNeverSentTwiceAfterAConnectionReset() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThat(run("connection reset after a POST was sent", HttpMethod.POST, FaultInjectionTests::post))
			.isInstanceOf(SoundCloudTransportException.class);
		assertThat(seen()).hasSize(1);
	}

	@Test
	void postIsRetriedWhenTheConnectionWasRefused() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SoundCloudConnector refused = connector("http://localhost:" + closedPort, (builder) -> {
		});
		assertThat(run("connection refused (POST never sent)", HttpMethod.POST, refused, FaultInjectionTests::post))
			.isInstanceOf(SoundCloudTransportException.class);
		assertThat(this.time.sleeps).hasSize(2);
	}

	@Test
	void serviceUnavailableRecovers() {
		respondInSequence("/me", status(503), status(503), okJson(ME));
		assertThat(run("503, 503, then 200", HttpMethod.GET, FaultInjectionTests::me)).isInstanceOf(User.class);
		assertThat(seen()).hasSize(3);
		// full jitter: each wait lies between zero and its doubling bound
		assertThat(this.time.sleeps.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(200));
		assertThat(this.time.sleeps.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(400));
	}

	@Test
	void badGatewayThatDoesNotRecoverFailsAfterThreeAttempts() {
		server.stubFor(any(anyUrl()).willReturn(status(502)));
		assertThat(run("502, always", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOfSatisfying(SoundCloudServerErrorException.class,
					(ex) -> assertThat(ex.getApiMessages()).containsExactly("502 - injected"));
		assertThat(seen()).hasSize(3);
	}

	@Test
	void gatewayTimeoutIsRetriedForPut() {
		respondInSequence("/me", status(504), okJson(ME));
		assertThat(run("504, then 200", HttpMethod.PUT,
				(connector) -> connector.exchange(HttpMethod.PUT, "/me", Map.of(), new LinkedMultiValueMap<>(), null,
						User.class)))
			.isInstanceOf(java.util.Optional.class);
		assertThat(seen()).hasSize(2).allSatisfy((request) -> assertThat(request.getMethod().getName()).isEqualTo("PUT"));
	}

	@Test
	void internalServerErrorIsRetriedForGetOnly() {
		respondInSequence("/me", status(500), okJson(ME));
		assertThat(run("500, then 200", HttpMethod.GET, FaultInjectionTests::me)).isInstanceOf(User.class);
		assertThat(seen()).hasSize(2);
		reset();
		server.stubFor(any(anyUrl()).willReturn(status(500)));
		assertThat(run("500", HttpMethod.PUT, (connector) -> connector.exchange(HttpMethod.PUT, "/me", Map.of(),
				new LinkedMultiValueMap<>(), null, User.class)))
			.isInstanceOf(SoundCloudServerErrorException.class);
		assertThat(seen()).hasSize(1);
	}

	@Test
	void serviceUnavailableIsNotRetriedForPost() {
		server.stubFor(any(anyUrl()).willReturn(status(503)));
		assertThat(run("503", HttpMethod.POST, FaultInjectionTests::post)).isInstanceOf(SoundCloudServerErrorException.class);
		assertThat(seen()).hasSize(1);
	}

	@Test
	void rateLimitHonoursRetryAfter() {
		respondInSequence("/me", status(429).withHeader("Retry-After", "2"), okJson(ME));
		assertThat(run("429 with Retry-After: 2, then 200", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(User.class);
		assertThat(this.time.sleeps).containsExactly(Duration.ofSeconds(2));
	}

	@Test
	void rateLimitHonoursTheResetTimeInTheBody() {
		respondInSequence("/me",
				aResponse().withStatus(429)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"errors\":[{\"meta\":{\"rate_limit\":{\"bucket\":\"by-client\"},"
							+ "\"reset_time\":\"2026/11/28 12:00:03 +0000\"}}]}"),
				okJson(ME));
		assertThat(run("429 with reset_time 3 s ahead, then 200", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(User.class);
		assertThat(this.time.sleeps).containsExactly(Duration.ofSeconds(3));
	}

	@Test
	void longRateLimitsAreReportedNotWaitedFor() {
		server.stubFor(any(anyUrl()).willReturn(status(429).withHeader("Retry-After", "3600")));
		assertThat(run("429 with Retry-After: 3600", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOfSatisfying(RateLimitedException.class, (ex) -> assertThat(ex.getResetTime())
				.hasValue(Instant.parse("2026-11-28T13:00:00Z")));
		assertThat(seen()).hasSize(1);
	}

	@Test
	void htmlBadGatewayFromTheCdnIsSummarised() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(5000)
					+ "</body></html>")));
		assertThat(run("HTML 502 from the CDN, always", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOfSatisfying(SoundCloudServerErrorException.class, (ex) -> {
				assertThat(ex.getApiMessages()).containsExactly("502 Bad Gateway");
				assertThat(ex.getMessage()).hasSizeLessThan(400);
			});
		assertThat(seen()).hasSize(3);
	}

	@Test
	void invalidJsonIsNotRetried() {
		server.stubFor(any(anyUrl()).willReturn(okJson("{\"urn\": ")));
		assertThat(run("200 with invalid JSON", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(UnexpectedResponseException.class);
		assertThat(seen()).hasSize(1);
	}

	@Test
	void wrongContentTypeIsReported() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><title>Sign in</title></html>")));
		assertThat(run("200 with text/html", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOfSatisfying(UnexpectedContentTypeException.class,
					(ex) -> assertThat(ex.getApiMessages()).containsExactly("Sign in"));
	}

	@Test
	void anInvalidContentTypeIsReportedTyped() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "json; charset")
			.withBody(ME)));
		assertThat(run("200 with Content-Type: json; charset", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOfSatisfying(UnexpectedContentTypeException.class,
					(ex) -> assertThat(ex.getMessage()).contains("not a media type"));
	}

	@Test
	void anErrorWithAnInvalidContentTypeIsStillTyped() {
		server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "/")
			.withBody("{\"code\":403,\"message\":\"no\"}")));
		assertThat(run("403 with Content-Type: /", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(SoundCloudForbiddenException.class);
	}

	@Test
	void aBodyCutOffMidwayIsRetriedForGet() {
		respondInSequence("/me",
				aResponse().withStatus(200).withHeader("Content-Type", "application/json")
					.withHeader("Content-Length", "500")
					.withBody("{\"urn\":\"soundcloud:users:1\",\"user"),
				okJson(ME));
		assertThat(run("200 whose body is cut off midway, then 200", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOf(User.class);
		assertThat(seen()).hasSize(2);
	}

	@Test
	void aBodyOverTheResponseSizeIsRefusedNotRetried() {
		String title = "x".repeat(100_000);
		StringBuilder page = new StringBuilder("{\"collection\":[");
		for (int i = 0; i < 50; i++) {
			page.append((i > 0) ? "," : "").append("{\"urn\":\"soundcloud:tracks:").append(i).append("\",\"title\":\"")
				.append(title).append("\"}");
		}
		server.stubFor(any(anyUrl()).willReturn(okJson(page.append("]}").toString())));
		Object outcome = run("200 with a 5 MB page, 4 MB allowed", HttpMethod.GET, (connector) -> connector
			.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), io.github.scapi.soundcloud.model.Track.class,
					org.springframework.data.domain.PageRequest.of(0, 50)));
		assertThat(outcome).isInstanceOfSatisfying(UnexpectedResponseException.class,
				(ex) -> assertThat(ex.getMessage()).contains("soundcloud.http.max-response-size"));
	}

	@Test
	void aPageWithMoreItemsThanTheApiEverSendsIsRefused() {
		StringBuilder page = new StringBuilder("{\"collection\":[");
		for (int i = 0; i < 201; i++) {
			page.append((i > 0) ? "," : "").append("{\"urn\":\"soundcloud:tracks:").append(i).append("\"}");
		}
		server.stubFor(any(anyUrl()).willReturn(okJson(page.append("]}").toString())));
		Object outcome = run("200 with a page of 201 items", HttpMethod.GET, (connector) -> connector.slice("/tracks",
				Map.of(), new LinkedMultiValueMap<>(), io.github.scapi.soundcloud.model.Track.class,
				org.springframework.data.domain.PageRequest.of(0, 200)));
		assertThat(outcome).isInstanceOfSatisfying(UnexpectedResponseException.class,
				(ex) -> assertThat(ex.getMessage()).contains("at most 200 items"));
	}

	@Test
	void aStringLongerThanTheParserAllowsIsRefused() {
		server.stubFor(any(anyUrl()).willReturn(okJson(
				"{\"urn\":\"soundcloud:users:1\",\"description\":\"" + "y".repeat(1_100_000) + "\"}")));
		Object outcome = run("200 with a 1.1 MB JSON string", HttpMethod.GET, FaultInjectionTests::me);
		assertThat(outcome).isInstanceOfSatisfying(UnexpectedResponseException.class,
				(ex) -> assertThat(ex.getMessage()).contains("limits"));
	}

	@Test
	void redirectLoopsAreDetected() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(302).withHeader("Location", "/a")));
		server.stubFor(any(urlPathEqualTo("/a")).willReturn(aResponse().withStatus(302).withHeader("Location", "/me")));
		assertThat(run("redirect loop /me -> /a -> /me", HttpMethod.GET, FaultInjectionTests::me))
			.isInstanceOfSatisfying(SoundCloudRedirectException.class,
					(ex) -> assertThat(ex.getMessage()).contains("redirect loop"));
		assertThat(seen()).hasSize(2);
	}

	@Test
	void atMostFiveRedirectsAreFollowed() {
		for (int hop = 0; hop < 6; hop++) {
			server.stubFor(any(urlPathEqualTo("/hop" + hop))
				.willReturn(aResponse().withStatus(307).withHeader("Location", "/hop" + (hop + 1))));
		}
		assertThat(run("six 307 redirects", HttpMethod.GET,
				(connector) -> connector.get("/hop0", Map.of(), User.class)))
			.isInstanceOfSatisfying(SoundCloudRedirectException.class,
					(ex) -> assertThat(ex.getMessage()).contains("more than 5 redirects"));
		assertThat(seen()).hasSize(6);
	}

	@Test
	void crossOriginRedirectCarriesNoCredentials() {
		String foreign = "http://127.0.0.1:" + server.port() + "/elsewhere";
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(302).withHeader("Location", foreign)));
		server.stubFor(any(urlPathEqualTo("/elsewhere")).willReturn(okJson(ME)));
		assertThat(run("302 to another origin", HttpMethod.GET, FaultInjectionTests::me)).isInstanceOf(User.class);
		assertThat(seen()).hasSize(2);
		LoggedRequest first = seen().get(0);
		LoggedRequest second = seen().get(1);
		assertThat(first.getHeader("Authorization")).isEqualTo("OAuth " + TOKEN);
		assertThat(second.getHost()).isEqualTo("127.0.0.1");
		assertThat(second.containsHeader("Authorization")).isFalse();
		assertThat(second.containsHeader("Cookie")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void aChainThatLeftTheApiNeverCarriesCredentialsAgain(int status) {
		String foreign = "http://127.0.0.1:" + server.port() + "/bounce";
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(status).withHeader("Location", foreign)));
		server.stubFor(any(urlPathEqualTo("/bounce"))
			.willReturn(aResponse().withStatus(status).withHeader("Location", httpBase() + "/private")));
		server.stubFor(any(urlPathEqualTo("/private")).willReturn(okJson(ME)));
		run(status + " to another origin and back to the API", HttpMethod.GET, FaultInjectionTests::me);
		assertThat(seen()).extracting(LoggedRequest::getUrl).containsExactly("/me", "/bounce", "/private");
		assertThat(seen().get(0).getHeader("Authorization")).isEqualTo("OAuth " + TOKEN);
		assertThat(seen().get(1).containsHeader("Authorization")).isFalse();
		assertThat(seen().get(2).containsHeader("Authorization")).as("back on the API after a foreign hop").isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 301, 302, 303, 307, 308 })
	void aDownloadFromAForeignUrlNeverCarriesCredentialsToTheApi(int status) {
		String foreign = "http://127.0.0.1:" + server.port() + "/file";
		server.stubFor(any(urlPathEqualTo("/file"))
			.willReturn(aResponse().withStatus(status).withHeader("Location", httpBase() + "/me")));
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(okJson(ME)));
		run("download " + status + " from another origin to the API", HttpMethod.GET,
				(connector) -> connector.download(java.net.URI.create(foreign), (body) -> body.readAllBytes().length));
		assertThat(seen()).extracting(LoggedRequest::getUrl).containsExactly("/file", "/me");
		assertThat(seen()).allSatisfy((request) -> assertThat(request.containsHeader("Authorization")).isFalse());
	}

	@Test
	void aNextHrefThatLeadsToItselfStopsTheWalk() {
		String self = httpBase() + "/users/soundcloud:users:1/tracks?cursor=same";
		server.stubFor(any(urlPathEqualTo("/users/soundcloud:users:1/tracks")).willReturn(okJson(
				"{\"collection\":[{\"urn\":\"soundcloud:tracks:1\"}],\"next_href\":\"" + self + "\"}")));
		Object outcome = run("next_href equal to the page's own URL", HttpMethod.GET, (connector) -> walk(connector));
		assertThat(outcome).isInstanceOf(UnexpectedResponseException.class);
		assertThat(((Exception) outcome).getMessage()).contains("cursor loop");
		assertThat(seen()).hasSize(2);
	}

	@Test
	void nextHrefsThatCycleStopTheWalk() {
		String a = httpBase() + "/users/soundcloud:users:1/tracks?cursor=a";
		String b = httpBase() + "/users/soundcloud:users:1/tracks?cursor=b";
		server.stubFor(any(urlPathEqualTo("/users/soundcloud:users:1/tracks")).willReturn(okJson(page(a))));
		server.stubFor(any(urlPathEqualTo("/users/soundcloud:users:1/tracks")).withQueryParam("cursor", equalTo("a"))
			.willReturn(okJson(page(b))));
		server.stubFor(any(urlPathEqualTo("/users/soundcloud:users:1/tracks")).withQueryParam("cursor", equalTo("b"))
			.willReturn(okJson(page(a))));
		Object outcome = run("next_href cycle a -> b -> a", HttpMethod.GET, (connector) -> walk(connector));
		assertThat(outcome).isInstanceOf(UnexpectedResponseException.class);
		assertThat(((Exception) outcome).getMessage()).contains("cursor loop");
		assertThat(seen()).hasSize(3);
	}

	private static String page(String nextHref) {
		return "{\"collection\":[{\"urn\":\"soundcloud:tracks:1\"}],\"next_href\":\"" + nextHref + "\"}";
	}

	private static long walk(SoundCloudConnector connector) {
		try (java.util.stream.Stream<io.github.scapi.soundcloud.model.Track> tracks = connector.stream(
				"/users/{user_urn}/tracks", Map.of("user_urn", "soundcloud:users:1"), new LinkedMultiValueMap<>(),
				io.github.scapi.soundcloud.model.Track.class)) {
			return tracks.limit(1000).count();
		}
	}

	@Test
	void headersMeantForTheApiStayAtTheApiOnARedirect() {
		String foreign = "http://127.0.0.1:" + server.port();
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(302).withHeader("Location",
				foreign + "/elsewhere")));
		server.stubFor(any(urlPathEqualTo("/elsewhere")).willReturn(okJson(ME)));
		run("302 to another origin, application header", HttpMethod.GET, connector(httpBase(), internalKey()),
				FaultInjectionTests::me);
		assertThat(seen()).extracting(LoggedRequest::getUrl).containsExactly("/me", "/elsewhere");
		assertThat(seen().get(0).getHeader("X-Internal-Api-Key")).isEqualTo("internal-7f3a");
		assertThat(seen().get(1).containsHeader("X-Internal-Api-Key")).isFalse();
		assertThat(seen().get(1).getHeader("User-Agent")).startsWith("soundcloud-spring-boot-starter/");
	}

	@Test
	void headersMeantForTheApiStayAtTheApiOnADownload() {
		server.stubFor(any(urlPathEqualTo("/audio.mp3")).willReturn(aResponse().withStatus(200).withBody("ID3")));
		run("download from another origin, application header", HttpMethod.GET, connector(httpBase(), internalKey()),
				(connector) -> connector.download(java.net.URI.create("http://127.0.0.1:" + server.port() + "/audio.mp3"),
						(body) -> body.readAllBytes().length));
		assertThat(seen()).singleElement().satisfies((request) -> {
			assertThat(request.containsHeader("X-Internal-Api-Key")).isFalse();
			assertThat(request.getHeader("User-Agent")).startsWith("soundcloud-spring-boot-starter/");
		});
	}

	/** What an application-wide {@code RestClientCustomizer} may add to every request. */
	private static Consumer<SoundCloudConnectorBuilder> internalKey() {
		return (builder) -> builder.restClientBuilder(
				org.springframework.web.client.RestClient.builder().defaultHeader("X-Internal-Api-Key", "internal-7f3a"));
	}

	@Test
	void httpsToHttpRedirectIsRefused() {
		String insecure = "http://localhost:" + server.port() + "/me";
		server.stubFor(any(urlPathEqualTo("/secure")).willReturn(aResponse().withStatus(302).withHeader("Location", insecure)));
		SoundCloudConnector overTls = connector("https://localhost:" + server.httpsPort(),
				(builder) -> builder.requestFactory(TrustingTls.requestFactory()));
		assertThat(run("302 from HTTPS to HTTP", HttpMethod.GET, overTls,
				(connector) -> connector.get("/secure", Map.of(), User.class)))
			.isInstanceOfSatisfying(SoundCloudRedirectException.class,
					(ex) -> assertThat(ex.getMessage()).contains("downgrade"));
		assertThat(seen()).hasSize(1);
	}

	@Test
	void seeOtherAfterPostGetsTheLocationWithoutTheBody() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(303).withHeader("Location", "/users/1")));
		server.stubFor(any(urlPathEqualTo("/users/1")).willReturn(okJson(ME)));
		assertThat(run("303 after POST", HttpMethod.POST, FaultInjectionTests::post)).isInstanceOf(java.util.Optional.class);
		assertThat(seen()).extracting((request) -> request.getMethod().getName()).containsExactly("POST", "GET");
		assertThat(seen().get(1).getBodyAsString()).isEmpty();
	}

	@Test
	void createdWithLocationAndBodyUsesTheBody() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(201)
			.withHeader("Location", "/users/1")
			.withHeader("Content-Type", "application/json")
			.withBody(ME)));
		Object result = run("201 with Location and body", HttpMethod.POST, FaultInjectionTests::post);
		assertThat(result).isEqualTo(java.util.Optional.of(me(ME)));
		assertThat(seen()).hasSize(1);
	}

	@Test
	void createdWithLocationOnlyGetsTheLocation() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(201).withHeader("Location", "/users/1")));
		server.stubFor(any(urlPathEqualTo("/users/1")).willReturn(okJson(ME)));
		assertThat(run("201 with Location, no body", HttpMethod.POST, FaultInjectionTests::post))
			.isEqualTo(java.util.Optional.of(me(ME)));
		assertThat(seen()).extracting((request) -> request.getMethod().getName()).containsExactly("POST", "GET");
	}

	@Test
	void createdWithoutLocationHasNoResultAndNoError() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(201)));
		assertThat(run("201 without Location or body", HttpMethod.POST, FaultInjectionTests::post))
			.isEqualTo(java.util.Optional.empty());
		assertThat(seen()).hasSize(1);
	}

	@Test
	void temporaryRedirectRepeatsMethodAndBody() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(307).withHeader("Location", "/v2/me")));
		server.stubFor(any(urlPathEqualTo("/v2/me")).willReturn(okJson(ME)));
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("user[description]", "Hi, it's me & you");
		run("307 for PUT with a form", HttpMethod.PUT, (connector) -> connector.exchange(HttpMethod.PUT, "/me",
				Map.of(), new LinkedMultiValueMap<>(), SoundCloudRequestBody.form(form), User.class));
		assertThat(seen()).extracting((request) -> request.getMethod().getName()).containsExactly("PUT", "PUT");
		assertThat(seen().get(1).getBodyAsString()).isEqualTo(seen().get(0).getBodyAsString())
			.contains("user%5Bdescription%5D=");
	}

	@Test
	void foundIsNotFollowedForPost() {
		server.stubFor(any(urlPathEqualTo("/me")).willReturn(aResponse().withStatus(302).withHeader("Location", "/x")));
		assertThat(run("302 after POST", HttpMethod.POST, FaultInjectionTests::post))
			.isInstanceOf(SoundCloudRedirectException.class);
		assertThat(seen()).hasSize(1);
	}

	@Test
	void locationOutsideTheBasePathIsRejected() {
		server.stubFor(any(urlPathEqualTo("/api/me")).willReturn(aResponse().withStatus(302).withHeader("Location", "/admin")));
		SoundCloudConnector based = connector(httpBase() + "/api", (builder) -> {
		});
		assertThat(run("302 outside the base path", HttpMethod.GET, based, FaultInjectionTests::me))
			.isInstanceOfSatisfying(SoundCloudRedirectException.class,
					(ex) -> assertThat(ex.getMessage()).contains("base path /api"));
		assertThat(seen()).hasSize(1);
	}

	@Test
	void theDeadlineEndsRetriesEarly() {
		server.stubFor(any(anyUrl()).willReturn(status(503)));
		SoundCloudConnector impatient = connector(httpBase(), (builder) -> builder
			.retryPolicy(new SoundCloudRetryPolicy(10, Duration.ofSeconds(4), Duration.ofSeconds(60), Duration.ofSeconds(10))));
		assertThat(run("503 always, 10 attempts allowed, 10 s deadline", HttpMethod.GET, impatient,
				FaultInjectionTests::me))
			.isInstanceOf(SoundCloudServerErrorException.class);
		Duration waited = this.time.sleeps.stream().reduce(Duration.ZERO, Duration::plus);
		assertThat(waited).isLessThanOrEqualTo(Duration.ofSeconds(10));
		assertThat(seen()).hasSizeLessThan(10);
	}

	@Test
	void aBodyTrickledPastTheDeadlineIsCutOffThere() {
		// every byte arrives well within the 5 s read timeout, but the whole takes 20 s
		server.stubFor(any(anyUrl()).willReturn(
				okJson("{\"urn\":\"soundcloud:users:1\",\"description\":\"" + "z".repeat(4000) + "\"}")
					.withChunkedDribbleDelay(40, 20_000)));
		SoundCloudConnector impatient = connector(httpBase(), (builder) -> builder
			.retryPolicy(new SoundCloudRetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(10), Duration.ofSeconds(2))));
		long started = System.nanoTime();
		Object outcome = run("JSON trickled over 20 s, 2 s deadline", HttpMethod.GET, impatient,
				FaultInjectionTests::me);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		assertThat(outcome).isInstanceOfSatisfying(SoundCloudTransportException.class,
				(ex) -> assertThat(ex.getMessage()).contains("deadline"));
	}

	@Test
	void aCompleteBodyWhoseRestTricklesIsNotWaitedFor() {
		server.stubFor(any(anyUrl()).willReturn(okJson(ME + " ".repeat(4000)).withChunkedDribbleDelay(40, 20_000)));
		long started = System.nanoTime();
		Object outcome = run("complete JSON, then the rest trickled over 20 s", HttpMethod.GET, FaultInjectionTests::me);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
		assertThat(outcome).isInstanceOf(User.class);
	}

	private static User me(String json) {
		return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, User.class);
	}

}
