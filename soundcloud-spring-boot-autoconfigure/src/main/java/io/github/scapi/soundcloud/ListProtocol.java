package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import io.github.scapi.soundcloud.paging.CursorPageable;
import io.github.scapi.soundcloud.paging.CursorSlice;
import io.github.scapi.soundcloud.paging.InvalidCursorException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * SoundCloud's list protocol in one place: the first page's query ({@code limit},
 * {@code linked_partitioning=true} and, for page numbers above zero, the deprecated
 * {@code offset}, each only where the list's operation defines it, see
 * {@link ListParameters}), the rules for following a {@code next_href}, reading a page in
 * either of the API's shapes, and turning pages into a {@link CursorSlice} or a lazy
 * {@link Stream}.
 */
final class ListProtocol {

	/** The largest page size the API accepts, and the most items one page may hold. */
	static final int MAX_PAGE_SIZE = 200;

	private final RequestExecutor executor;

	private final JsonMapper jsonMapper;

	private final String basePrefix;

	private final URI baseUrl;

	private final CredentialScope credentials;

	private final int pageSize;

	private final @Nullable Executor prefetch;

	ListProtocol(RequestExecutor executor, JsonMapper jsonMapper, URI baseUrl, String basePrefix,
			CredentialScope credentials, int pageSize, @Nullable Executor prefetch) {
		this.executor = executor;
		this.jsonMapper = jsonMapper;
		this.baseUrl = baseUrl;
		this.basePrefix = basePrefix;
		this.credentials = credentials;
		this.pageSize = pageSize;
		this.prefetch = prefetch;
	}

	/**
	 * One page, as a slice whose {@code nextPageable()} carries the API's cursor.
	 */
	<T> CursorSlice<T> slice(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType, Pageable pageable) {
		Pageable checked = check(pageable);
		String list = PathTemplate.expand(this.basePrefix, pathTemplate, uriVariables, query).toString();
		checkList(checked, list);
		ApiPage<T> page = fetch(pathTemplate, uriVariables, query, itemType, checked, null,
				this.executor.currentCaller());
		return new CursorSlice<>(page.items(), checked, page.nextHref(), list);
	}

	/**
	 * A pageable taken from a slice, or from a {@link io.github.scapi.soundcloud.paging.SoundCloudCursor}
	 * string, is bound to the list it came from: the URL of that list's first page without
	 * paging parameters. Used for another list (another path, other filters, another base
	 * URL), it is refused before any request rather than reading the wrong list.
	 */
	private void checkList(Pageable pageable, String list) {
		if (!(pageable instanceof CursorPageable cursor) || cursor.isFor(list)) {
			return;
		}
		String bound = cursor.getList().orElse("");
		boolean sameApi = bound.startsWith(this.basePrefix + "/") || bound.startsWith(this.basePrefix + "?");
		throw new InvalidCursorException(sameApi ? InvalidCursorException.Reason.OTHER_LIST
				: InvalidCursorException.Reason.OTHER_API, "it belongs to the list " + UrlRedactor.redact(bound)
						+ ", not to " + UrlRedactor.redact(list));
	}

	/**
	 * Every item of every page, lazily: nothing is requested until the stream is used, and
	 * with a prefetch executor one page is fetched ahead (see {@link PageIterator}).
	 */
	<T> Stream<T> stream(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType) {
		checkRequest(pathTemplate, uriVariables, query);
		// what this walk has requested, to stop a next_href that leads back (self-loop, a <-> b)
		VisitedPages requested = new VisitedPages();
		// every page with the credentials (and as a child of the observation) of the caller who
		// asked for the walk, whichever thread fetches it and however late
		RequestExecutor.Caller caller = this.executor.currentCaller();
		return walk((pageable) -> fetch(pathTemplate, uriVariables, query, itemType, pageable, requested, caller),
				CursorPageable.first(this.pageSize), this.prefetch);
	}

	/**
	 * Fetch one page as a slice: fetching a page stays apart from what is made of it.
	 */
	static <T> CursorSlice<T> slice(PageFetcher<T> fetcher, Pageable pageable) {
		ApiPage<T> page = fetcher.fetch(pageable);
		return new CursorSlice<>(page.items(), pageable, page.nextHref());
	}

	/**
	 * Flatten the pages a fetcher gives, from the first one on, into a lazy stream whose
	 * closing stops the walk and cancels a fetch in flight.
	 */
	static <T> Stream<T> walk(PageFetcher<T> fetcher, Pageable first, @Nullable Executor prefetch) {
		PageIterator<T> iterator = new PageIterator<>(fetcher, first, prefetch);
		Spliterator<T> spliterator = Spliterators.spliteratorUnknownSize(iterator,
				Spliterator.ORDERED | Spliterator.NONNULL);
		return StreamSupport.stream(spliterator, false).onClose(iterator::close);
	}

	/**
	 * A list the API returns whole, without paging parameters.
	 */
	<T> List<T> whole(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType) {
		URI uri = PathTemplate.expand(this.basePrefix, pathTemplate, uriVariables, query);
		ApiPage<T> page = this.executor.execute(Call.page(pathTemplate, uri, new PageReader<>(this.jsonMapper, itemType)));
		return (page != null) ? page.items() : List.of();
	}

	/**
	 * Check a caller's pageable and fill in the default page size, before any request.
	 * @throws IllegalArgumentException if the page size exceeds 200 or a sort is requested
	 */
	Pageable check(Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		Assert.isTrue(pageable.getSort().isUnsorted(), "The SoundCloud API cannot sort lists; remove the Sort");
		if (pageable.isUnpaged()) {
			return CursorPageable.first(this.pageSize);
		}
		Assert.isTrue(pageable.getPageSize() <= MAX_PAGE_SIZE, () -> "Page size must be at most " + MAX_PAGE_SIZE
				+ " (the API's limit), but was " + pageable.getPageSize());
		return pageable;
	}

	/**
	 * Expanding the first page's URI checks the template and its variables, so that a bad
	 * argument fails when a walk is asked for, not when it is first used.
	 */
	private void checkRequest(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query) {
		PathTemplate.expand(this.basePrefix, pathTemplate, uriVariables, query);
	}

	private <T> ApiPage<T> fetch(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType, Pageable pageable, @Nullable VisitedPages requested, RequestExecutor.Caller caller) {
		ListParameters parameters = ListParameters.of(pathTemplate);
		URI uri;
		if (pageable instanceof CursorPageable cursorPageable && cursorPageable.getCursor().isPresent()) {
			uri = checkNextHref(cursorPageable.getCursor().get());
		}
		else {
			parameters.checkPageNumber(pageable, pathTemplate);
			MultiValueMap<String, String> pageQuery = new LinkedMultiValueMap<>(query);
			if (parameters.limit()) {
				pageQuery.set("limit", Integer.toString(pageable.getPageSize()));
			}
			if (parameters.linkedPartitioning()) {
				pageQuery.set("linked_partitioning", "true");
			}
			if (pageable.getPageNumber() > 0) {
				pageQuery.set("offset", Long.toString(pageable.getOffset()));
			}
			uri = PathTemplate.expand(this.basePrefix, pathTemplate, uriVariables, pageQuery);
		}
		if (requested != null) {
			requested.visit(uri.toString());
		}
		ApiPage<T> page = this.executor.execute(Call.page(pathTemplate, uri, new PageReader<>(this.jsonMapper, itemType)),
				caller);
		if (page == null) {
			return new ApiPage<>(List.of(), null);
		}
		if (page.bare() && parameters.offset() && !parameters.linkedPartitioning()) {
			page = new ApiPage<>(page.items(), offsetContinuation(uri, page.items().size()));
		}
		if (page.hasNext() && uri.toString().equals(page.nextHref())) {
			throw VisitedPages.loop(uri.toString());
		}
		return page;
	}

	/**
	 * The next page of a list that answers a bare array and is paged by {@code offset} alone
	 * ({@code GET /me/followings/tracks}, whose {@code TracksList} has no {@code next_href}):
	 * after a full page, the same request at the following offset. Like SoundCloud's own
	 * links, this may lead to one empty page after an exactly full last one.
	 */
	private static @Nullable String offsetContinuation(URI uri, int items) {
		MultiValueMap<String, String> parameters = UriComponentsBuilder.fromUri(uri).build(true).getQueryParams();
		try {
			String limit = parameters.getFirst("limit");
			String offset = parameters.getFirst("offset");
			if (limit == null || items < Integer.parseInt(limit)) {
				return null;
			}
			long next = ((offset != null) ? Long.parseLong(offset) : 0) + Integer.parseInt(limit);
			return UriComponentsBuilder.fromUri(uri)
				.replaceQueryParam("offset", Long.toString(next))
				.build(true)
				.toUriString();
		}
		catch (NumberFormatException ex) {
			// not a request the connector made: nothing to continue
			return null;
		}
	}

	/**
	 * A {@code next_href} is followed exactly as given, but only within the configured API:
	 * its origin and base path.
	 */
	private URI checkNextHref(String nextHref) {
		URI uri;
		try {
			uri = URI.create(nextHref);
		}
		catch (IllegalArgumentException ex) {
			throw new UnexpectedResponseException(0, HttpMethod.GET, null, List.of(),
					"next_href is not a valid URL: " + UrlRedactor.redact(nextHref), null);
		}
		if (!this.credentials.isApiOrigin(uri) || !this.credentials.isUnderBasePath(uri)) {
			throw new UnexpectedResponseException(0, HttpMethod.GET, uri, List.of(),
					"next_href points outside the configured API " + this.baseUrl + "; it is not followed", null);
		}
		return uri;
	}

}
