package io.github.scapi.soundcloud;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a SoundCloud list exactly as the API returned it: the items and, with
 * linked partitioning, the {@code next_href} link to the following page.
 *
 * @param <T> the item type
 * @param items the items of this page, never {@code null}
 * @param nextHref the absolute URL of the next page, or {@code null} when the API gave none
 * @param bare whether the API answered a bare JSON array rather than
 * {@code {collection, next_href}}: a bare array never links onwards
 */
record ApiPage<T>(List<T> items, @Nullable String nextHref, boolean bare) {

	/**
	 * A page in the linked shape.
	 * @param items the items of this page
	 * @param nextHref the next page link, or {@code null}
	 */
	ApiPage(List<T> items, @Nullable String nextHref) {
		this(items, nextHref, false);
	}

	/**
	 * Normalise the components.
	 * @param items the items of this page
	 * @param nextHref the next page link, blank treated as absent
	 */
	public ApiPage {
		items = (items != null) ? List.copyOf(items) : List.of();
		nextHref = (nextHref != null && !nextHref.isBlank()) ? nextHref : null;
	}

	/**
	 * Return whether another page should be requested. The API has been seen to return a
	 * {@code next_href} on an empty page, so an empty page always ends the walk.
	 * @return {@code true} if the page has items and a next link
	 */
	public boolean hasNext() {
		return this.nextHref != null && !this.items.isEmpty();
	}

	@Override
	public String toString() {
		return "ApiPage[items=" + this.items.size() + ", hasNext=" + hasNext() + "]";
	}

}
