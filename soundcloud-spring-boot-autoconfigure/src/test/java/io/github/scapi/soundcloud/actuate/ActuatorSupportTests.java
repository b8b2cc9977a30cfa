package io.github.scapi.soundcloud.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudActuatorAutoConfiguration;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

class ActuatorSupportTests {

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class,
				SoundCloudActuatorAutoConfiguration.class))
		.withPropertyValues("soundcloud.auth.token.value=s3cr3t-token");

	@BeforeAll
	static void start() {
		server.start();
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@BeforeEach
	void reset() {
		server.resetAll();
	}

	@Test
	void addsNoHealthIndicatorUnlessAskedBecauseChecksSpendRateLimit() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(SoundCloudHealthIndicator.class)
			.hasSingleBean(SoundCloudInfoContributor.class));
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(SoundCloudHealthIndicator.class));
	}

	@Test
	void addsTheHealthIndicatorWhenSwitchedOnWhereBootsIndicatorsAre() {
		this.contextRunner.withPropertyValues("management.health.soundcloud.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(SoundCloudHealthIndicator.class));
	}

	@Test
	void stillHonoursTheDeprecatedSwitch() {
		this.contextRunner.withPropertyValues("soundcloud.health.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(SoundCloudHealthIndicator.class));
	}

	@Test
	void theNewSwitchWinsOverTheDeprecatedOne() {
		this.contextRunner
			.withPropertyValues("management.health.soundcloud.enabled=false", "soundcloud.health.enabled=true")
			.run((context) -> assertThat(context).doesNotHaveBean(SoundCloudHealthIndicator.class));
		this.contextRunner
			.withPropertyValues("management.health.soundcloud.enabled=true", "soundcloud.health.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(SoundCloudHealthIndicator.class));
	}

	@Test
	void reusesAResultForTheCacheDuration() {
		server.stubFor(get(anyUrl()).willReturn(okJson("{\"collection\":[]}")));
		MutableClock clock = new MutableClock();
		SoundCloudHealthIndicator indicator = new SoundCloudHealthIndicator(connector(), Duration.ofMinutes(1), clock);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		server.verify(1, getRequestedFor(anyUrl()));
		clock.now = clock.now.plusSeconds(61);
		indicator.health();
		server.verify(2, getRequestedFor(anyUrl()));
	}

	@Test
	void isDownWhenTheCredentialsAreRejectedWithoutShowingThem() {
		server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(401)));
		Health health = new SoundCloudHealthIndicator(connector(), Duration.ZERO, Clock.systemUTC()).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(String.valueOf(health.getDetails().get("error"))).startsWith("credentials rejected");
		assertThat(health.getDetails().toString()).doesNotContain("s3cr3t-token");
	}

	@Test
	void contributesVersionBaseUrlAndAuthTypeToInfo() {
		this.contextRunner.withPropertyValues("soundcloud.api.base-url=https://api.example.com/v1").run((context) -> {
			Info.Builder builder = new Info.Builder();
			context.getBean(SoundCloudInfoContributor.class).contribute(builder);
			@SuppressWarnings("unchecked")
			Map<String, Object> soundcloud = (Map<String, Object>) builder.build().getDetails().get("soundcloud");
			assertThat(soundcloud).containsEntry("baseUrl", "https://api.example.com/v1")
				.containsEntry("authType", "TOKEN")
				.containsKey("version");
			assertThat(soundcloud.toString()).doesNotContain("s3cr3t-token");
		});
	}

	private SoundCloudConnector connector() {
		return SoundCloudConnector.builder()
			.baseUrl("http://localhost:" + server.port())
			.authenticator(new StaticTokenAuthenticator("s3cr3t-token"))
			.build();
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-11-28T00:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
