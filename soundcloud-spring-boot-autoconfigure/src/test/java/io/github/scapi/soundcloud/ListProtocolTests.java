package io.github.scapi.soundcloud;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.paging.CursorPageable;
import io.github.scapi.soundcloud.paging.CursorSlice;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

class ListProtocolTests {

	/** A list of 7 items served 3 at a time, with cursors "c3" and "c6". */
	private final RecordingFetcher fetcher = new RecordingFetcher(7, 3, false);

	@Test
	void sliceCarriesTheApiCursorToTheNextPage() {
		Slice<Integer> first = ListProtocol.slice(this.fetcher, PageRequest.of(0, 3));
		assertThat(first.getContent()).containsExactly(0, 1, 2);
		assertThat(first.hasNext()).isTrue();
		Pageable next = first.nextPageable();
		assertThat(next).isInstanceOf(CursorPageable.class);
		assertThat(((CursorPageable) next).getCursor()).hasValue("c3");
		assertThat(next.getPageNumber()).isEqualTo(1);
		Slice<Integer> second = ListProtocol.slice(this.fetcher, next);
		assertThat(second.getContent()).containsExactly(3, 4, 5);
		Slice<Integer> last = ListProtocol.slice(this.fetcher, second.nextPageable());
		assertThat(last.getContent()).containsExactly(6);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.nextPageable().isUnpaged()).isTrue();
	}

	@Test
	void mappingASliceKeepsItsCursor() {
		CursorSlice<Integer> first = ListProtocol.slice(this.fetcher, PageRequest.of(0, 3));
		CursorSlice<String> mapped = first.map((i) -> "#" + i);
		assertThat(mapped.getContent()).containsExactly("#0", "#1", "#2");
		assertThat(mapped.nextPageable()).isEqualTo(first.nextPageable());
	}

	@Test
	void streamFetchesNothingUntilConsumed() {
		Stream<Integer> stream = ListProtocol.walk(this.fetcher, CursorPageable.first(3), null);
		assertThat(this.fetcher.requests).isEmpty();
		assertThat(stream.toList()).containsExactly(0, 1, 2, 3, 4, 5, 6);
		assertThat(this.fetcher.requests).containsExactly("first", "c3", "c6");
	}

	@Test
	void streamFetchesOnlyThePagesItNeeds() {
		try (Stream<Integer> stream = ListProtocol.walk(this.fetcher, CursorPageable.first(3), null)) {
			assertThat(stream.limit(4).toList()).containsExactly(0, 1, 2, 3);
		}
		assertThat(this.fetcher.requests).containsExactly("first", "c3");
	}

	@Test
	void streamStopsOnAnEmptyPageEvenWhenItHasANextHref() {
		RecordingFetcher quirky = new RecordingFetcher(6, 3, true);
		assertThat(ListProtocol.walk(quirky, CursorPageable.first(3), null).count()).isEqualTo(6);
		// the third request returns the empty page with a next_href, which is not followed
		assertThat(quirky.requests).containsExactly("first", "c3", "c6");
	}

	@Test
	void closingAStreamStopsTheWalk() {
		Stream<Integer> stream = ListProtocol.walk(this.fetcher, CursorPageable.first(3), null);
		var iterator = stream.iterator();
		iterator.next();
		stream.close();
		List<Integer> rest = new ArrayList<>();
		iterator.forEachRemaining(rest::add);
		assertThat(rest).as("nothing more once closed").isEmpty();
		assertThat(this.fetcher.requests).containsExactly("first");
	}

	/**
	 * Serves integers {@code 0..total-1} in pages, with cursors naming the next offset, and
	 * records which cursor each request used.
	 */
	static final class RecordingFetcher implements PageFetcher<Integer> {

		final List<String> requests = new java.util.concurrent.CopyOnWriteArrayList<>();

		private final int total;

		private final int size;

		private final boolean nextHrefOnEmptyPage;

		RecordingFetcher(int total, int size, boolean nextHrefOnEmptyPage) {
			this.total = total;
			this.size = size;
			this.nextHrefOnEmptyPage = nextHrefOnEmptyPage;
		}

		@Override
		public ApiPage<Integer> fetch(Pageable pageable) {
			String cursor = (pageable instanceof CursorPageable cursorPageable)
					? cursorPageable.getCursor().orElse("first") : "first";
			this.requests.add(cursor);
			int offset = cursor.equals("first") ? 0 : Integer.parseInt(cursor.substring(1));
			int end = Math.min(this.total, offset + this.size);
			List<Integer> items = IntStream.range(offset, end).boxed().toList();
			boolean more = end < this.total || (this.nextHrefOnEmptyPage && offset <= this.total);
			return new ApiPage<>(items, more ? "c" + end : null);
		}

	}

}
