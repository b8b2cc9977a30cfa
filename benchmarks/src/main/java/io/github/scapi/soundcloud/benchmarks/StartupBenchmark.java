package io.github.scapi.soundcloud.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up cost of the starter: the first {@code SpringApplication.run} in a fresh JVM (what a
 * user waits for), of the same application with the starter's auto-configuration and without it
 * (all four of its auto-configurations excluded through {@code spring.autoconfigure.exclude}; the
 * class path is the same). With the starter the application is configured for OAuth 2.1 client
 * credentials, the set-up SoundCloud asks every application for, so Spring Security's OAuth2
 * client is part of the cost. Nothing is sent: tokens are only obtained for the first request.
 * <p>
 * Measured in pairs: every iteration starts two fresh JVMs one after the other, one with and one
 * without the starter (which goes first alternates), each timing its own {@code run()}. Cold
 * starts on a shared machine drift by more than the goal over a few minutes; a pair shares the
 * drift, so their difference does not. The secondary results {@code addedMs} (with − without),
 * {@code withMs} and {@code withoutMs} carry the figures of each pair. JMH adds event counters up
 * over the iterations (and prints negative values as "≈ 0"), so {@code ratios.py} averages the
 * per-iteration values in the JSON's {@code rawData} and computes their 99.9 % error; the primary
 * score is only the time a pair took. Goal (issue 15): mean {@code addedMs} ≤ 30.
 * <p>
 * {@code -p beans=lazy} is a diagnostic, not the product: the "with" side marks every bean
 * definition of the starter lazy, so none of its beans is made and what is left is the cost of
 * having its auto-configurations at all (reading them, evaluating their conditions, registering
 * and type-matching their bean definitions, binding what the conditions read). It bounds what
 * making the starter's beans lazy could save.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 40)
@State(Scope.Benchmark)
public class StartupBenchmark {

	/** {@code eager}: the starter as users get it; {@code lazy}: its beans never made (a diagnostic). */
	@Param("eager")
	public String beans;

	private int pairs;

	@Benchmark
	public void pair(Times times) throws Exception {
		boolean withFirst = (this.pairs++ % 2) == 0;
		String with = "lazy".equals(this.beans) ? "with-lazy-beans" : "with";
		long first = child(withFirst ? with : "without");
		long second = child(withFirst ? "without" : with);
		times.withMs = withFirst ? first : second;
		times.withoutMs = withFirst ? second : first;
		times.addedMs = times.withMs - times.withoutMs;
	}

	/** One cold start in a new JVM on this class path: its own {@code run()} time in ms. */
	private static long child(String side) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				StartupBenchmark.class.getName(), side)
			.redirectErrorStream(true)
			.start();
		String last = null;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				last = line;
			}
		}
		if (process.waitFor() != 0 || last == null || !last.startsWith("run-ms ")) {
			throw new IllegalStateException("the start-up child failed: " + last);
		}
		return Long.parseLong(last.substring("run-ms ".length()).strip());
	}

	/** The figures of one pair, reported by JMH as secondary results. */
	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Times {

		/** Start-up with the starter minus without it, in ms. */
		public long addedMs;

		/** Start-up with the starter, in ms. */
		public long withMs;

		/** Start-up without the starter, in ms. */
		public long withoutMs;

		@Setup(Level.Iteration)
		public void clear() {
			this.addedMs = 0;
			this.withMs = 0;
			this.withoutMs = 0;
		}

	}

	/**
	 * The child: one {@code SpringApplication.run}, timed, then printed as the last line.
	 * @param args {@code with}, {@code with-lazy-beans} or {@code without}
	 */
	public static void main(String[] args) {
		long start = System.nanoTime();
		SpringApplicationBuilder application = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn");
		if ("with-lazy-beans".equals(args[0])) {
			application.initializers(new LazyStarterBeans());
		}
		if (!"without".equals(args[0])) {
			application.properties("soundcloud.auth.oauth2.client-id=benchmark-client",
					"soundcloud.auth.oauth2.client-secret=benchmark-secret");
		}
		else {
			// every auto-configuration the starter lists, so that the parsing of all of them and
			// the evaluation of their conditions count as the starter's (until session 5 the
			// sign-in and JDBC ones were left in, and counted on both sides)
			application.properties("spring.autoconfigure.exclude="
					+ "io.github.scapi.soundcloud.autoconfigure.SoundCloudAutoConfiguration,"
					+ "io.github.scapi.soundcloud.autoconfigure.SoundCloudActuatorAutoConfiguration,"
					+ "io.github.scapi.soundcloud.autoconfigure.SoundCloudSignInAutoConfiguration,"
					+ "io.github.scapi.soundcloud.autoconfigure.SoundCloudJdbcAutoConfiguration");
		}
		try (ConfigurableApplicationContext context = application.run()) {
			long elapsed = System.nanoTime() - start;
			System.out.println("run-ms " + TimeUnit.NANOSECONDS.toMillis(elapsed));
		}
	}

	/** Marks every bean definition the starter's auto-configurations registered lazy. */
	static final class LazyStarterBeans
			implements ApplicationContextInitializer<ConfigurableApplicationContext>, BeanFactoryPostProcessor {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.addBeanFactoryPostProcessor(this);
		}

		private static final String STARTER = "io.github.scapi.soundcloud.";

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			int lazy = 0;
			for (String name : beanFactory.getBeanDefinitionNames()) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				String factoryBean = definition.getFactoryBeanName();
				String declaredBy = (factoryBean != null) ? beanFactory.getBeanDefinition(factoryBean).getBeanClassName()
						: definition.getBeanClassName();
				if (declaredBy != null && declaredBy.startsWith(STARTER)) {
					definition.setLazyInit(true);
					lazy++;
				}
			}
			if (lazy == 0) {
				throw new IllegalStateException("no bean definition of the starter found to make lazy");
			}
		}

	}

	/** An application with nothing of its own: whatever auto-configuration the class path brings. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

	}

}
