package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads the OAuth 1.0a form of the {@code Authorization} header (RFC 5849 §3.5.1):
 * {@code OAuth realm="x", oauth_consumer_key="..", ...}, names and values percent-encoded.
 * The OAuth 2 form, {@code OAuth <token>}, shares the scheme; it is told apart by the absence
 * of {@code oauth_*=} parameters.
 */
public final class OAuth1Header {

	private static final String SCHEME = "OAuth ";

	private static final Pattern PROTOCOL_PARAMETER = Pattern.compile("(^|[\\s,])oauth_[A-Za-z0-9_]+\\s*=");

	private OAuth1Header() {
	}

	/**
	 * Returns whether a header value is an OAuth 1.0a {@code Authorization} header.
	 * @param authorization the header value, if any
	 * @return whether it uses the {@code OAuth} scheme with {@code oauth_*} parameters
	 */
	public static boolean isOAuth1(@Nullable String authorization) {
		return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				&& PROTOCOL_PARAMETER.matcher(authorization.substring(SCHEME.length())).find();
	}

	/**
	 * Returns the decoded {@code oauth_*} parameters of a request's {@code Authorization}
	 * header and query, sorted by name; the header wins when both have one.
	 * @param authorization the {@code Authorization} header, if any
	 * @param query the decoded query parameters
	 * @return the protocol parameters, empty when the request carried none or an unreadable header
	 */
	public static Map<String, String> protocolParameters(@Nullable String authorization,
			Map<String, List<String>> query) {
		Map<String, String> parameters = new TreeMap<>();
		if (isOAuth1(authorization)) {
			try {
				parse(authorization).stream()
					.filter(Parameter::isProtocol)
					.forEach((parameter) -> parameters.putIfAbsent(parameter.name(), parameter.value()));
			}
			catch (IllegalArgumentException ex) {
				// an unreadable header carries nothing
			}
		}
		query.forEach((name, values) -> {
			if (name.startsWith("oauth_") && !values.isEmpty()) {
				parameters.putIfAbsent(name, values.get(0));
			}
		});
		return Collections.unmodifiableMap(parameters);
	}

	/**
	 * Parses the parameters of an OAuth 1.0a header, {@code realm} included, in order.
	 * @param authorization a header for which {@link #isOAuth1} holds
	 * @return the decoded parameters
	 * @throws IllegalArgumentException when the header is malformed
	 */
	static List<Parameter> parse(String authorization) {
		String text = authorization.substring(SCHEME.length());
		List<Parameter> parameters = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == ',' || Character.isWhitespace(c)) {
				i++;
				continue;
			}
			int equals = text.indexOf('=', i);
			if (equals < 0) {
				throw new IllegalArgumentException("Parameter without a value in the Authorization header");
			}
			String name = text.substring(i, equals).strip();
			int start = equals + 1;
			while (start < text.length() && text.charAt(start) == ' ') {
				start++;
			}
			String rawValue;
			if (start < text.length() && text.charAt(start) == '"') {
				int close = text.indexOf('"', start + 1);
				if (close < 0) {
					throw new IllegalArgumentException("Unterminated quoted value in the Authorization header");
				}
				rawValue = text.substring(start + 1, close);
				i = close + 1;
			}
			else {
				int comma = text.indexOf(',', start);
				int end = (comma < 0) ? text.length() : comma;
				rawValue = text.substring(start, end).strip();
				i = end;
			}
			parameters.add(new Parameter(PercentEncoding.decode(name), PercentEncoding.decode(rawValue)));
		}
		return parameters;
	}

}
