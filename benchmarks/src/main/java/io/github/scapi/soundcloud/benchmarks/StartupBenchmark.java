package io.github.scapi.soundcloud.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up cost of the starter: the first {@code SpringApplication.run} in a fresh JVM (what a
 * user waits for), of the same application with the starter's auto-configuration and without it
 * (excluded through {@code spring.autoconfigure.exclude}; the class path is the same). With the
 * starter the application is configured for OAuth 2.1 client credentials, the set-up SoundCloud
 * asks every application for, so Spring Security's OAuth2 client is part of the cost. Nothing is
 * sent: tokens are only obtained for the first request. Each fork measures one cold start, and
 * many forks give the spread. Goal: with - without ≤ 50 ms.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(30)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class StartupBenchmark {

	@Param({ "with", "without" })
	public String starter;

	@Benchmark
	public ConfigurableApplicationContext run() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn");
		if ("with".equals(this.starter)) {
			application.properties("soundcloud.auth.oauth2.client-id=benchmark-client",
					"soundcloud.auth.oauth2.client-secret=benchmark-secret");
		}
		else {
			application.properties("spring.autoconfigure.exclude="
					+ "io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration,"
					+ "io.github.scapi.soundcloud.autoconfigure.SoundCloudActuatorAutoConfiguration");
		}
		try (ConfigurableApplicationContext context = application.run()) {
			return context;
		}
	}

	/** An application with nothing of its own: whatever auto-configuration the class path brings. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
