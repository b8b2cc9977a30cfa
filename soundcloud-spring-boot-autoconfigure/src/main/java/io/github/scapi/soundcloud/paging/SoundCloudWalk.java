package io.github.scapi.soundcloud.paging;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.scapi.soundcloud.UnexpectedResponseException;
import io.github.scapi.soundcloud.VisitedPages;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.util.Assert;

/**
 * A walk through every item of any list that knows where it is: {@link #position()} is the
 * {@link SoundCloudCursor} of the next unread item, and {@link #resume(ListOperation,
 * SoundCloudCursor)} continues from one, in this process or another. One shape for every
 * list: the list is given as a {@link ListOperation}, the repository method that fetches one
 * page.
 *
 * <pre class="code">
 * try (SoundCloudWalk&lt;Track&gt; walk = SoundCloudWalk.resume((p) -&gt; tracks.findByUser(urn, p), cursor)) {
 *     while (walk.hasNext()) {
 *         process(walk.next());
 *         checkpoint(walk.position());
 *     }
 * }
 * </pre>
 *
 * <p>A page is fetched only when the previous one has been read (no page ahead), so a
 * position that is saved costs at most one page on resumption: the page it is in, when some
 * of that page had been read. A position at the end of a page is the next page's cursor, so
 * resuming there fetches no page twice. As with the connector's streams, a {@code next_href}
 * that leads back to a page this walk requested stops it with an
 * {@link UnexpectedResponseException}.
 *
 * <p>A walk is not thread-safe. If the list changes between saving a position and resuming
 * it, the API's cursor decides what comes next, as it would have without the interruption.
 *
 * @param <T> the item type
 * @author scapi contributors
 */
public final class SoundCloudWalk<T> implements Iterator<T>, AutoCloseable {

	private final ListOperation<T> operation;

	private final Clock clock;

	private final @Nullable SoundCloudCursor start;

	/** The cursors this walk requested, to stop a loop. */
	private final VisitedPages requested = new VisitedPages();

	private @Nullable Pageable next;

	private Instant nextIssuedAt;

	private @Nullable CursorSlice<T> current;

	private @Nullable CursorPageable currentPageable;

	private Instant currentIssuedAt = Instant.EPOCH;

	private int index;

	private int skip;

	private boolean closed;

	private SoundCloudWalk(ListOperation<T> operation, @Nullable Pageable first, @Nullable SoundCloudCursor start,
			Clock clock) {
		Assert.notNull(operation, "'operation' must not be null");
		this.operation = operation;
		this.clock = clock;
		this.start = start;
		this.next = first;
		this.nextIssuedAt = (start != null) ? start.getIssuedAt() : clock.instant();
		this.skip = (start != null) ? start.getOffset() : 0;
	}

	/**
	 * Walk a list from its first page, at the connector's default page size.
	 * @param <T> the item type
	 * @param operation the list, e.g. {@code (p) -> tracks.findByUser(urn, p)}
	 * @return the walk; nothing is requested until it is used
	 */
	public static <T> SoundCloudWalk<T> start(ListOperation<T> operation) {
		return new SoundCloudWalk<>(operation, Pageable.unpaged(), null, Clock.systemUTC());
	}

	/**
	 * Walk a list from its first page.
	 * @param <T> the item type
	 * @param operation the list
	 * @param pageSize the items per page, 1 to 200
	 * @return the walk; nothing is requested until it is used
	 */
	public static <T> SoundCloudWalk<T> start(ListOperation<T> operation, int pageSize) {
		Assert.isTrue(pageSize >= 1 && pageSize <= 200, "'pageSize' must be between 1 and 200");
		return new SoundCloudWalk<>(operation, CursorPageable.first(pageSize), null, Clock.systemUTC());
	}

	/**
	 * Continue a walk at a saved position.
	 * @param <T> the item type
	 * @param operation the list the position was taken from; another list is refused with
	 * {@link InvalidCursorException} before any request
	 * @param from the position, as {@link #position()} gave it
	 * @return the walk; nothing is requested until it is used
	 */
	public static <T> SoundCloudWalk<T> resume(ListOperation<T> operation, SoundCloudCursor from) {
		return resume(operation, from, Clock.systemUTC());
	}

	static <T> SoundCloudWalk<T> resume(ListOperation<T> operation, SoundCloudCursor from, Clock clock) {
		Assert.notNull(from, "'from' must not be null");
		return new SoundCloudWalk<>(operation, from.isComplete() ? null : from.toPageable(), from, clock);
	}

	@Override
	public boolean hasNext() {
		// a loop, not recursion: a run of exhausted pages must not grow the stack
		while (this.current == null || this.index >= this.current.getNumberOfElements()) {
			Pageable pageable = this.next;
			if (pageable == null || this.closed) {
				return false;
			}
			fetch(pageable);
		}
		return true;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		CursorSlice<T> page = this.current;
		Assert.state(page != null, "No page");
		return page.getContent().get(this.index++);
	}

	private void fetch(Pageable pageable) {
		Instant issuedAt = this.nextIssuedAt;
		String requestedHref = null;
		if (pageable instanceof CursorPageable cursor && cursor.getCursor().isPresent()) {
			String href = cursor.getCursor().get();
			try {
				this.requested.visit(href);
			}
			catch (UnexpectedResponseException ex) {
				this.next = null;
				throw ex;
			}
			requestedHref = href;
		}
		Slice<T> slice;
		try {
			slice = this.operation.fetch(pageable);
		}
		catch (RuntimeException ex) {
			// a failed fetch (a transport failure, a 5xx) leaves the walk where it was: the
			// position still names this page, and asking again fetches it again, instead of
			// the list looking complete
			if (requestedHref != null) {
				this.requested.forget(requestedHref);
			}
			throw ex;
		}
		this.next = null;
		Assert.state(slice instanceof CursorSlice<T> cursorSlice && cursorSlice.getList().isPresent(),
				"The list operation must return the slice of a SoundCloud list (a repository or scope method)");
		CursorSlice<T> page = (CursorSlice<T>) slice;
		String list = page.getList().get();
		this.current = page;
		this.currentPageable = (pageable instanceof CursorPageable cursor && cursor.getCursor().isPresent())
				? cursor.withList(list) : CursorPageable.first(page.getSize()).withList(list);
		this.currentIssuedAt = issuedAt;
		this.index = Math.min(this.skip, page.getNumberOfElements());
		this.skip = 0;
		if (page.hasNext()) {
			this.next = page.nextPageable();
			this.nextIssuedAt = this.clock.instant();
		}
	}

	/**
	 * Return the position of the next unread item: save it, and {@link #resume(ListOperation,
	 * SoundCloudCursor) resume} there later. At the end of a page it is the next page's
	 * cursor; at the end of the list, a cursor that reads nothing more.
	 * @return the position, or empty while a walk from the start has fetched nothing (resume
	 * by starting again)
	 */
	public Optional<SoundCloudCursor> position() {
		CursorSlice<T> page = this.current;
		CursorPageable pageable = this.currentPageable;
		if (page == null || pageable == null) {
			return Optional.ofNullable(this.start);
		}
		if (this.index < page.getNumberOfElements()) {
			return Optional.of(SoundCloudCursor.of(pageable, this.index, this.currentIssuedAt));
		}
		Pageable following = this.next;
		if (following != null) {
			return Optional.of(SoundCloudCursor.of(following, 0, this.nextIssuedAt));
		}
		return Optional.of(SoundCloudCursor.complete(page.getList().orElseThrow(), page.getNumber(), page.getSize()));
	}

	/**
	 * Return the rest of the walk as a sequential stream; closing it closes the walk.
	 * @return the items not read yet
	 */
	public Stream<T> stream() {
		Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(this,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(spliterator, false).onClose(this::close);
	}

	/**
	 * Stop the walk: no further page is requested. The position stays readable.
	 */
	@Override
	public void close() {
		this.closed = true;
	}

}
