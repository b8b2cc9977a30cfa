package io.github.scapi.soundcloud;

import org.springframework.data.domain.Pageable;

/**
 * Fetches one page of a list. Given a {@link io.github.scapi.soundcloud.paging.CursorPageable} that carries a cursor, it
 * requests that cursor's URL; given any other {@link Pageable}, it requests the first page,
 * or for a page number above zero the matching offset where the list's operation defines one
 * ({@link ListParameters}). Fetching is kept apart from
 * flattening pages into items, which {@link ListProtocol} does.
 *
 * @param <T> the item type
 */
@FunctionalInterface
interface PageFetcher<T> {

	/**
	 * Fetch the page the given pageable describes.
	 * @param pageable the page to fetch
	 * @return the page as the API returned it
	 */
	ApiPage<T> fetch(Pageable pageable);

}
