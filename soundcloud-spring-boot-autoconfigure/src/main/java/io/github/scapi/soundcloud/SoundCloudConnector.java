package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.paging.ApiPage;
import io.github.scapi.soundcloud.paging.CursorPageable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.util.UriBuilder;

/**
 * Sends requests to the SoundCloud API and maps the answers: the successor of scapi's
 * {@code ApiConnector}. Repositories are thin layers over it.
 *
 * <p>Paths are always given as URI templates such as {@code /tracks/{track_urn}}, so the
 * {@code uri} tag of Spring's {@code http.client.requests} observation stays
 * low-cardinality; variables and query values are encoded strictly. Credentials from the
 * {@link SoundCloudAuthenticator} are added only to requests for the base URL's origin or
 * a trusted host. The HTTP library follows no redirects: a redirect the connector does not
 * handle is reported as an {@link UnexpectedResponseException}, never followed blindly.
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

	private static final Log logger = LogFactory.getLog(SoundCloudConnector.class);

	private final RestClient restClient;

	private final URI baseUrl;

	private final DefaultUriBuilderFactory uriBuilderFactory;

	private final SoundCloudAuthenticator authenticator;

	private final JsonMapper jsonMapper;

	private final ErrorResponses errorResponses;

	private final int pageSize;

	private final Set<String> trustedHosts;

	SoundCloudConnector(RestClient restClient, URI baseUrl, SoundCloudAuthenticator authenticator,
			JsonMapper jsonMapper, int pageSize, Set<String> trustedHosts) {
		this.restClient = restClient;
		this.baseUrl = baseUrl;
		this.uriBuilderFactory = new DefaultUriBuilderFactory(baseUrl.toString());
		this.uriBuilderFactory.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		this.authenticator = authenticator;
		this.jsonMapper = jsonMapper;
		this.errorResponses = new ErrorResponses(jsonMapper);
		this.pageSize = pageSize;
		this.trustedHosts = trustedHosts.stream().map((host) -> host.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
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
	 * @throws SoundCloudException if the request fails
	 */
	public <T> T get(String pathTemplate, Map<String, ?> uriVariables, Class<T> type) {
		URI uri = expand(pathTemplate, uriVariables, null);
		T result = send(HttpMethod.GET, pathTemplate, uri, type, false);
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
		return Optional.ofNullable(send(HttpMethod.GET, pathTemplate, expand(pathTemplate, uriVariables, null), type, true));
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
		ApiPage<T> page = send(HttpMethod.GET, pathTemplate, uri, new PageReader<>(this.jsonMapper, itemType), false);
		return (page != null) ? page : new ApiPage<>(List.of(), null);
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
		if (pageable.isUnpaged()) {
			Assert.isTrue(pageable.getSort().isUnsorted(), "The SoundCloud API cannot sort lists; remove the Sort");
			return CursorPageable.first(this.pageSize);
		}
		Assert.isTrue(pageable.getPageSize() <= MAX_PAGE_SIZE,
				() -> "Page size must be at most " + MAX_PAGE_SIZE + " (the API's limit), but was " + pageable.getPageSize());
		Assert.isTrue(pageable.getSort().isUnsorted(), "The SoundCloud API cannot sort lists; remove the Sort");
		return pageable;
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
		String basePath = (this.baseUrl.getRawPath() != null) ? this.baseUrl.getRawPath() : "";
		boolean sameOrigin = sameOrigin(uri, this.baseUrl);
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		if (!sameOrigin || !path.startsWith(basePath)) {
			throw new UnexpectedResponseException(0, HttpMethod.GET, UrlRedactor.redact(nextHref), List.of(),
					"next_href points outside the configured API " + this.baseUrl + "; it is not followed", null);
		}
		return uri;
	}

	private URI expand(String pathTemplate, Map<String, ?> uriVariables,
			@Nullable MultiValueMap<String, String> query) {
		Assert.isTrue(pathTemplate.startsWith("/"), "'pathTemplate' must start with '/'");
		UriBuilder builder = this.uriBuilderFactory.uriString(pathTemplate);
		if (query == null || query.isEmpty()) {
			return builder.build(uriVariables);
		}
		// query values travel as template variables so that braces in user input are never
		// taken for template syntax, and every value is encoded strictly
		Map<String, Object> variables = new HashMap<>(uriVariables);
		int index = 0;
		for (Map.Entry<String, List<String>> entry : query.entrySet()) {
			for (String value : entry.getValue()) {
				String name = "__q" + index++;
				builder.queryParam(entry.getKey(), "{" + name + "}");
				variables.put(name, value);
			}
		}
		return builder.build(variables);
	}

	private <T> @Nullable T send(HttpMethod method, String pathTemplate, URI uri, Class<T> type, boolean absentOn404) {
		return send(method, pathTemplate, uri, (body) -> this.jsonMapper.readValue(body, type), absentOn404);
	}

	private <T> @Nullable T send(HttpMethod method, String pathTemplate, URI uri, BodyReader<T> reader,
			boolean absentOn404) {
		try {
			return exchange(method, pathTemplate, uri, reader, absentOn404, true);
		}
		catch (CredentialsRenewed renewed) {
			// the authenticator renewed its credentials after a 401: one more attempt, no loop
			return exchange(method, pathTemplate, uri, reader, absentOn404, false);
		}
	}

	private <T> @Nullable T exchange(HttpMethod method, String pathTemplate, URI uri, BodyReader<T> reader,
			boolean absentOn404, boolean mayRenew) {
		long start = System.nanoTime();
		try {
			T result = this.restClient.method(method)
				.uri(pathTemplate, (ignored) -> uri)
				.httpRequest(this::applyCredentials)
				.exchange((request, response) -> {
					if (mayRenew && response.getStatusCode().value() == 401 && mayReceiveCredentials(request.getURI())
							&& this.authenticator.renew(request)) {
						throw CredentialsRenewed.INSTANCE;
					}
					return handle(method, uri, response, reader, absentOn404);
				}, true);
			logExchange(method, pathTemplate, start, "ok");
			return result;
		}
		catch (ResourceAccessException ex) {
			logExchange(method, pathTemplate, start, "I/O error");
			throw new SoundCloudTransportException(0, method, UrlRedactor.redact(uri), List.of(),
					"no response: " + ex.getMostSpecificCause().getClass().getSimpleName(), ex);
		}
		catch (SoundCloudException ex) {
			logExchange(method, pathTemplate, start, Integer.toString(ex.getStatus()));
			throw ex;
		}
	}

	private void logExchange(HttpMethod method, String pathTemplate, long start, String outcome) {
		if (logger.isDebugEnabled()) {
			logger.debug(method + " " + pathTemplate + " -> " + outcome + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		}
	}

	private <T> @Nullable T handle(HttpMethod method, URI uri, ClientHttpResponse response, BodyReader<T> reader,
			boolean absentOn404) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		if (status.is2xxSuccessful()) {
			if (status.value() == 204) {
				return null;
			}
			MediaType contentType = response.getHeaders().getContentType();
			if (contentType != null && !ErrorResponses.isJson(contentType)) {
				throw new UnexpectedContentTypeException(status.value(), method, UrlRedactor.redact(uri),
						ErrorResponses.summary(response.getBody().readNBytes(4096)),
						"expected JSON but got " + contentType, null);
			}
			try {
				return reader.read(response.getBody());
			}
			catch (JacksonException ex) {
				throw new UnexpectedResponseException(status.value(), method, UrlRedactor.redact(uri), List.of(),
						"the body is not the JSON expected: " + ex.getOriginalMessage(), ex);
			}
		}
		if (absentOn404 && status.value() == 404) {
			return null;
		}
		if (status.is3xxRedirection()) {
			String location = response.getHeaders().getFirst("Location");
			throw new UnexpectedResponseException(status.value(), method, UrlRedactor.redact(uri), List.of(),
					status.value() + " redirect to " + ((location != null) ? UrlRedactor.redact(location) : "nowhere")
							+ " was not followed",
					null);
		}
		throw this.errorResponses.create(method, UrlRedactor.redact(uri), status.value(), response.getHeaders(),
				response.getBody());
	}

	private void applyCredentials(ClientHttpRequest request) {
		if (mayReceiveCredentials(request.getURI())) {
			this.authenticator.authenticate(request);
		}
	}

	/**
	 * Return whether a URL may receive this connector's credentials: only the base URL's
	 * origin and, over HTTPS, the trusted hosts.
	 * @param uri the URL a request goes to
	 * @return {@code true} if credentials may be added
	 */
	public boolean mayReceiveCredentials(URI uri) {
		if (sameOrigin(uri, this.baseUrl)) {
			return true;
		}
		String host = uri.getHost();
		return host != null && "https".equalsIgnoreCase(uri.getScheme())
				&& this.trustedHosts.contains(host.toLowerCase(Locale.ROOT));
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost() != null
				&& a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	@Override
	public String toString() {
		return "SoundCloudConnector[baseUrl=" + UrlRedactor.redact(this.baseUrl) + ", auth=" + this.authenticator.type()
				+ "]";
	}

	/**
	 * Signals, from inside an exchange, that a 401 made the authenticator renew its
	 * credentials. Thrown once per request at most; carries no stack trace.
	 */
	private static final class CredentialsRenewed extends RuntimeException {

		static final CredentialsRenewed INSTANCE = new CredentialsRenewed();

		private CredentialsRenewed() {
			super("credentials renewed", null, false, false);
		}

	}

	@FunctionalInterface
	interface BodyReader<T> {

		T read(InputStream body) throws IOException;

	}

}
