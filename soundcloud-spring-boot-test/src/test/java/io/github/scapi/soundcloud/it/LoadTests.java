package io.github.scapi.soundcloud.it;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.sun.management.UnixOperatingSystemMXBean;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.SoundCloudRetryPolicy;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.SoundCloudUserRepository;
import io.github.scapi.soundcloud.repository.TrackRepository;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 16 threads × 2,000 mixed calls against the fake, with 5 % of the exchanges failing on
 * purpose (connection resets, 503s, 429s). Every call ends in a result or a
 * {@link SoundCloudException}, nothing hangs, and afterwards open file descriptors, threads
 * and heap are back near where they started.
 */
class LoadTests {

	private static final Map<String, String> EXAMPLES = new ConcurrentHashMap<>();

	/** What a call may end in: a result, an absent resource, or a typed failure after retries. */
	private static final List<String> EXPECTED = List.of("ok", "absent", "SoundCloudServerErrorException",
			"SoundCloudTransportException", "RateLimitedException");

	private static final int THREADS = Integer.getInteger("load.threads", 16);

	private static final int CALLS_PER_THREAD = Integer.getInteger("load.calls", 2_000);

	@Test
	void mixedCallsWithInjectedFaultsLeaveNothingBehind() throws Exception {
		try (SoundCloudFake fake = SoundCloudFake.start()) {
			List<StubMapping> faults = List.of(
					fault(fake, "reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
					fault(fake, "503", aResponse().withStatus(503)),
					fault(fake, "429", aResponse().withStatus(429).withHeader("Retry-After", "0")));
			// a first round warms up pools and caches; the second must not leave more behind
			Map<String, AtomicLong> warmUp = run(fake, CALLS_PER_THREAD / 4);
			assertThat(warmUp.keySet()).as("outcomes %s, for example %s", warmUp, EXAMPLES)
				.allSatisfy((outcome) -> assertThat(outcome).isIn(EXPECTED));
			forgetRequests(fake);
			long baselineDescriptors = openDescriptors();
			long baselineThreads = clientThreads();
			long baselineHeap = usedHeapAfterGc();

			Map<String, AtomicLong> outcomes = run(fake, CALLS_PER_THREAD);

			long failures = outcomes.entrySet()
				.stream()
				.filter((entry) -> !entry.getKey().equals("ok") && !entry.getKey().equals("absent"))
				.mapToLong((entry) -> entry.getValue().get())
				.sum();
			assertThat(outcomes.keySet()).as("outcomes %s, for example %s", outcomes, EXAMPLES)
				.allSatisfy((outcome) -> assertThat(outcome).isIn(EXPECTED));
			assertThat(outcomes.values().stream().mapToLong(AtomicLong::get).sum())
				.isEqualTo((long) THREADS * CALLS_PER_THREAD);
			// a call fails only when all three attempts hit an injected fault: about 1 in 8,000
			assertThat(failures).as("outcomes %s", outcomes).isLessThan(THREADS * CALLS_PER_THREAD / 1000 + 5);

			faults.forEach(fake.wireMock()::removeStub);
			// the server in this JVM remembers every request; the client must not
			forgetRequests(fake);
			assertThat(openDescriptors()).as("open file descriptors after %s calls", THREADS * CALLS_PER_THREAD)
				.isLessThanOrEqualTo(baselineDescriptors + THREADS);
			// the JDK client keeps idle worker threads for a while: bounded by the concurrency, not the calls
			assertThat(clientThreads()).as("HTTP client threads").isLessThanOrEqualTo(baselineThreads + THREADS);
			assertThat(usedHeapAfterGc()).as("heap after GC").isLessThan(baselineHeap + 32L * 1024 * 1024);
		}
	}

	private Map<String, AtomicLong> run(SoundCloudFake fake, int callsPerThread) throws Exception {
		SplittableRandom seeds = new SplittableRandom(2026);
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(fake.baseUrl())
			.authenticator(new StaticTokenAuthenticator(fake.accessToken()))
			.retryPolicy(new SoundCloudRetryPolicy(3, Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofSeconds(10)))
			.restClientBuilder(RestClient.builder().requestInitializer((request) -> {
				// 5 % of exchanges ask the fake for a fault, retries included
				int roll = java.util.concurrent.ThreadLocalRandom.current().nextInt(100);
				if (roll < 5) {
					request.getHeaders().set("X-Fault", List.of("reset", "503", "429").get(roll % 3));
				}
			}))
			.build();
		TrackRepository tracks = new SoundCloudTrackRepository(connector);
		UserRepository users = new SoundCloudUserRepository(connector);
		List<FakeUser> people = fake.dataset().users();
		Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> workers = new ArrayList<>();
			for (int thread = 0; thread < THREADS; thread++) {
				SplittableRandom random = seeds.split();
				workers.add(executor.submit(() -> {
					for (int call = 0; call < callsPerThread; call++) {
						String outcome;
						try {
							outcome = call(random, tracks, users, people) ? "ok" : "absent";
						}
						catch (SoundCloudException ex) {
							outcome = ex.getClass().getSimpleName();
							EXAMPLES.putIfAbsent(outcome, ex.getMessage());
						}
						outcomes.computeIfAbsent(outcome, (key) -> new AtomicLong()).incrementAndGet();
					}
				}));
			}
			for (Future<?> worker : workers) {
				worker.get(3, TimeUnit.MINUTES);
			}
		}
		finally {
			executor.shutdownNow();
			executor.awaitTermination(10, TimeUnit.SECONDS);
		}
		return outcomes;
	}

	private static boolean call(SplittableRandom random, TrackRepository tracks, UserRepository users,
			List<FakeUser> people) {
		String user = people.get(random.nextInt(people.size())).urn();
		return switch (random.nextInt(6)) {
			case 0 -> users.findMe() != null;
			case 1 -> tracks.findById("soundcloud:tracks:" + (200001 + random.nextInt(2653))).isPresent();
			case 2 -> tracks.findById("soundcloud:tracks:" + (900000 + random.nextInt(1000))).isPresent();
			case 3 -> tracks.findByUser(user, PageRequest.of(0, 5)) != null;
			case 4 -> users.findById(user).isPresent();
			default -> users.findFollowers(user, PageRequest.of(0, 5)) != null;
		};
	}

	private static StubMapping fault(SoundCloudFake fake, String kind,
			com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
		return fake.wireMock().stubFor(any(anyUrl()).atPriority(1).withHeader("X-Fault", equalTo(kind)).willReturn(response));
	}

	private static void forgetRequests(SoundCloudFake fake) {
		fake.resetRequests();
		fake.wireMock().resetRequests();
	}

	/** The JDK HTTP client's threads; the fake's server threads in this JVM are not the client's. */
	private static long clientThreads() {
		return Thread.getAllStackTraces().keySet().stream().filter((thread) -> thread.getName().startsWith("HttpClient")).count();
	}

	private static long openDescriptors() {
		return ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getOpenFileDescriptorCount();
	}

	private static long usedHeapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(50);
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
