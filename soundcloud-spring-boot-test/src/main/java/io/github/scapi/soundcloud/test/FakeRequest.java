package io.github.scapi.soundcloud.test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.scapi.soundcloud.test.internal.OAuth1Header;
import org.jspecify.annotations.Nullable;

/**
 * A request that reached the fake, as recorded by {@link SoundCloudFake#requests()}.
 *
 * @param method the HTTP method, upper case
 * @param path the percent-decoded path without the fake's base path, e.g.
 * {@code /tracks/soundcloud:tracks:200001}
 * @param queryParams the decoded query parameters in the order received, each with all its values
 * @param headers the request headers; lookups on this map ignore the case of the name
 * @param url the request target exactly as received: raw, percent-encoded, with base path and query
 * @param host the host the client addressed, without the port: {@code localhost} for the API
 * at {@link SoundCloudFake#baseUrl()}, {@code 127.0.0.1} for the CDN that stream links lead to
 */
public record FakeRequest(String method, String path, Map<String, List<String>> queryParams,
		Map<String, List<String>> headers, String url, String host) {

	/**
	 * Creates a request record with immutable copies of both maps; the header map ignores
	 * the case of names.
	 * @param method the HTTP method
	 * @param path the decoded path without the base path
	 * @param queryParams the decoded query parameters
	 * @param headers the request headers
	 * @param url the raw request target
	 * @param host the host addressed
	 */
	public FakeRequest {
		Map<String, List<String>> query = new LinkedHashMap<>();
		queryParams.forEach((name, values) -> query.put(name, List.copyOf(values)));
		queryParams = Collections.unmodifiableMap(query);
		Map<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		headers.forEach((name, values) -> caseless.put(name, List.copyOf(values)));
		headers = Collections.unmodifiableMap(caseless);
	}

	/**
	 * Returns the first value of a query parameter.
	 * @param name the parameter name, e.g. {@code limit} or {@code bpm[from]}
	 * @return the first value, or {@code null} when the parameter is absent
	 */
	public @Nullable String queryParam(String name) {
		List<String> values = this.queryParams.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

	/**
	 * Returns the OAuth 1.0a protocol parameters ({@code oauth_consumer_key},
	 * {@code oauth_nonce}, {@code oauth_timestamp}, {@code oauth_signature}, ...) the request
	 * carried in its {@code Authorization: OAuth} header or its query, decoded, sorted by
	 * name. Parameters in a form body are not included.
	 * @return the protocol parameters, empty for requests without OAuth 1.0a
	 */
	public Map<String, String> oauth1Parameters() {
		return OAuth1Header.protocolParameters(header("Authorization"), this.queryParams);
	}

	/**
	 * Returns whether the request went to the fake's CDN (a path under {@code /cdn/}), where
	 * stream, preview and download links lead, rather than to the API.
	 * @return whether it is a CDN request
	 */
	public boolean isCdn() {
		return this.path.startsWith("/cdn/");
	}

	/**
	 * Returns the first value of a header.
	 * @param name the header name, in any case
	 * @return the first value, or {@code null} when the header is absent
	 */
	public @Nullable String header(String name) {
		List<String> values = this.headers.get(name);
		return (values == null || values.isEmpty()) ? null : values.get(0);
	}

}
