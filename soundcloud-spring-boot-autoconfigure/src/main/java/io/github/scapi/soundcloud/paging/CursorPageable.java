package io.github.scapi.soundcloud.paging;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

/**
 * A {@link Pageable} that continues a SoundCloud list where the API said: it carries the
 * {@code next_href} cursor of the previous page. {@link CursorSlice#nextPageable()}
 * returns one; pass it back to the same repository method to get the following page.
 * Without a cursor (the first page), it behaves like {@link PageRequest}.
 *
 * <p>A pageable taken from a slice (or from a {@link SoundCloudCursor}) also knows the list
 * it belongs to: the URL of the list's first page without paging parameters or credentials.
 * A repository refuses it, before any request, for another list.
 *
 * <p>SoundCloud does not sort lists on request, so the sort is always unsorted.
 *
 * @author scapi contributors
 */
public final class CursorPageable implements Pageable {

	private final int page;

	private final int size;

	private final @Nullable String cursor;

	private final @Nullable String list;

	private CursorPageable(int page, int size, @Nullable String cursor, @Nullable String list) {
		Assert.isTrue(page >= 0, "'page' must not be negative");
		Assert.isTrue(size >= 1, "'size' must be at least 1");
		this.page = page;
		this.size = size;
		this.cursor = cursor;
		this.list = list;
	}

	/**
	 * Create a pageable for the first page.
	 * @param size the number of items per page
	 * @return the pageable
	 */
	public static CursorPageable first(int size) {
		return new CursorPageable(0, size, null, null);
	}

	/**
	 * Create a pageable that continues at a cursor.
	 * @param page the zero-based number of the page the cursor leads to
	 * @param size the number of items per page
	 * @param cursor the absolute {@code next_href} URL given by the API
	 * @return the pageable
	 */
	public static CursorPageable of(int page, int size, String cursor) {
		Assert.hasText(cursor, "'cursor' must not be empty");
		return new CursorPageable(page, size, cursor, null);
	}

	/**
	 * Return a copy of this pageable bound to a list: a repository refuses it for any other
	 * list with {@link InvalidCursorException}, before any request.
	 * @param listUrl the URL of the list's first page without paging parameters, as
	 * {@link CursorSlice#getList()} returns it; credentials in it are removed
	 * @return the bound pageable
	 */
	public CursorPageable withList(String listUrl) {
		Assert.hasText(listUrl, "'listUrl' must not be empty");
		return new CursorPageable(this.page, this.size, this.cursor, CursorCredentials.strip(listUrl));
	}

	/**
	 * Return the list this pageable belongs to, when it was taken from one.
	 * @return the URL of the list's first page without paging parameters or credentials, or
	 * empty when the pageable is bound to no list
	 */
	public Optional<String> getList() {
		return Optional.ofNullable(this.list);
	}

	/**
	 * Return whether this pageable may be used for the given list: it is bound to no list,
	 * or to that one.
	 * @param listUrl the URL of a list's first page without paging parameters
	 * @return {@code true} if the pageable may continue that list
	 */
	public boolean isFor(String listUrl) {
		Assert.hasText(listUrl, "'listUrl' must not be empty");
		return this.list == null || this.list.equals(CursorCredentials.strip(listUrl));
	}

	/**
	 * Return the {@code next_href} cursor this pageable continues at.
	 * @return the cursor, or empty for a first page
	 */
	public Optional<String> getCursor() {
		return Optional.ofNullable(this.cursor);
	}

	@Override
	public int getPageNumber() {
		return this.page;
	}

	@Override
	public int getPageSize() {
		return this.size;
	}

	@Override
	public long getOffset() {
		return (long) this.page * this.size;
	}

	@Override
	public Sort getSort() {
		return Sort.unsorted();
	}

	/**
	 * Return a plain page request for the page after this one. Its cursor is unknown until
	 * this page has been fetched, so it falls back to offset paging; prefer
	 * {@link CursorSlice#nextPageable()}.
	 */
	@Override
	public Pageable next() {
		return PageRequest.of(this.page + 1, this.size);
	}

	@Override
	public Pageable previousOrFirst() {
		return (this.page > 0) ? PageRequest.of(this.page - 1, this.size) : first();
	}

	@Override
	public Pageable first() {
		return first(this.size);
	}

	@Override
	public Pageable withPage(int pageNumber) {
		return (pageNumber == 0) ? first() : PageRequest.of(pageNumber, this.size);
	}

	@Override
	public boolean hasPrevious() {
		return this.page > 0;
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return (obj instanceof CursorPageable other) && this.page == other.page && this.size == other.size
				&& Objects.equals(this.cursor, other.cursor) && Objects.equals(this.list, other.list);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.page, this.size, this.cursor, this.list);
	}

	@Override
	public String toString() {
		return "CursorPageable[page=" + this.page + ", size=" + this.size + ", cursor="
				+ ((this.cursor != null) ? "present" : "none") + "]";
	}

}
