package io.github.scapi.soundcloud.batch;

import java.time.Clock;
import java.time.Duration;

import io.github.scapi.soundcloud.paging.ListOperation;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Builds a {@link SoundCloudItemReader}, in the style of Spring Batch's own builders.
 *
 * <pre class="code">
 * SoundCloudItemReader&lt;Track&gt; reader = new SoundCloudItemReaderBuilder&lt;Track&gt;()
 *     .name("userTracks")
 *     .list((pageable) -&gt; tracks.findByUser(userUrn, pageable))
 *     .pageSize(200)
 *     .build();
 * </pre>
 *
 * @param <T> the item type
 * @author scapi contributors
 */
public class SoundCloudItemReaderBuilder<T> {

	private @Nullable ListOperation<T> list;

	private @Nullable String name;

	private boolean saveState = true;

	private int pageSize;

	private int maxItemCount = Integer.MAX_VALUE;

	private @Nullable Duration maxCursorAge;

	private Clock clock = Clock.systemUTC();

	/**
	 * Set the list to read: a repository method that takes a {@code Pageable}, or
	 * {@code scope.list(...)}. Required.
	 * @param list the list, e.g. {@code (pageable) -> tracks.findByUser(userUrn, pageable)}
	 * @return this builder
	 */
	public SoundCloudItemReaderBuilder<T> list(ListOperation<T> list) {
		this.list = list;
		return this;
	}

	/**
	 * Set the name the reader's state is saved under in the {@code ExecutionContext}.
	 * Required when the state is saved.
	 * @param name the name, unique within the step
	 * @return this builder
	 */
	public SoundCloudItemReaderBuilder<T> name(String name) {
		this.name = name;
		return this;
	}

	/**
	 * Set whether the position is saved at each commit, so that a restart resumes there.
	 * On by default.
	 * @param saveState whether to save the position
	 * @return this builder
	 */
	public SoundCloudItemReaderBuilder<T> saveState(boolean saveState) {
		this.saveState = saveState;
		return this;
	}

	/**
	 * Set the number of items per page, 1 to 200. By default, {@code soundcloud.api.page-size}.
	 * A restarted reader keeps the page size of the cursor it resumes.
	 * @param pageSize the page size
	 * @return this builder
	 */
	public SoundCloudItemReaderBuilder<T> pageSize(int pageSize) {
		this.pageSize = pageSize;
		return this;
	}

	/**
	 * Set the most items to read; unlimited by default.
	 * @param maxItemCount the most items
	 * @return this builder
	 */
	public SoundCloudItemReaderBuilder<T> maxItemCount(int maxItemCount) {
		this.maxItemCount = maxItemCount;
		return this;
	}

	/**
	 * Set the oldest API cursor a restart accepts. SoundCloud documents no lifetime for its
	 * cursors; with this set, a restart from a cursor the API issued longer ago fails with
	 * {@link io.github.scapi.soundcloud.paging.InvalidCursorException} (reason
	 * {@code EXPIRED}) before any request, rather than reading from a position the list may
	 * no longer have. Unset by default: any age is accepted, and a cursor the API no longer
	 * honours fails with the API's error.
	 * @param maxCursorAge the oldest cursor to accept
	 * @return this builder
	 */
	public SoundCloudItemReaderBuilder<T> maxCursorAge(Duration maxCursorAge) {
		Assert.isTrue(maxCursorAge != null && !maxCursorAge.isNegative() && !maxCursorAge.isZero(),
				"'maxCursorAge' must be positive");
		this.maxCursorAge = maxCursorAge;
		return this;
	}

	/** The clock cursor ages are measured with; for tests. */
	SoundCloudItemReaderBuilder<T> clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/**
	 * Build the reader.
	 * @return the reader
	 * @throws IllegalArgumentException if the list is missing, the name is missing while the
	 * state is saved, or the page size or item count is out of range
	 */
	public SoundCloudItemReader<T> build() {
		Assert.notNull(this.list, "A list is required");
		if (this.saveState) {
			Assert.isTrue(StringUtils.hasText(this.name), "A name is required when saveState is true");
		}
		Assert.isTrue(this.pageSize == 0 || (this.pageSize >= 1 && this.pageSize <= 200),
				"'pageSize' must be between 1 and 200");
		Assert.isTrue(this.maxItemCount >= 1, "'maxItemCount' must be at least 1");
		SoundCloudItemReader<T> reader = new SoundCloudItemReader<>(this.list, this.pageSize, this.maxCursorAge,
				this.clock);
		if (this.name != null) {
			reader.setName(this.name);
		}
		reader.setSaveState(this.saveState);
		reader.setMaxItemCount(this.maxItemCount);
		return reader;
	}

}
