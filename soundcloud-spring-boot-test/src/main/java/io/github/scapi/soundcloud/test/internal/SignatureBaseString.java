package io.github.scapi.soundcloud.test.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The signature base string of RFC 5849 §3.4.1, computed from the request as received.
 */
final class SignatureBaseString {

	private static final Comparator<String[]> BY_NAME_THEN_VALUE = Comparator
		.<String[], String>comparing((pair) -> pair[0])
		.thenComparing((pair) -> pair[1]);

	private SignatureBaseString() {
	}

	/**
	 * Joins the upper-case method, the base string URI and the normalized parameters, each
	 * percent-encoded, with {@code &}.
	 * @param method the HTTP method
	 * @param baseStringUri the result of {@link #uri}
	 * @param parameters query, form body and protocol parameters, without
	 * {@code oauth_signature} and {@code realm}
	 */
	static String of(String method, String baseStringUri, List<Parameter> parameters) {
		return PercentEncoding.encode(method.toUpperCase(Locale.ROOT)) + "&" + PercentEncoding.encode(baseStringUri)
				+ "&" + PercentEncoding.encode(normalize(parameters));
	}

	/**
	 * RFC 5849 §3.4.1.3.2: encode names and values, sort by name then value, join with
	 * {@code =} and {@code &}.
	 */
	static String normalize(List<Parameter> parameters) {
		return parameters.stream()
			.map((parameter) -> new String[] { PercentEncoding.encode(parameter.name()),
					PercentEncoding.encode(parameter.value()) })
			.sorted(BY_NAME_THEN_VALUE)
			.map((pair) -> pair[0] + "=" + pair[1])
			.collect(Collectors.joining("&"));
	}

	/**
	 * RFC 5849 §3.4.1.2: lower-case scheme and host, the port only when it is not the
	 * scheme's default, and the path exactly as sent, without the query.
	 * @param scheme {@code http} or {@code https}
	 * @param host the {@code Host} header, possibly with a port
	 * @param rawPath the request path, still percent-encoded as the client sent it
	 */
	static String uri(String scheme, String host, @Nullable String rawPath) {
		String lowerScheme = scheme.toLowerCase(Locale.ROOT);
		String authority = host.strip().toLowerCase(Locale.ROOT);
		int portStart = portSeparator(authority);
		if (portStart >= 0) {
			String port = authority.substring(portStart + 1);
			boolean defaultPort = ("http".equals(lowerScheme) && "80".equals(port))
					|| ("https".equals(lowerScheme) && "443".equals(port));
			if (defaultPort || port.isEmpty()) {
				authority = authority.substring(0, portStart);
			}
		}
		String path = (rawPath == null || rawPath.isEmpty()) ? "/" : rawPath;
		return lowerScheme + "://" + authority + path;
	}

	/**
	 * Returns the index of the colon before the port, minding IPv6 literals such as
	 * {@code [::1]:8080}, or -1.
	 */
	private static int portSeparator(String authority) {
		int closingBracket = authority.lastIndexOf(']');
		int colon = authority.lastIndexOf(':');
		return (colon > closingBracket) ? colon : -1;
	}

}
