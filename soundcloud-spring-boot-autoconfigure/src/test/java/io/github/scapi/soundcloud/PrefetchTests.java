package io.github.scapi.soundcloud;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.paging.CursorPageable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Prefetching: one page ahead while the caller works, never more, failures where they
 * belong, and closing cancels the fetch in flight.
 */
class PrefetchTests {

	private final ExecutorService executor = PrefetchExecutors.platformThreads(2);

	@AfterEach
	void shutDown() {
		this.executor.shutdownNow();
	}

	@Test
	void fetchesTheNextPageWhileTheCallerWorksButNoFurther() throws Exception {
		ListProtocolTests.RecordingFetcher fetcher = new ListProtocolTests.RecordingFetcher(9, 3, false);
		try (Stream<Integer> stream = ListProtocol.walk(fetcher, CursorPageable.first(3), this.executor)) {
			Iterator<Integer> items = stream.iterator();
			assertThat(items.next()).isZero();
			awaitRequests(fetcher, 2);
			Thread.sleep(50);
			assertThat(fetcher.requests).as("one page ahead, not two").containsExactly("first", "c3");
			assertThat(List.of(items.next(), items.next(), items.next())).containsExactly(1, 2, 3);
			awaitRequests(fetcher, 3);
			assertThat(fetcher.requests).containsExactly("first", "c3", "c6");
		}
	}

	@Test
	void walksEveryItemInOrder() {
		ListProtocolTests.RecordingFetcher fetcher = new ListProtocolTests.RecordingFetcher(1000, 7, true);
		try (Stream<Integer> stream = ListProtocol.walk(fetcher, CursorPageable.first(7), this.executor)) {
			assertThat(stream.toList()).hasSize(1000).isSorted();
		}
	}

	@Test
	void aFailedFetchSurfacesAtTheItemWhereItsPageBegins() {
		PageFetcher<Integer> failing = (pageable) -> {
			if (pageable.getPageNumber() == 0) {
				return new ApiPage<>(List.of(1, 2, 3), "next");
			}
			throw new SoundCloudServerErrorException(503, HttpMethod.GET, java.net.URI.create("http://api/next"), List.of(),
					"503", null);
		};
		try (Stream<Integer> stream = ListProtocol.walk(failing, CursorPageable.first(3), this.executor)) {
			Iterator<Integer> items = stream.iterator();
			assertThat(List.of(items.next(), items.next(), items.next())).containsExactly(1, 2, 3);
			assertThatExceptionOfType(SoundCloudServerErrorException.class).isThrownBy(items::hasNext);
		}
	}

	@Test
	void anInterruptWhileWaitingForAPageFetchedAheadIsATypedFailureThatKeepsTheInterrupt() throws Exception {
		CountDownLatch fetching = new CountDownLatch(1);
		PageFetcher<Integer> slow = (pageable) -> {
			if (pageable.getPageNumber() == 0) {
				return new ApiPage<>(List.of(1), "http://api/next?cursor=2&access_token=hush");
			}
			fetching.countDown();
			try {
				Thread.sleep(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return new ApiPage<>(List.of(), null);
		};
		try (Stream<Integer> stream = ListProtocol.walk(slow, CursorPageable.first(1), this.executor)) {
			Iterator<Integer> items = stream.iterator();
			assertThat(items.next()).isEqualTo(1);
			assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();
			Thread.currentThread().interrupt();
			assertThatExceptionOfType(SoundCloudTransportException.class).isThrownBy(items::hasNext)
				.withMessageContaining("interrupted while waiting for the next page")
				.satisfies((ex) -> assertThat(ex.getUrl()).doesNotContain("hush"));
			assertThat(Thread.interrupted()).as("the interrupt status is kept").isTrue();
		}
	}

	@Test
	void closingCancelsTheFetchInFlight() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch interrupted = new CountDownLatch(1);
		PageFetcher<Integer> slow = (pageable) -> {
			if (pageable.getPageNumber() == 0) {
				return new ApiPage<>(List.of(1), "next");
			}
			started.countDown();
			try {
				Thread.sleep(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException ex) {
				interrupted.countDown();
			}
			return new ApiPage<>(List.of(), null);
		};
		Stream<Integer> stream = ListProtocol.walk(slow, CursorPageable.first(1), this.executor);
		assertThat(stream.iterator().next()).isEqualTo(1);
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		stream.close();
		assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the background fetch was interrupted").isTrue();
	}

	@Test
	void aBusyExecutorMeansFetchingOnDemand() {
		ListProtocolTests.RecordingFetcher fetcher = new ListProtocolTests.RecordingFetcher(6, 3, false);
		try (Stream<Integer> stream = ListProtocol.walk(fetcher, CursorPageable.first(3), (task) -> {
			throw new java.util.concurrent.RejectedExecutionException("busy");
		})) {
			assertThat(stream.toList()).containsExactly(0, 1, 2, 3, 4, 5);
		}
		assertThat(fetcher.requests).containsExactly("first", "c3");
	}

	private static void awaitRequests(ListProtocolTests.RecordingFetcher fetcher, int count) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (fetcher.requests.size() < count && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertThat(fetcher.requests).hasSizeGreaterThanOrEqualTo(count);
	}

}
