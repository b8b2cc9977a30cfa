package io.github.scapi.soundcloud.test.scaling;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.scapi.soundcloud.RateLimitedException;
import io.github.scapi.soundcloud.jdbc.JdbcTokenStore;
import com.zaxxer.hikari.HikariDataSource;
import io.github.scapi.soundcloud.repository.TrackRepository;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One instance of an application that uses the starter with shared state, run as a JVM of
 * its own by {@link ManyInstancesTests}: it starts from the arguments (Spring properties),
 * prints {@code @@ READY}, then runs the commands it reads from standard input with 16
 * threads and prints one {@code @@ DONE ...} line per command.
 *
 * @author scapi contributors
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SharedStateInstance {

	static final int THREADS = 16;

	/**
	 * The pool Spring Boot's JDBC starter would make from {@code spring.datasource.*}; this
	 * module's other tests must not get one, so the instance makes it from
	 * {@code instance.jdbc-url}.
	 */
	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(Environment environment) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(environment.getRequiredProperty("instance.jdbc-url"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	public static void main(String[] args) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SharedStateInstance.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args);
		TrackRepository tracks = context.getBean(TrackRepository.class);
		say("READY");
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			String[] command = line.strip().split(" ");
			switch (command[0]) {
				case "calls" -> run(threads, Integer.parseInt(command[1]) * THREADS,
						() -> tracks.findById(command[2]).orElseThrow());
				case "plays" -> run(threads, Integer.parseInt(command[1]), () -> tracks.playableUrl(command[2]));
				case "hold" -> {
					// takes the token lock and keeps it until the process is killed or stopped
					context.getBean(JdbcTokenStore.class).coordinate("soundcloud", command[1], () -> {
						say("HOLDING");
						try {
							Thread.sleep(Long.MAX_VALUE);
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
						return null;
					});
				}
				case "exit" -> {
					threads.shutdownNow();
					context.close();
					System.exit(0);
				}
				default -> say("UNKNOWN " + line);
			}
		}
		System.exit(0);
	}

	/**
	 * Make {@code total} calls on 16 threads at once and print how they ended.
	 */
	private static void run(ExecutorService threads, int total, Runnable call) throws Exception {
		AtomicInteger remaining = new AtomicInteger(total);
		AtomicLong ok = new AtomicLong();
		AtomicLong limited = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicReference<String> reset = new AtomicReference<>("-");
		AtomicReference<String> failure = new AtomicReference<>("-");
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			futures.add(threads.submit(() -> {
				while (remaining.getAndDecrement() > 0) {
					try {
						call.run();
						ok.incrementAndGet();
					}
					catch (RateLimitedException ex) {
						limited.incrementAndGet();
						ex.getResetTime().ifPresent((time) -> reset.set(String.valueOf(time.getEpochSecond())));
					}
					catch (RuntimeException ex) {
						failed.incrementAndGet();
						failure.compareAndSet("-", ex.getClass().getSimpleName() + ":" + ex.getMessage());
					}
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get(2, TimeUnit.MINUTES);
		}
		say("DONE ok=" + ok + " limited=" + limited + " failed=" + failed + " reset=" + reset + " failure="
				+ failure.get().replace('\n', ' '));
	}

	private static void say(String line) {
		System.out.println("@@ " + line);
		System.out.flush();
	}

}
