package io.github.scapi.soundcloud.batch;

import java.time.Clock;
import java.time.Duration;

import io.github.scapi.soundcloud.paging.InvalidCursorException;
import io.github.scapi.soundcloud.paging.ListOperation;
import io.github.scapi.soundcloud.paging.SoundCloudCursor;
import io.github.scapi.soundcloud.paging.SoundCloudWalk;
import org.jspecify.annotations.Nullable;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.util.Assert;

/**
 * Reads every item of one SoundCloud list (any repository method that takes a
 * {@code Pageable}, or {@code scope.list(...)}) and restarts exactly where the last chunk
 * was committed: at each commit it saves, under {@code <name>.cursor}, the
 * {@link SoundCloudCursor} of the next unread item (the API's cursor of its page and the
 * offset within it), and on restart it resumes there, with no item read twice and none
 * skipped.
 *
 * <p>Pages are fetched as they are needed, never ahead: a page fetched ahead would be lost
 * in a crash and fetched again. A restart therefore costs at most the one page that was
 * being read when the step failed, and none when the last commit ended on a page boundary.
 * A saved cursor that is damaged, edited, taken from another list or API, or older than
 * {@link SoundCloudItemReaderBuilder#maxCursorAge(Duration)} fails the step with
 * {@link InvalidCursorException} before any request.
 *
 * <p>Like most readers with state, it is not thread-safe: give each thread its own list
 * with a partitioned step ({@link SoundCloudPartitioner}) rather than sharing one reader in
 * a multi-threaded step. Build it with {@link SoundCloudItemReaderBuilder}.
 *
 * @param <T> the item type
 * @author scapi contributors
 */
public class SoundCloudItemReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

	/** The key, after the reader's name, of the saved cursor. */
	public static final String CURSOR_KEY = "cursor";

	private final ListOperation<T> list;

	private final int pageSize;

	private final @Nullable Duration maxCursorAge;

	private final Clock clock;

	private @Nullable SoundCloudCursor resumeFrom;

	private @Nullable SoundCloudWalk<T> walk;

	SoundCloudItemReader(ListOperation<T> list, int pageSize, @Nullable Duration maxCursorAge, Clock clock) {
		Assert.notNull(list, "'list' must not be null");
		this.list = list;
		this.pageSize = pageSize;
		this.maxCursorAge = maxCursorAge;
		this.clock = clock;
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		this.resumeFrom = null;
		if (isSaveState() && executionContext.containsKey(getExecutionContextKey(CURSOR_KEY))) {
			// a bad cursor is refused here, before the step reads (and so requests) anything
			SoundCloudCursor saved = SoundCloudCursor.parse(executionContext.getString(getExecutionContextKey(CURSOR_KEY)));
			if (this.maxCursorAge != null) {
				saved.checkAge(this.maxCursorAge, this.clock);
			}
			this.resumeFrom = saved;
		}
		super.open(executionContext);
	}

	@Override
	protected void doOpen() {
		SoundCloudCursor from = this.resumeFrom;
		if (from != null) {
			this.walk = SoundCloudWalk.resume(this.list, from);
		}
		else {
			this.walk = (this.pageSize > 0) ? SoundCloudWalk.start(this.list, this.pageSize)
					: SoundCloudWalk.start(this.list);
		}
	}

	/**
	 * Nothing to skip: the saved cursor already points at the next unread item, so restarting
	 * does not read (and fetch) the items before it again, as the default would.
	 */
	@Override
	protected void jumpToItem(int itemIndex) {
	}

	@Override
	protected @Nullable T doRead() {
		SoundCloudWalk<T> current = this.walk;
		Assert.state(current != null, "The reader is not open");
		return current.hasNext() ? current.next() : null;
	}

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		SoundCloudWalk<T> current = this.walk;
		if (isSaveState() && current != null) {
			current.position()
				.ifPresent((cursor) -> executionContext.putString(getExecutionContextKey(CURSOR_KEY), cursor.toString()));
		}
	}

	@Override
	protected void doClose() {
		SoundCloudWalk<T> current = this.walk;
		this.walk = null;
		if (current != null) {
			current.close();
		}
	}

}
