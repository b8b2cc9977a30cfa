package io.github.scapi.soundcloud.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;

/**
 * Walks a list item by item, fetching the next page only when the current one is used up.
 * It holds a single page; the previous one becomes garbage as soon as the next arrives. A
 * page is read completely when it is fetched, so no connection stays open between pages.
 *
 * @param <T> the item type
 */
final class PageIterator<T> implements Iterator<T> {

	private final PageFetcher<T> fetcher;

	private Iterator<T> current = Collections.emptyIterator();

	private @Nullable Pageable next;

	PageIterator(PageFetcher<T> fetcher, Pageable first) {
		this.fetcher = fetcher;
		this.next = first;
	}

	@Override
	public boolean hasNext() {
		// a loop, not recursion: a run of empty pages must not grow the stack
		while (!this.current.hasNext()) {
			Pageable pageable = this.next;
			if (pageable == null) {
				return false;
			}
			this.next = null;
			ApiPage<T> page = this.fetcher.fetch(pageable);
			this.current = page.items().iterator();
			if (page.hasNext()) {
				this.next = CursorPageable.of(pageable.getPageNumber() + 1, pageable.getPageSize(),
						page.nextHref());
			}
		}
		return true;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.current.next();
	}

	void close() {
		this.next = null;
		this.current = Collections.emptyIterator();
	}

}
