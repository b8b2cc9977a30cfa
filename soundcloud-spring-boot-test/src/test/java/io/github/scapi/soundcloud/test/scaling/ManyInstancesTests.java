package io.github.scapi.soundcloud.test.scaling;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four instances of one application, each a JVM of its own with 16 threads and its own time
 * zone, share one PostgreSQL database and one fake SoundCloud (docs/scaling.md): the token
 * endpoint is called once per start or expiry, a refresh token is used once, a 429 seen by
 * one instance stops them all, a plays budget holds exactly, and an instance killed or
 * frozen while holding the token lock blocks the others for a bounded time only.
 *
 * @author scapi contributors
 */
class ManyInstancesTests {

	private static final List<String> TIME_ZONES = List.of("UTC", "Asia/Tokyo", "America/Los_Angeles",
			"Europe/Berlin");

	private static final String PLAYS = "/tracks/[^/]+/streams/[^/]+";

	private static EmbeddedPostgres postgres;

	private static SoundCloudFake fake;

	private static FakeTrack track;

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		fake = SoundCloudFake.start();
		track = fake.dataset().tracks().stream().filter((each) -> each.access().equals("playable")).findFirst()
			.orElseThrow();
	}

	@AfterAll
	static void stop() throws IOException {
		fake.close();
		postgres.close();
	}

	@BeforeEach
	void forgetEverything() {
		JdbcTemplate jdbc = new JdbcTemplate(database());
		jdbc.execute("DROP TABLE IF EXISTS oauth2_authorized_client");
		jdbc.execute("DROP TABLE IF EXISTS soundcloud_rate_limit");
		fake.limitPlaysUntil(null);
		fake.resetRequests();
	}

	@Test
	void clientCredentialsStormsPlaysBudgetAndSharedLimit() {
		List<Instance> instances = start(4, clientCredentials("--soundcloud.rate-limit.plays-per-day=100",
				"--soundcloud.rate-limit.tokens-per-12h=2"));
		try {
			// start storm: 4 × 16 threads need a token at once
			all(instances, "calls 5 " + track.urn());
			assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(1);
			assertThat(fake.requestCount("GET", "/tracks/[^/]+")).isEqualTo(4 * 16 * 5);
			// expiry storm: every instance's token is rejected at once
			fake.expireAccessTokens();
			all(instances, "calls 5 " + track.urn());
			assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(2);
			assertThat(instances).allSatisfy((instance) -> assertThat(instance.output())
				.doesNotContain("fake-issued-access-token", "fake-issued-refresh-token"));
			// logged at INFO with the instance's id, once per token
			String logs = String.join("", instances.stream().map(Instance::output).toList());
			assertThat(logs.split("\\R")).filteredOn((line) -> line.matches(
					".* INFO .*Instance instance-[0-3] obtained an OAuth 2.1 access token for registration 'soundcloud' "
							+ "\\(grant client_credentials\\)"))
				.hasSize(2);

			// a plays budget of 100, 150 plays from 4 instances
			String streamUrl = fake.baseUrl() + "/tracks/" + track.urn() + "/streams/http_mp3_128";
			List<Map<String, String>> plays = each(instances, List.of(38, 38, 37, 37), "plays %d " + streamUrl);
			assertThat(sum(plays, "ok")).isEqualTo(100);
			assertThat(sum(plays, "limited")).isEqualTo(50);
			assertThat(sum(plays, "failed")).isZero();
			assertThat(fake.requestCount("GET", PLAYS)).isEqualTo(100);

			// a fresh day, then SoundCloud's 429 for plays seen by one instance
			new JdbcTemplate(database()).update("DELETE FROM soundcloud_rate_limit WHERE limit_group = 'plays'");
			Instant reset = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
			fake.limitPlaysUntil(reset);
			instances.get(0).send("plays 1 " + streamUrl);
			Map<String, String> first = instances.get(0).done(60);
			assertThat(first).containsEntry("limited", "1").containsEntry("reset", String.valueOf(reset.getEpochSecond()));
			long sent = fake.requestCount("GET", PLAYS);
			assertThat(sent).isEqualTo(101);
			List<Map<String, String>> after = each(instances, List.of(16, 16, 16, 16), "plays %d " + streamUrl);
			assertThat(sum(after, "limited")).isEqualTo(64);
			assertThat(after).allSatisfy(
					(result) -> assertThat(result).containsEntry("reset", String.valueOf(reset.getEpochSecond())));
			assertThat(fake.requestCount("GET", PLAYS)).isEqualTo(sent);

			// the token budget of 2 is spent: an expiry now fails every call before a token request
			fake.expireAccessTokens();
			List<Map<String, String>> refused = each(instances, List.of(1, 1, 1, 1), "calls %d " + track.urn());
			// (the instance that obtained the current token by a renewal less than a minute ago does
			// not renew it again after a 401, by design: its calls may fail with that 401 instead)
			assertThat(sum(refused, "limited") + sum(refused, "failed")).as(refused.toString()).isEqualTo(4 * 16);
			assertThat(sum(refused, "limited")).as(refused.toString()).isGreaterThanOrEqualTo(3 * 16);
			assertThat(refused).allSatisfy((result) -> {
				assertThat(result.get("failure")).matches("-|SoundCloudUnauthorizedException:.*");
				if (!result.get("reset").equals("-")) {
					assertThat(Instant.ofEpochSecond(Long.parseLong(result.get("reset")))).isBetween(
							Instant.now().plus(Duration.ofHours(11)), Instant.now().plus(Duration.ofHours(12)));
				}
			});
			assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(2);
		}
		finally {
			instances.forEach(Instance::close);
		}
	}

	@Test
	void oneUsersRefreshTokenRacedByFourInstancesIsUsedOnce() {
		String refreshToken = fake.issueRefreshToken();
		List<String> arguments = new ArrayList<>(common());
		arguments.addAll(List.of("--soundcloud.auth.oauth2.client-id=" + fake.clientId(),
				"--soundcloud.auth.oauth2.client-secret=" + fake.clientSecret(),
				"--soundcloud.auth.oauth2.refresh-token=" + refreshToken));
		List<Instance> instances = start(4, arguments);
		try {
			all(instances, "calls 5 " + track.urn());
			assertThat(fake.tokenRequestCount("refresh_token")).isEqualTo(1);
			fake.expireAccessTokens();
			all(instances, "calls 5 " + track.urn());
			// one refresh per expiry: no instance sent a spent refresh token (invalid_grant)
			assertThat(fake.tokenRequestCount("refresh_token")).isEqualTo(2);
			assertThat(fake.tokenRequestCount("client_credentials")).isZero();
		}
		finally {
			instances.forEach(Instance::close);
		}
	}

	@Test
	void anInstanceKilledOrFrozenWhileHoldingTheTokenLockBlocksTheOthersForABoundedTime() throws Exception {
		List<Instance> instances = start(3, clientCredentials("--soundcloud.jdbc.lock-timeout=5s"));
		try {
			all(instances, "calls 1 " + track.urn());
			assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(1);
			// killed: PostgreSQL releases the lock with the connection
			fake.expireAccessTokens();
			instances.get(0).send("hold soundcloud-spring-boot-starter");
			assertThat(instances.get(0).reply(60)).isEqualTo("HOLDING");
			instances.get(0).kill();
			long start = System.nanoTime();
			instances.get(1).send("calls 1 " + track.urn());
			assertThat(instances.get(1).done(60)).containsEntry("failed", "0");
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(2);

			// frozen (SIGSTOP): its session is ended after soundcloud.jdbc.lock-timeout (5 s)
			instances.get(2).send("calls 1 " + track.urn());
			assertThat(instances.get(2).done(60)).containsEntry("failed", "0");
			fake.expireAccessTokens();
			instances.get(1).send("hold soundcloud-spring-boot-starter");
			assertThat(instances.get(1).reply(60)).isEqualTo("HOLDING");
			signal("STOP", instances.get(1).pid());
			Thread.sleep(1000);
			start = System.nanoTime();
			instances.get(2).send("calls 1 " + track.urn());
			assertThat(instances.get(2).done(60)).containsEntry("failed", "0");
			// at most the 4 s left of the holder's 5 s, plus the call
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofSeconds(2),
					Duration.ofSeconds(7));
			assertThat(fake.tokenRequestCount("client_credentials")).isEqualTo(3);
			signal("CONT", instances.get(1).pid());
		}
		finally {
			instances.forEach(Instance::close);
		}
	}

	private static void signal(String signal, long pid) throws Exception {
		assertThat(new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).start().waitFor()).isZero();
	}

	private static List<String> common() {
		return List.of("--soundcloud.api.base-url=" + fake.baseUrl(),
				"--soundcloud.auth.oauth2.token-uri=" + fake.tokenUrl(),
				"--soundcloud.auth.oauth2.token-store=jdbc", "--soundcloud.rate-limit.store=jdbc",
				"--soundcloud.jdbc.initialize-schema=true",
				"--instance.jdbc-url=" + postgres.getJdbcUrl("postgres", "postgres"), "--logging.level.root=WARN",
				"--logging.level.io.github.scapi.soundcloud.jdbc=INFO");
	}

	private static List<String> clientCredentials(String... more) {
		List<String> arguments = new ArrayList<>(common());
		arguments.addAll(List.of("--soundcloud.auth.oauth2.client-id=" + fake.clientId(),
				"--soundcloud.auth.oauth2.client-secret=" + fake.clientSecret()));
		arguments.addAll(List.of(more));
		return arguments;
	}

	private static List<Instance> start(int count, List<String> arguments) {
		List<Instance> instances = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> own = new ArrayList<>(arguments);
			own.add("--soundcloud.jdbc.instance-id=instance-" + i);
			instances.add(Instance.start(TIME_ZONES.get(i), own));
		}
		instances.forEach(Instance::awaitReady);
		return instances;
	}

	/** The same command to every instance at once; every call must succeed. */
	private static void all(List<Instance> instances, String command) {
		instances.forEach((instance) -> instance.send(command));
		for (Instance instance : instances) {
			// on failure, what the fake and the instances saw, for a race that shows only under load
			assertThat(instance.done(120))
				.as(() -> "token requests " + fake.tokenRequestCount("client_credentials") + ", instance logs:\n"
						+ String.join("\n", instances.stream().map(Instance::output).toList()))
				.containsEntry("failed", "0")
				.containsEntry("limited", "0");
		}
	}

	private static List<Map<String, String>> each(List<Instance> instances, List<Integer> counts, String command) {
		for (int i = 0; i < instances.size(); i++) {
			instances.get(i).send(command.formatted(counts.get(i)));
		}
		List<CompletableFuture<Map<String, String>>> results = new ArrayList<>();
		for (Instance instance : instances) {
			results.add(CompletableFuture.completedFuture(instance.done(120)));
		}
		return results.stream().map(CompletableFuture::join).toList();
	}

	private static long sum(List<Map<String, String>> results, String key) {
		return results.stream().mapToLong((result) -> Long.parseLong(result.get(key))).sum();
	}

	private static DataSource database() {
		return postgres.getPostgresDatabase();
	}

}
