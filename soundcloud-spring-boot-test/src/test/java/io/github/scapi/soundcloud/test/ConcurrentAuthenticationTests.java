package io.github.scapi.soundcloud.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 64 clients at once against the token endpoint and the OAuth 1.0a verifier.
 */
class ConcurrentAuthenticationTests {

	private static final int THREADS = 64;

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void issuesDistinctTokensToConcurrentClients() throws Exception {
		fake.get().resetRequests();
		List<FakeHttp.Response> responses = all((i) -> () -> http.send("POST", fake.get().tokenUrl(),
				BasicAuthenticationTests.basic(fake.get().clientId(), fake.get().clientSecret()), "grant_type=client_credentials"));
		assertThat(responses).allSatisfy((response) -> assertThat(response.status()).isEqualTo(200));
		assertThat(responses.stream().map((response) -> response.json().get("access_token").stringValue()).distinct())
			.hasSize(THREADS);
		assertThat(fake.get().tokenRequestCount("client_credentials")).isEqualTo(THREADS);
	}

	@Test
	void letsExactlyOneOfConcurrentRefreshesWin() throws Exception {
		String refreshToken = fake.get().issueRefreshToken();
		List<FakeHttp.Response> responses = all((i) -> () -> http.send("POST", fake.get().tokenUrl(),
				BasicAuthenticationTests.basic(fake.get().clientId(), fake.get().clientSecret()),
				"grant_type=refresh_token&refresh_token=" + refreshToken));
		assertThat(responses).filteredOn((response) -> response.status() == 200).hasSize(1);
		assertThat(responses).filteredOn((response) -> response.status() == 400).hasSize(THREADS - 1);
	}

	@Test
	void verifiesConcurrentSignedRequests() throws Exception {
		OAuth1TestSigner user = OAuth1TestSigner.consumer(fake.get())
			.withToken(fake.get().oauth1AccessToken(), fake.get().oauth1AccessTokenSecret());
		String url = fake.get().baseUrl() + "/me";
		List<FakeHttp.Response> distinct = all((i) -> () -> http.send("GET", url, user.authorization("GET", url), null));
		assertThat(distinct).allSatisfy((response) -> assertThat(response.status()).isEqualTo(200));

		Map<String, String> replayed = user.sign("GET", url, null, Map.of());
		String authorization = OAuth1TestSigner.header(replayed);
		List<FakeHttp.Response> same = all((i) -> () -> http.send("GET", url, authorization, null));
		assertThat(same).filteredOn((response) -> response.status() == 200).hasSize(1);
		assertThat(same).filteredOn((response) -> response.status() == 401)
			.hasSize(THREADS - 1)
			.allSatisfy((response) -> assertThat(response.message()).isEqualTo("nonce_reused"));
	}

	/**
	 * Runs one call per thread, all released at the same moment.
	 */
	private static List<FakeHttp.Response> all(IntFunction<Callable<FakeHttp.Response>> calls) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(THREADS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<FakeHttp.Response>> futures = IntStream.range(0, THREADS).mapToObj((i) -> {
				Callable<FakeHttp.Response> call = calls.apply(i);
				return executor.submit(() -> {
					start.await();
					return call.call();
				});
			}).toList();
			start.countDown();
			List<FakeHttp.Response> responses = new ArrayList<>();
			for (Future<FakeHttp.Response> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
