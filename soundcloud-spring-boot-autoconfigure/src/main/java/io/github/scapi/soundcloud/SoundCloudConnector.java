package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.paging.CursorPageable;
import io.github.scapi.soundcloud.paging.CursorSlice;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;

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
 * request, 301 and 302 are followed for GET; at most {@value RedirectPolicy#MAX_HOPS} hops,
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
	public static final int MAX_PAGE_SIZE = ListProtocol.MAX_PAGE_SIZE;

	private final URI baseUrl;

	/** The base URL without a trailing slash, which every expanded path follows. */
	private final String basePrefix;

	private final SoundCloudAuthenticator authenticator;

	// made when first needed: building a mapper is a noticeable part of an application's start-up
	private final Supplier<JsonMapper> jsonMapper;

	private final CredentialScope credentials;

	// made for the first request: loading and verifying the request engine's classes (the
	// executor, its redirect and retry rules, the error mapping) was most of the connector's
	// share of an application's start-up
	private final Supplier<RequestExecutor> executor;

	private final Supplier<ListProtocol> lists;

	private final @Nullable Executor prefetchExecutor;

	private final int pageSize;

	private final boolean collapseScope;

	SoundCloudConnector(URI baseUrl, SoundCloudAuthenticator authenticator, Supplier<JsonMapper> jsonMapper, int pageSize,
			boolean collapseScope, @Nullable Executor prefetchExecutor, CredentialScope credentials,
			Supplier<RequestExecutor> executor) {
		this.baseUrl = baseUrl;
		String base = baseUrl.toString();
		this.basePrefix = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		this.authenticator = authenticator;
		this.jsonMapper = jsonMapper;
		this.pageSize = pageSize;
		this.collapseScope = collapseScope;
		this.credentials = credentials;
		this.executor = executor;
		this.prefetchExecutor = prefetchExecutor;
		// with the mapper, when a list is first asked for
		this.lists = SingletonSupplier.of(this::listProtocol);
	}

	private ListProtocol listProtocol() {
		return new ListProtocol(this.executor.get(), this.jsonMapper.get(), this.baseUrl, this.basePrefix,
				this.credentials, this.pageSize, this.prefetchExecutor);
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
		T result = this.executor.get().execute(Call.json(HttpMethod.GET, pathTemplate, uri, null, reader(type), false));
		if (result == null) {
			throw new UnexpectedResponseException(204, HttpMethod.GET, uri, List.of(),
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
		return Optional.ofNullable(this.executor.get().execute(Call.json(HttpMethod.GET, pathTemplate,
				expand(pathTemplate, uriVariables, null), null, reader(type), true)));
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
		return Optional.ofNullable(this.executor.get().execute(Call.json(HttpMethod.GET, pathTemplate,
				expand(pathTemplate, uriVariables, query), null, reader(type), true)));
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
			return this.jsonMapper.get().treeToValue(json, type);
		}
		catch (JacksonException ex) {
			throw new UnexpectedResponseException(200, HttpMethod.GET, null, List.of(),
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
		return Optional.ofNullable(this.executor.get().execute(
				Call.json(method, pathTemplate, uri, body, (type == Void.class) ? (in) -> null : reader(type), false)));
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
		return Optional.ofNullable(this.executor.get().execute(Call.redirectOnly(pathTemplate, uri)));
	}

	/**
	 * GET a URL of this API that answers with a redirect, such as a stream URL from
	 * {@code /tracks/{track_urn}/streams}, and return where it points without following it.
	 * The request carries the connector's credentials, so the URL must be one that may
	 * receive them: on the base URL's origin or, over HTTPS, a trusted host.
	 * @param url the absolute URL
	 * @return the redirect's location, or empty when the answer was not a redirect
	 * @throws IllegalArgumentException if the URL is not absolute or may not receive the
	 * connector's credentials
	 * @throws SoundCloudException if the request fails
	 */
	public Optional<URI> redirectLocation(URI url) {
		Assert.isTrue(url.isAbsolute(), "'url' must be absolute");
		Assert.isTrue(this.credentials.mayReceive(url),
				"'url' must be a URL of the configured API (its origin, or a trusted host over HTTPS)");
		return Optional.ofNullable(this.executor.get().execute(Call.redirectOnly("{redirect}", url)));
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
		return this.executor.get().execute(Call.download(url, consumer));
	}

	/**
	 * GET one page of a list as a slice. A {@link CursorPageable} with a cursor requests the
	 * cursor's {@code next_href} exactly as the API gave it (after checking that it points at
	 * this API); any other pageable requests the first page with {@code limit},
	 * {@code linked_partitioning=true} and, for a page number above zero, the deprecated
	 * {@code offset}, each only where the list's operation in SoundCloud's specification
	 * defines it (a list the specification does not describe gets all three). The pageable is
	 * checked before any request.
	 * @param <T> the item type
	 * @param pathTemplate the list's path template, e.g. {@code /users/{user_urn}/tracks}
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters of the first page (a cursor carries its own)
	 * @param itemType the type of the list's items
	 * @param pageable the page; unpaged means the first page at the default size
	 * @return the page, whose {@code nextPageable()} carries the API's cursor
	 * @throws IllegalArgumentException if the page size exceeds 200, a sort is requested, or
	 * a page number above zero is asked of a list whose operation defines no {@code offset}
	 * @throws SoundCloudException if the request fails
	 */
	public <T> CursorSlice<T> slice(String pathTemplate, Map<String, ?> uriVariables,
			MultiValueMap<String, String> query, Class<T> itemType, Pageable pageable) {
		checkTemplate(pathTemplate);
		return this.lists.get().slice(pathTemplate, uriVariables, query, itemType, pageable);
	}

	/**
	 * Walk every item of a list lazily, following the API's {@code next_href} cursors. No
	 * request is made until the stream is used; with prefetching on, the next page is fetched
	 * in the background while the caller works through the current one (at most two pages
	 * are held). Close the stream, for example with try-with-resources, to stop early.
	 * @param <T> the item type
	 * @param pathTemplate the list's path template
	 * @param uriVariables the values of the template's variables
	 * @param query query parameters of the first page
	 * @param itemType the type of the list's items
	 * @return a sequential, ordered stream of the items
	 * @throws IllegalArgumentException if the path's variables are not valid
	 */
	public <T> Stream<T> stream(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType) {
		checkTemplate(pathTemplate);
		return this.lists.get().stream(pathTemplate, uriVariables, query, itemType);
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
	public <T> List<T> list(String pathTemplate, Map<String, ?> uriVariables, MultiValueMap<String, String> query,
			Class<T> itemType) {
		checkTemplate(pathTemplate);
		return this.lists.get().whole(pathTemplate, uriVariables, query, itemType);
	}

	private URI expand(String pathTemplate, Map<String, ?> uriVariables,
			@Nullable MultiValueMap<String, String> query) {
		checkTemplate(pathTemplate);
		return PathTemplate.expand(this.basePrefix, pathTemplate, uriVariables, query);
	}

	private static void checkTemplate(String pathTemplate) {
		Assert.isTrue(pathTemplate != null && pathTemplate.startsWith("/"), "'pathTemplate' must start with '/'");
	}

	private <T> BodyReader<T> reader(Class<T> type) {
		return (body) -> this.jsonMapper.get().readValue(body, type);
	}

	@Override
	public String toString() {
		return "SoundCloudConnector[baseUrl=" + UrlRedactor.redact(this.baseUrl) + ", auth=" + this.authenticator.type()
				+ "]";
	}

}
