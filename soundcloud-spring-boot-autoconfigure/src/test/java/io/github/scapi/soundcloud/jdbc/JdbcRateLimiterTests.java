package io.github.scapi.soundcloud.jdbc;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.scapi.soundcloud.RateLimitedException;
import io.github.scapi.soundcloud.SoundCloudTransportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@link JdbcRateLimiter} on a real PostgreSQL, with limiters standing for separate
 * instances: budgets hold exactly under concurrency, a 429 seen by one blocks all, only
 * plays count as plays, and an unreachable database neither loses nor double-counts.
 *
 * @author scapi contributors
 */
class JdbcRateLimiterTests {

	private static final URI PLAY = URI.create("https://api.soundcloud.com/tracks/soundcloud:tracks:1/streams/http_mp3_128");

	private static final URI LEGACY_PLAY = URI.create("https://api.soundcloud.com/tracks/123/stream");

	@BeforeEach
	void clear() {
		Databases.clear();
	}

	@Test
	void aPlaysBudgetHoldsExactlyForInstancesCheckingAtOnce() throws Exception {
		List<JdbcRateLimiter> instances = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			JdbcRateLimiter limiter = new JdbcRateLimiter(Databases.postgres());
			limiter.setPlaysPerDay(50);
			instances.add(limiter);
		}
		AtomicInteger allowed = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		List<Instant> resets = new java.util.concurrent.CopyOnWriteArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(8);
		CyclicBarrier start = new CyclicBarrier(8);
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			JdbcRateLimiter limiter = instances.get(t % 4);
			futures.add(threads.submit(() -> {
				start.await();
				for (int i = 0; i < 20; i++) {
					try {
						limiter.beforeExchange(HttpMethod.GET, (i % 2 == 0) ? PLAY : LEGACY_PLAY);
						allowed.incrementAndGet();
					}
					catch (RateLimitedException ex) {
						refused.incrementAndGet();
						assertThat(ex.getGroup()).contains("plays");
						resets.add(ex.getResetTime().orElseThrow());
					}
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();
		assertThat(allowed).hasValue(50);
		assertThat(refused).hasValue(110);
		Instant inADay = Instant.now().plus(Duration.ofHours(24));
		assertThat(resets).allSatisfy((reset) -> assertThat(reset).isBetween(inADay.minusSeconds(120), inADay));
		assertThat(instances.get(0).getRemaining(JdbcRateLimiter.PLAYS)).contains(0L);
		assertThat(instances.stream().mapToLong((limiter) -> limiter.getRefusals(JdbcRateLimiter.PLAYS)).sum())
			.isEqualTo(110);
	}

	@Test
	void onlyRequestsThatLeadToAudioAreCountedAsPlays() {
		JdbcRateLimiter limiter = new JdbcRateLimiter(Databases.postgres());
		limiter.setPlaysPerDay(1);
		for (String path : List.of("/tracks/soundcloud:tracks:1", "/tracks/soundcloud:tracks:1/streams",
				"/tracks/soundcloud:tracks:1/preview", "/me/tracks", "/playlists/1/tracks")) {
			assertThatNoException().isThrownBy(
					() -> limiter.beforeExchange(HttpMethod.GET, URI.create("https://api.soundcloud.com" + path)));
		}
		assertThat(limiter.getUsed(JdbcRateLimiter.PLAYS)).isZero();
		limiter.beforeExchange(HttpMethod.GET, PLAY);
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> limiter.beforeExchange(HttpMethod.GET, LEGACY_PLAY));
	}

	@Test
	void aPlays429SeenByOneInstanceBlocksEveryInstanceUntilTheResetTime() {
		JdbcRateLimiter seer = new JdbcRateLimiter(Databases.postgres());
		JdbcRateLimiter other = new JdbcRateLimiter(Databases.postgres());
		Instant reset = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		seer.rateLimited(new RateLimitedException(HttpMethod.GET, PLAY, List.of(), reset, "plays"));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> other.beforeExchange(HttpMethod.GET, PLAY))
			.satisfies((ex) -> {
				assertThat(ex.getResetTime()).contains(reset);
				assertThat(ex.getGroup()).contains("plays");
				assertThat(ex.getStatus()).isEqualTo(429);
			});
		assertThat(other.getBlockedGroups()).containsEntry("plays", reset);
		// other requests go on; a 429 without a group or reset time tells nothing to share
		assertThatNoException().isThrownBy(() -> other.beforeExchange(HttpMethod.GET,
				URI.create("https://api.soundcloud.com/tracks/soundcloud:tracks:1")));
		seer.rateLimited(new RateLimitedException(HttpMethod.GET, PLAY, List.of(), null, "plays"));
		assertThat(new JdbcTemplate(Databases.postgres()).queryForObject("SELECT count(*) FROM soundcloud_rate_limit",
				Long.class)).isOne();
	}

	@Test
	void whileTheDatabaseIsDownPlaysAreAllowedAndCountedOnceItIsBack() {
		Databases.Switchable database = new Databases.Switchable(Databases.postgres());
		JdbcRateLimiter limiter = new JdbcRateLimiter(database);
		limiter.setPlaysPerDay(10);
		JdbcRateLimiter other = new JdbcRateLimiter(Databases.postgres());
		other.setPlaysPerDay(10);
		for (int i = 0; i < 4; i++) {
			limiter.beforeExchange(HttpMethod.GET, PLAY);
		}
		database.down.set(true);
		for (int i = 0; i < 3; i++) {
			limiter.beforeExchange(HttpMethod.GET, PLAY);
		}
		Instant reset = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		limiter.rateLimited(new RateLimitedException(HttpMethod.GET, PLAY, List.of(), reset, "other-group"));
		assertThat(other.getUsed(JdbcRateLimiter.PLAYS)).isEqualTo(4);
		database.down.set(false);
		limiter.beforeExchange(HttpMethod.GET, PLAY);
		assertThat(other.getUsed(JdbcRateLimiter.PLAYS)).isEqualTo(8);
		assertThat(other.getBlockedGroups()).containsEntry("other-group", reset);
		other.beforeExchange(HttpMethod.GET, PLAY);
		limiter.beforeExchange(HttpMethod.GET, PLAY);
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> other.beforeExchange(HttpMethod.GET, PLAY));
		assertThat(other.getUsed(JdbcRateLimiter.PLAYS)).isEqualTo(10);
	}

	@Test
	void whileTheDatabaseIsDownPlaysCanBeRefusedInstead() {
		Databases.Switchable database = new Databases.Switchable(Databases.postgres());
		JdbcRateLimiter limiter = new JdbcRateLimiter(database);
		limiter.setRefuseWhenDatabaseUnavailable(true);
		database.down.set(true);
		assertThatExceptionOfType(SoundCloudTransportException.class)
			.isThrownBy(() -> limiter.beforeExchange(HttpMethod.GET, PLAY))
			.withMessageContaining("soundcloud.rate-limit.when-database-unavailable");
		// requests that are not plays are not held back
		assertThatNoException().isThrownBy(() -> limiter.beforeExchange(HttpMethod.GET,
				URI.create("https://api.soundcloud.com/tracks/soundcloud:tracks:1")));
		// a 429 seen meanwhile blocks this instance at once
		limiter.setRefuseWhenDatabaseUnavailable(false);
		Instant reset = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
		limiter.rateLimited(new RateLimitedException(HttpMethod.GET, PLAY, List.of(), reset, "plays"));
		assertThatExceptionOfType(RateLimitedException.class)
			.isThrownBy(() -> limiter.beforeExchange(HttpMethod.GET, PLAY))
			.satisfies((ex) -> assertThat(ex.getResetTime()).contains(reset));
		database.down.set(false);
		assertThat(new JdbcTemplate(Databases.postgres()).queryForObject("SELECT coalesce(sum(used), 0) FROM soundcloud_rate_limit",
				Long.class)).isZero();
	}

}
