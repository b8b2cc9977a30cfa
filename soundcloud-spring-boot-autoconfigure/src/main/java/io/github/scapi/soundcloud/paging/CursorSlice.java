package io.github.scapi.soundcloud.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;

/**
 * One page of a SoundCloud list as a Spring Data {@link org.springframework.data.domain.Slice}.
 * {@link #nextPageable()} carries the API's {@code next_href} cursor, so passing it back to
 * the repository continues exactly where the API said. There is no total: SoundCloud does
 * not return one.
 *
 * @param <T> the item type
 * @author scapi contributors
 */
public final class CursorSlice<T> extends SliceImpl<T> {

	private final @Nullable String nextHref;

	private final @Nullable String list;

	/**
	 * Create a slice that belongs to no particular list.
	 * @param content the items of the page
	 * @param pageable the pageable the page was fetched with
	 * @param nextHref the API's link to the next page, or {@code null}
	 */
	public CursorSlice(List<T> content, Pageable pageable, @Nullable String nextHref) {
		this(content, pageable, nextHref, null);
	}

	/**
	 * Create a slice of a list.
	 * @param content the items of the page
	 * @param pageable the pageable the page was fetched with
	 * @param nextHref the API's link to the next page, or {@code null}
	 * @param listUrl the URL of the list's first page without paging parameters (credentials
	 * in it are removed), or {@code null}
	 */
	public CursorSlice(List<T> content, Pageable pageable, @Nullable String nextHref, @Nullable String listUrl) {
		super(content, pageable, nextHref != null && !content.isEmpty());
		this.nextHref = hasNext() ? nextHref : null;
		this.list = (listUrl != null) ? CursorCredentials.strip(listUrl) : null;
	}

	/**
	 * Return the API's link to the next page.
	 * @return the {@code next_href}, or empty on the last page
	 */
	public Optional<String> getNextHref() {
		return Optional.ofNullable(this.nextHref);
	}

	/**
	 * Return the list this page belongs to: the URL of its first page without paging
	 * parameters or credentials, which a {@link SoundCloudCursor} is bound to.
	 * @return the list, or empty for a slice made without one
	 */
	public Optional<String> getList() {
		return Optional.ofNullable(this.list);
	}

	/**
	 * Return the pageable of the next page: a {@link CursorPageable} that carries the API's
	 * {@code next_href} and is bound to this slice's list, or {@link Pageable#unpaged()} on
	 * the last page.
	 */
	@Override
	public Pageable nextPageable() {
		if (this.nextHref == null) {
			return Pageable.unpaged();
		}
		CursorPageable next = CursorPageable.of(getNumber() + 1, getSize(), this.nextHref);
		return (this.list != null) ? next.withList(this.list) : next;
	}

	@Override
	public <U> CursorSlice<U> map(Function<? super T, ? extends U> converter) {
		return new CursorSlice<>(getConvertedContent(converter), getPageable(), this.nextHref, this.list);
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return (obj instanceof CursorSlice<?> other) && super.equals(other)
				&& java.util.Objects.equals(this.nextHref, other.nextHref)
				&& java.util.Objects.equals(this.list, other.list);
	}

	@Override
	public int hashCode() {
		return 31 * super.hashCode() + java.util.Objects.hashCode(this.nextHref);
	}

}
