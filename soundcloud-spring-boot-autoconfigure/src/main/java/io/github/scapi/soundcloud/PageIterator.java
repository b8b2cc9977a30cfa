package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.github.scapi.soundcloud.paging.CursorPageable;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;

/**
 * Walks a list item by item. Without a prefetch executor, the next page is fetched only
 * when the current one is used up, and a single page is held. With one, the next page is
 * fetched in the background as soon as the current one arrives (its cursor is known then),
 * so that fetching overlaps the caller's work: at most two pages are held, never more than
 * one page ahead. A failure of a background fetch surfaces on the caller's thread when the
 * caller reaches that page. Each page is read completely when it arrives, so no connection
 * stays open between pages.
 *
 * @param <T> the item type
 */
final class PageIterator<T> implements Iterator<T> {

	private final PageFetcher<T> fetcher;

	private final @Nullable Executor prefetch;

	private Iterator<T> current = Collections.emptyIterator();

	private @Nullable Pageable next;

	private @Nullable FutureTask<ApiPage<T>> ahead;

	private boolean closed;

	PageIterator(PageFetcher<T> fetcher, Pageable first, @Nullable Executor prefetch) {
		this.fetcher = fetcher;
		this.prefetch = prefetch;
		this.next = first;
	}

	@Override
	public boolean hasNext() {
		// a loop, not recursion: a run of empty pages must not grow the stack
		while (!this.current.hasNext()) {
			Pageable pageable = this.next;
			if (pageable == null || this.closed) {
				return false;
			}
			this.next = null;
			ApiPage<T> page = take(pageable);
			this.current = page.items().iterator();
			if (page.hasNext()) {
				this.next = CursorPageable.of(pageable.getPageNumber() + 1, pageable.getPageSize(), page.nextHref());
				fetchAhead(this.next);
			}
		}
		return true;
	}

	private ApiPage<T> take(Pageable pageable) {
		FutureTask<ApiPage<T>> prefetched = this.ahead;
		this.ahead = null;
		if (prefetched == null) {
			return this.fetcher.fetch(pageable);
		}
		try {
			return prefetched.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			prefetched.cancel(true);
			throw new SoundCloudTransportException(0, HttpMethod.GET, nextUrl(pageable), List.of(),
					"interrupted while waiting for the next page", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof SoundCloudException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static @Nullable URI nextUrl(Pageable pageable) {
		// a cursor that is not a URI was refused when its page was asked for
		return (pageable instanceof CursorPageable cursor) ? cursor.getCursor().map(URI::create).orElse(null) : null;
	}

	private void fetchAhead(Pageable pageable) {
		if (this.prefetch == null) {
			return;
		}
		try {
			// a FutureTask, not a CompletableFuture: cancelling it interrupts the fetch, which
			// aborts the HTTP exchange and frees its connection
			FutureTask<ApiPage<T>> task = new FutureTask<>(() -> this.fetcher.fetch(pageable));
			this.prefetch.execute(task);
			this.ahead = task;
		}
		catch (RejectedExecutionException ex) {
			// every prefetch thread is busy: this page is fetched when it is needed instead
			this.ahead = null;
		}
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.current.next();
	}

	void close() {
		this.closed = true;
		this.next = null;
		this.current = Collections.emptyIterator();
		FutureTask<ApiPage<T>> prefetched = this.ahead;
		this.ahead = null;
		if (prefetched != null) {
			prefetched.cancel(true);
		}
	}

}
