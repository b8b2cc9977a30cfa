package io.github.scapi.soundcloud.paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * One list of the API, given as the method that fetches one of its pages: any repository
 * method that takes a {@link Pageable}, or {@code scope.list(...)}. It is how a
 * {@link SoundCloudWalk} and Spring Batch's {@code SoundCloudItemReader} are told which list
 * to read, with no per-list variant of either:
 *
 * <pre class="code">
 * ListOperation&lt;Track&gt; tracksOfUser = (pageable) -&gt; tracks.findByUser(userUrn, pageable);
 * ListOperation&lt;User&gt; followers = (pageable) -&gt; users.findFollowers(userUrn, pageable);
 * </pre>
 *
 * @param <T> the item type
 * @author scapi contributors
 */
@FunctionalInterface
public interface ListOperation<T> {

	/**
	 * Fetch one page.
	 * @param pageable the page: the first page's size, or a {@link CursorPageable} bound to
	 * this list
	 * @return the page, a {@link CursorSlice} for the lists of this library
	 */
	Slice<T> fetch(Pageable pageable);

}
