package io.github.scapi.soundcloud;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.model.Track;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A hostile or broken server cannot forge log lines: control characters, line breaks and
 * bidirectional overrides in what the API says reach exception messages, API messages and
 * log lines escaped, never raw.
 */
class LogForgingTests {

	private static final String FORGED = "bad request\r\n2026-01-01 INFO [main] user admin signed in\u001b[2J\u202e";

	private static final String ESCAPED = "bad request\\r\\n2026-01-01 INFO [main] user admin signed in\\u001B[2J\\u202E";

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final Logger retryLogger = (Logger) LoggerFactory.getLogger("io.github.scapi.soundcloud.retry");

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private Level previousLevel;

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void captureRetryLog() {
		server.resetAll();
		this.previousLevel = this.retryLogger.getLevel();
		this.retryLogger.setLevel(Level.DEBUG);
		this.logged.start();
		this.retryLogger.addAppender(this.logged);
	}

	@AfterEach
	void restoreRetryLog() {
		this.retryLogger.detachAppender(this.logged);
		this.retryLogger.setLevel(this.previousLevel);
	}

	private SoundCloudConnector connector() {
		return SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.port())
			.retryPolicy(new SoundCloudRetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofSeconds(5)))
			.sleeper((duration) -> {
			})
			.build();
	}

	@Test
	void currentErrorBodiesAreEscaped() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":400,\"message\":\"" + json(FORGED) + "\"}")));
		SoundCloudClientErrorException ex = catchThrowableOfType(SoundCloudClientErrorException.class,
				() -> connector().get("/tracks/{id}", Map.of("id", "1"), Track.class));
		assertThat(ex.getApiMessages()).containsExactly(ESCAPED);
		assertEscaped(ex.getMessage());
		assertThat(ex.getMessage()).contains(ESCAPED);
	}

	@Test
	void legacyErrorBodiesAndErrorCodesAreEscaped() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errors\":[{\"error_message\":\"" + json(FORGED) + "\"},\"line\\none\"]}")));
		SoundCloudException ex = catchThrowableOfType(SoundCloudException.class,
				() -> connector().get("/tracks/{id}", Map.of("id", "1"), Track.class));
		assertThat(ex.getApiMessages()).containsExactly(ESCAPED, "line\\none");
		assertEscaped(ex.getMessage());

		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid\\u0000code\\u0085\\u2028x\"}")));
		ex = catchThrowableOfType(SoundCloudException.class,
				() -> connector().get("/tracks/{id}", Map.of("id", "1"), Track.class));
		assertThat(ex.getApiMessages()).containsExactly("invalid\\u0000code\\u0085\\u2028x");
		assertEscaped(ex.getMessage());
	}

	@Test
	void summariesOfHtmlPagesAreEscaped() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><title>Not found\u001b[31m\u202e evil</title></html>")));
		SoundCloudException ex = catchThrowableOfType(SoundCloudException.class,
				() -> connector().get("/tracks/{id}", Map.of("id", "1"), Track.class));
		assertThat(ex.getApiMessages()).containsExactly("Not found\\u001B[31m\\u202E evil");
		assertEscaped(ex.getMessage());
	}

	@Test
	void retryLogLinesAreEscaped() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"" + json(FORGED) + "\"}")));
		SoundCloudServerErrorException ex = catchThrowableOfType(SoundCloudServerErrorException.class,
				() -> connector().get("/tracks/{id}", Map.of("id", "1"), Track.class));
		assertEscaped(ex.getMessage());
		List<String> lines = this.logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lines).isNotEmpty().allSatisfy(LogForgingTests::assertEscaped);
		assertThat(lines).anySatisfy((line) -> assertThat(line).contains(ESCAPED));
	}

	private static void assertEscaped(String text) {
		assertThat(text.codePoints()).noneMatch((c) -> Character.isISOControl(c)
				|| Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029');
	}

	private static String json(String text) {
		StringBuilder json = new StringBuilder();
		for (char c : text.toCharArray()) {
			json.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return json.toString();
	}

}
