package io.github.scapi.soundcloud.paging;

import java.util.Spliterator;
import java.util.concurrent.Executor;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.util.Assert;

/**
 * Turns a {@link PageFetcher} into the results repositories return: a {@link CursorSlice}
 * for one page, or a lazy {@link Stream} over every item of every page.
 *
 * @author scapi contributors
 */
public final class SoundCloudPaging {

	private SoundCloudPaging() {
	}

	/**
	 * Fetch one page as a slice.
	 * @param <T> the item type
	 * @param fetcher fetches the page
	 * @param pageable the page to fetch, as resolved by the connector (paged, with a size)
	 * @return the slice, whose {@code nextPageable()} carries the API's cursor
	 */
	public static <T> CursorSlice<T> slice(PageFetcher<T> fetcher, Pageable pageable) {
		Assert.notNull(fetcher, "'fetcher' must not be null");
		Assert.isTrue(pageable.isPaged(), "'pageable' must be paged");
		ApiPage<T> page = fetcher.fetch(pageable);
		return new CursorSlice<>(page.items(), pageable, page.nextHref());
	}

	/**
	 * Walk every item of a list lazily. No request is made until the stream is consumed;
	 * each further page is requested only when the previous one is used up, so at most one
	 * page is held at a time. Closing the stream (for example with try-with-resources)
	 * stops the walk; a short-circuiting operation such as {@code limit} or
	 * {@code findFirst} fetches only the pages it needs.
	 * @param <T> the item type
	 * @param fetcher fetches each page
	 * @param pageSize the number of items per request
	 * @return a sequential, ordered stream of the items
	 */
	public static <T> Stream<T> stream(PageFetcher<T> fetcher, int pageSize) {
		return stream(fetcher, pageSize, null);
	}

	/**
	 * Walk every item of a list lazily, fetching one page ahead in the background while
	 * the caller works through the current one. At most two pages are held; closing the
	 * stream cancels a fetch in flight; a failed fetch is thrown on the caller's thread when
	 * the caller reaches its page.
	 * @param <T> the item type
	 * @param fetcher fetches each page
	 * @param pageSize the number of items per request
	 * @param prefetch runs the fetches ahead, or {@code null} to fetch only on demand
	 * @return a sequential, ordered stream of the items
	 */
	public static <T> Stream<T> stream(PageFetcher<T> fetcher, int pageSize, @Nullable Executor prefetch) {
		Assert.notNull(fetcher, "'fetcher' must not be null");
		PageIterator<T> iterator = new PageIterator<>(fetcher, CursorPageable.first(pageSize), prefetch);
		Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(iterator,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(spliterator, false).onClose(iterator::close);
	}

}
