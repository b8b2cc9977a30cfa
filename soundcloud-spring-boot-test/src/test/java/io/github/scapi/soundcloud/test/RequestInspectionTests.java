package io.github.scapi.soundcloud.test;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recorded requests, the WireMock escape hatch and latency.
 */
class RequestInspectionTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void recordsRequestsOldestFirst() {
		http.get("/me");
		http.get("/tracks?q=caf%C3%A9&tags=a&tags=b&bpm%5Bfrom%5D=90");
		http.get("/users/soundcloud%3Ausers%3A1007");
		List<FakeRequest> requests = fake.get().requests();
		assertThat(requests).extracting(FakeRequest::path)
			.containsExactly("/me", "/tracks", "/users/soundcloud:users:1007");
		FakeRequest search = requests.get(1);
		assertThat(search.method()).isEqualTo("GET");
		assertThat(search.queryParam("q")).isEqualTo("café");
		assertThat(search.queryParams().get("tags")).containsExactly("a", "b");
		assertThat(search.queryParam("bpm[from]")).isEqualTo("90");
		assertThat(search.queryParam("missing")).isNull();
		assertThat(search.header("authorization")).isEqualTo("OAuth " + fake.get().accessToken());
		assertThat(search.headers()).containsKey("AUTHORIZATION");
		assertThat(requests.get(2).url()).isEqualTo("/users/soundcloud%3Ausers%3A1007");
	}

	@Test
	void countsRequestsByMethodAndPath() {
		http.get("/tracks/200001");
		http.get("/tracks/200002");
		http.get("/tracks");
		assertThat(fake.get().requestCount()).isEqualTo(3);
		assertThat(fake.get().requestCount("get", "/tracks/\\d+")).isEqualTo(2);
		assertThat(fake.get().requestCount("GET", "/tracks")).isEqualTo(1);
		assertThat(fake.get().requestCount("POST", "/tracks.*")).isZero();
		fake.get().resetRequests();
		assertThat(fake.get().requests()).isEmpty();
	}

	@Test
	void stubsAddedThroughWireMockTakePrecedence() {
		try (SoundCloudFake faulty = SoundCloudFake.start()) {
			faulty.wireMock()
				.stubFor(WireMock.get(WireMock.urlPathEqualTo("/tracks/200001"))
					.willReturn(WireMock.aResponse().withStatus(503).withBody("down")));
			FakeHttp faultyHttp = new FakeHttp(faulty);
			assertThat(faultyHttp.get("/tracks/200001").status()).isEqualTo(503);
			assertThat(faultyHttp.get("/tracks/200002").status()).isEqualTo(200);
			assertThat(faulty.requestCount("GET", "/tracks/.*")).isEqualTo(2);
		}
	}

	@Test
	void delaysResponsesByTheLatency() {
		try (SoundCloudFake slow = SoundCloudFake.builder().latency(Duration.ofMillis(150)).start()) {
			FakeHttp slowHttp = new FakeHttp(slow);
			slowHttp.get("/me");
			long start = System.nanoTime();
			assertThat(slowHttp.get("/me").status()).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
		}
	}

	@Test
	void stopsOnClose() {
		SoundCloudFake closed = SoundCloudFake.start();
		closed.close();
		closed.stop();
		assertThat(closed.wireMock().isRunning()).isFalse();
		assertThat(closed.toString()).contains(String.valueOf(closed.port()));
	}

}
