package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.paging.ApiPage;
import io.github.scapi.soundcloud.paging.CursorPageable;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Sends requests to the SoundCloud API and maps the answers: the successor of scapi's
 * {@code ApiConnector}. Repositories are thin layers over it.
 *
 * <p>Paths are always given as URI templates such as {@code /tracks/{track_urn}}, so the
 * {@code uri} tag of Spring's {@code http.client.requests} observation stays
 * low-cardinality. A variable fills one path segment, with {@code :} and {@code @} kept raw
 * as SoundCloud writes URNs ({@code /tracks/soundcloud:tracks:123}) and everything else
 * that could leave the segment percent-encoded; query names and values are literal text,
 * encoded strictly. Credentials from the
 * {@link SoundCloudAuthenticator} are added only to requests for the base URL's origin or,
 * over HTTPS, a trusted host, and are added again for every exchange, so a redirect hop
 * to another host carries none and an OAuth 1.0a request is signed again for each hop.
 *
 * <p>The HTTP library follows no redirects; the connector does: 303 (and 201 with a
 * {@code Location} but no body) become a GET of the location, 307 and 308 repeat the
 * request, 301 and 302 are followed for GET; at most {@value RequestExecutor#MAX_HOPS} hops,
 * never from HTTPS to HTTP, never in a loop. Failed requests are retried as the
 * {@link SoundCloudRetryPolicy} describes.
 *
 * <p>Instances are immutable and thread-safe. Two connectors with different credentials
 * can live side by side; nothing is global.
 *
 * @author scapi contributors
 * @see SoundCloudConnectorBuilder
 */
public final class SoundCloudConnector {

	/** The largest page size the API accepts. */
	public static final int MAX_PAGE_SIZE = 200;


	private final URI baseUrl;

	/** The base URL without a trailing slash, which every expanded path follows. */
	private final String basePrefix;

	private final SoundCloudAuthenticator authenticator;

	private final JsonMapper jsonMapper;

	private final CredentialScope credentials;

	private final RequestExecutor executor;

	private final int pageSize;

	private final boolean collapseScope;

	private final @Nullable Executor prefetchExecutor;

	SoundCloudConnector(URI baseUrl, SoundCloudAuthenticator authenticator, JsonMapper jsonMapper, int pageSize,
			boolean collapseScope, @Nullable Executor prefetchExecutor, CredentialScope credentials,
			RequestExecutor executor) {
		this.collapseScope = collapseScope;
		this.prefetchExecutor = prefetchExecutor;
		this.baseUrl = baseUrl;
		String base = baseUrl.toString();
		this.basePrefix = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.authenticator = authenticator;
		this.jsonMapper = jsonMapper;
		this.pageSize = pageSize;
		this.credentials = credentials;
		this.executor = executor;
	}

	/**
	 * Start building a connector.
	 * @return a builder with SoundCloud's defaults
	 */
	public static SoundCloudConnectorBuilder builder() {
		return new SoundCloudConnectorBuilder();
	}

	/**
	 * Return the base URL every path is resolved against, including any base path.
	 * @return the base URL
	 */
	public URI getBaseUrl() {
		return this.baseUrl;
	}

	/**
	 * Return the page size used when a caller does not choose one.
	 * @return the default number of items per page
	 */
	public int getPageSize() {
		return this.pageSize;
	}

	/**
	 * Return the executor that fetches pages ahead for {@code Stream} walks.
	 * @return the executor, or {@code null} when prefetching is off
	 */
	public @Nullable Executor getPrefetchExecutor() {
		return this.prefetchExecutor;
	}

	/**
	 * Return a scope for any path of the API (scapi's {@code Scope}).
	 * @param collection the top-level collection, e.g. {@code users}
	 * @param id the resource's id or URN
	 * @return the scope of that resource
	 */
	public SoundCloudScope scope(String collection, String id) {
		return new SoundCloudScope(this, List.of(), this.collapseScope).scope(collection, id);
	}

	/**
	 * Return the root scope, to list or create in top-level collections such as
	 * {@code groups}.
	 * @return the root scope
	 */
	public SoundCloudScope scope() {
		return new SoundCloudScope(this, List.of(), this.collapseScope);
	}

	/**
	 * Return the authenticator that signs requests.
	 * @return the authenticator
	 */
	public SoundCloudAuthenticator getAuthenticator() {
		return this.authenticator;
	}

	/**
	 * GET a resource.
	 * @param <T> the result type
	 * @param pathTemplate the path template, relative to the base URL, e.g. {@code /me}
	 * @param uriVariables the values of the template's variables
	 * @param type the type to map the JSON body to
	 * @return the mapped body
	 * @throws SoundCloudException if the request fails or the response has no body
	 */
	public <T> T get(String pathTemplate, Map<String, ?> uriVariables, Class<T> type) {
		URI uri = expand(pathTemplate, uriVariables, null);
		T result = this.executor.execute(new RequestExecutor.Call<>(HttpMethod.GET, pathTemplate, uri, null,
				reader(type), false, null));
		if (result == null) {
			throw new UnexpectedResponseException(204, HttpMethod.GET, UrlRedactor.redact(uri), List.of(),
					"the response has no body", null);
		}
		return result;
	}

	/**
	 * GET a resource that may not exist.
	 * @param <T> the result type
	 * @param pathTemplate the path template, relative to the base URL, e.g. {@code /tracks/{track_urn}}
	 * @param uriVariables the values of the template's variables
	 * @param type the type to map the JSON body to
	 * @return the mapped body, or empty when the API answered 404
	 * @throws SoundCloudException if the request fails for any other reason
	 */
	public <T> Optional<T> find(String pathTemplate, Map<String, ?> uriVariables, Class<T> type) {
		return Optional.ofNullable(this.executor.execute(new RequestExecutor.Call<>(HttpMethod.GET, pathTemplate,
				expand(pathTemplate, uriVariables, null), null, reader(type), true, null)));
	}

	/**
	 * GET a resource that may not exist, with query parameters.
	 * @param <T> the result type
	 * @param pathTemplate the path template, relative to the base URL
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters, encoded strictly
	 * @param type the type to map the JSON body to; {@code JsonNode} for a tree
	 * @return the mapped body, or empty when the API answered 404
	 * @throws SoundCloudException if the request fails for any other reason
	 */
	public <T> Optional<T> find(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> type) {
		return Optional.ofNullable(this.executor.execute(new RequestExecutor.Call<>(HttpMethod.GET, pathTemplate,
				expand(pathTemplate, uriVariables, query), null, reader(type), true, null)));
	}

	/**
	 * Map a JSON tree the API returned to a model type, with the connector's own mapper.
	 * @param <T> the model type
	 * @param json the tree
	 * @param type the model type
	 * @return the mapped value
	 * @throws UnexpectedResponseException if the tree does not fit the type
	 */
	public <T> T convert(JsonNode json, Class<T> type) {
		try {
			return this.jsonMapper.treeToValue(json, type);
		}
		catch (JacksonException ex) {
			throw new UnexpectedResponseException(200, HttpMethod.GET, "(JSON)", List.of(),
					"the JSON is not a " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * Send any request and map the JSON answer, following redirects and retrying as the
	 * connector does for every request.
	 * @param <T> the result type ({@code Void} to ignore the body)
	 * @param method the HTTP method
	 * @param pathTemplate the path template, relative to the base URL
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters, encoded strictly
	 * @param body the request body, or {@code null}
	 * @param type the type to map the JSON body to
	 * @return the mapped body; empty when the response had none (204, or scapi's 201
	 * without a {@code Location})
	 * @throws SoundCloudException if the request fails
	 */
	public <T> Optional<T> exchange(HttpMethod method, String pathTemplate, Map<String, ?> uriVariables,
			MultiValueMap<String, String> query, @Nullable SoundCloudRequestBody body, Class<T> type) {
		Assert.notNull(method, "'method' must not be null");
		URI uri = expand(pathTemplate, uriVariables, query);
		return Optional.ofNullable(this.executor.execute(new RequestExecutor.Call<>(method, pathTemplate, uri, body,
				(type == Void.class) ? (in) -> null : reader(type), false, null)));
	}

	/**
	 * GET a URL that answers with a redirect and return where it points, without following
	 * it: for stream and download links, whose target (a CDN URL that expires within
	 * minutes) is fetched later, without credentials.
	 * @param pathTemplate the path template, relative to the base URL
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters
	 * @return the redirect's absolute location, or empty when the API answered without one
	 * @throws SoundCloudException if the request fails
	 */
	public Optional<URI> redirectLocation(String pathTemplate, Map<String, ?> uriVariables,
			MultiValueMap<String, String> query) {
		URI uri = expand(pathTemplate, uriVariables, query);
		return Optional.ofNullable(this.executor.execute(new RequestExecutor.Call<URI>(HttpMethod.GET, pathTemplate,
				uri, null, (in) -> null, false, (location) -> location)));
	}

	/**
	 * GET an absolute URL that answers with a redirect, such as a stream URL from
	 * {@code /tracks/{track_urn}/streams}, and return where it points without following it.
	 * Credentials go along only if the URL is on the API's origin.
	 * @param url the absolute URL
	 * @return the redirect's location, or empty when the answer was not a redirect
	 * @throws SoundCloudException if the request fails
	 */
	public Optional<URI> redirectLocation(URI url) {
		Assert.isTrue(url.isAbsolute(), "'url' must be absolute");
		return Optional.ofNullable(this.executor.execute(new RequestExecutor.Call<URI>(HttpMethod.GET, "{redirect}",
				url, null, (in) -> null, false, (location) -> location)));
	}

	/**
	 * GET an absolute URL and hand its body, whatever its content type, to a consumer: for
	 * audio from a CDN link. Credentials go along only if the URL is on the API's origin, so a
	 * CDN never sees them; redirects are followed by the same rules as for API requests.
	 * @param <T> what the consumer makes of the body
	 * @param url the absolute URL
	 * @param consumer reads the body; the stream is closed afterwards
	 * @return what the consumer returned
	 * @throws SoundCloudForbiddenException if the link was refused, typically because it expired
	 * @throws SoundCloudException if the request fails otherwise
	 */
	public <T> @Nullable T download(URI url, BodyReader<T> consumer) {
		Assert.isTrue(url.isAbsolute(), "'url' must be absolute");
		Assert.notNull(consumer, "'consumer' must not be null");
		return this.executor.execute(
				new RequestExecutor.Call<>(HttpMethod.GET, "{download}", url, null, consumer, false, null, false));
	}

	/**
	 * GET one page of a list. A {@link CursorPageable} with a cursor requests the cursor's
	 * {@code next_href} as given by the API (after checking it points at this API); any
	 * other pageable requests the first page with {@code linked_partitioning=true}, adding the
	 * deprecated {@code offset} for page numbers above zero.
	 * @param <T> the item type
	 * @param pathTemplate the list's path template, e.g. {@code /users/{user_urn}/tracks}
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters of the first page (ignored when following a cursor)
	 * @param itemType the type of the list's items
	 * @param pageable the page to fetch, as returned by {@link #pageable(Pageable)}
	 * @return the page
	 * @throws SoundCloudException if the request fails
	 */
	public <T> ApiPage<T> getPage(String pathTemplate, Map<String, ?> uriVariables,
			MultiValueMap<String, String> query, Class<T> itemType, Pageable pageable) {
		Pageable checked = pageable(pageable);
		URI uri;
		if (checked instanceof CursorPageable cursorPageable && cursorPageable.getCursor().isPresent()) {
			uri = checkNextHref(cursorPageable.getCursor().get());
		}
		else {
			MultiValueMap<String, String> pageQuery = new LinkedMultiValueMap<>(query);
			pageQuery.set("limit", Integer.toString(checked.getPageSize()));
			pageQuery.set("linked_partitioning", "true");
			if (checked.getPageNumber() > 0) {
				pageQuery.set("offset", Long.toString(checked.getOffset()));
			}
			uri = expand(pathTemplate, uriVariables, pageQuery);
		}
		ApiPage<T> page = this.executor.execute(new RequestExecutor.Call<>(HttpMethod.GET, pathTemplate, uri, null,
				new PageReader<>(this.jsonMapper, itemType), false, null));
		return (page != null) ? page : new ApiPage<>(List.of(), null);
	}

	/**
	 * GET a list that the API returns whole, without paging parameters (for example a
	 * user's web profiles, or the 25 recently played tracks).
	 * @param <T> the item type
	 * @param pathTemplate the list's path template
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters
	 * @param itemType the type of the list's items
	 * @return the items, in the API's order
	 * @throws SoundCloudException if the request fails
	 */
	public <T> List<T> getList(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType) {
		ApiPage<T> page = this.executor.execute(new RequestExecutor.Call<>(HttpMethod.GET, pathTemplate,
				expand(pathTemplate, uriVariables, query), null, new PageReader<>(this.jsonMapper, itemType), false,
				null));
		return (page != null) ? page.items() : List.of();
	}

	/**
	 * Check a caller's pageable and fill in the default page size. Call it before the first
	 * request so that bad arguments fail without any request being made.
	 * @param pageable the caller's pageable; unpaged means the first page at the default size
	 * @return a paged pageable
	 * @throws IllegalArgumentException if the page size exceeds 200 or a sort is requested
	 */
	public Pageable pageable(Pageable pageable) {
		Assert.notNull(pageable, "'pageable' must not be null");
		Assert.isTrue(pageable.getSort().isUnsorted(), "The SoundCloud API cannot sort lists; remove the Sort");
		if (pageable.isUnpaged()) {
			return CursorPageable.first(this.pageSize);
		}
		Assert.isTrue(pageable.getPageSize() <= MAX_PAGE_SIZE,
				() -> "Page size must be at most " + MAX_PAGE_SIZE + " (the API's limit), but was " + pageable.getPageSize());
		return pageable;
	}

	/**
	 * Return whether a URL may receive this connector's credentials: only the base URL's
	 * origin and, over HTTPS, the trusted hosts.
	 * @param uri the URL a request goes to
	 * @return {@code true} if credentials may be added
	 */
	public boolean mayReceiveCredentials(URI uri) {
		return this.credentials.mayReceive(uri);
	}

	private URI checkNextHref(String nextHref) {
		URI uri;
		try {
			uri = URI.create(nextHref);
		}
		catch (IllegalArgumentException ex) {
			throw new UnexpectedResponseException(0, HttpMethod.GET, UrlRedactor.redact(nextHref), List.of(),
					"next_href is not a valid URL", ex);
		}
		if (!this.credentials.isApiOrigin(uri) || !this.credentials.isUnderBasePath(uri)) {
			throw new UnexpectedResponseException(0, HttpMethod.GET, UrlRedactor.redact(nextHref), List.of(),
					"next_href points outside the configured API " + this.baseUrl + "; it is not followed", null);
		}
		return uri;
	}

	private URI expand(String pathTemplate, Map<String, ?> uriVariables,
			@Nullable MultiValueMap<String, String> query) {
		Assert.isTrue(pathTemplate.startsWith("/"), "'pathTemplate' must start with '/'");
		return PathTemplate.expand(this.basePrefix, pathTemplate, uriVariables, query);
	}

	private <T> BodyReader<T> reader(Class<T> type) {
		return (body) -> this.jsonMapper.readValue(body, type);
	}

	@Override
	public String toString() {
		return "SoundCloudConnector[baseUrl=" + UrlRedactor.redact(this.baseUrl) + ", auth=" + this.authenticator.type()
				+ "]";
	}


	/**
	 * Reads a response body.
	 *
	 * @param <T> what is read
	 */
	@FunctionalInterface
	public interface BodyReader<T> {

		/**
		 * Read the body.
		 * @param body the body, closed by the connector afterwards
		 * @return what was read
		 * @throws IOException if reading fails
		 */
		@Nullable T read(InputStream body) throws IOException;

	}

}
