package io.github.scapi.soundcloud;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Removes secrets from URLs before they reach a log line, an exception message or a metric.
 * User info is dropped, and the values of parameters that carry credentials, sessions or
 * signatures (OAuth parameters, tokens, keys, CDN signatures, client secrets, session ids)
 * become {@code ***}, wherever they are: in the query, in the fragment (where implicit-grant
 * callbacks put an access token) and in path (matrix) parameters such as
 * {@code ;jsessionid=}. Names are judged percent-decoded and in any case, so
 * {@code client%5Fid} and {@code ACCESS_TOKEN} are caught too. Parameter names are matched
 * loosely on purpose: showing too little is a nuisance, showing a token is an incident.
 *
 */
final class UrlRedactor {

	/** What a redacted value is replaced with. */
	static final String MASK = "***";

	private static final Set<String> EXACT = Set.of("code", "code_verifier", "client_id", "key-pair-id", "policy",
			"sig", "auth", "key", "sid", "phpsessid");

	private static final String[] FRAGMENTS = { "token", "secret", "signature", "password", "credential", "oauth_",
			"apikey", "api_key", "hmac", "session" };

	private static final String[] SUFFIXES = { "_key", "-key", ".key" };

	/** Names are decoded at most this often: enough for double encoding, bounded for hostile input. */
	private static final int MAX_DECODINGS = 3;

	private UrlRedactor() {
	}

	/**
	 * Redact a URI.
	 * @param uri the URI to redact
	 * @return the URI as text with its secrets masked
	 */
	static String redact(URI uri) {
		return redact(uri.toString());
	}

	/**
	 * Redact a URL given as text, absolute or relative. The text is not decoded or
	 * re-encoded, so whatever is not a secret stays exactly as it was.
	 * @param url the URL
	 * @return the URL with user info removed and secret parameter values masked
	 */
	static String redact(String url) {
		String withoutUserInfo = stripUserInfo(url);
		int fragmentStart = withoutUserInfo.indexOf('#');
		int end = (fragmentStart < 0) ? withoutUserInfo.length() : fragmentStart;
		int queryStart = withoutUserInfo.substring(0, end).indexOf('?');
		int pathEnd = (queryStart < 0) ? end : queryStart;
		StringBuilder result = new StringBuilder(withoutUserInfo.length());
		result.append(redactPathParameters(withoutUserInfo.substring(0, pathEnd)));
		if (queryStart >= 0) {
			result.append('?').append(redactPairs(withoutUserInfo.substring(queryStart + 1, end)));
		}
		if (fragmentStart >= 0) {
			result.append('#').append(redactPairs(withoutUserInfo.substring(fragmentStart + 1)));
		}
		return result.toString();
	}

	/** Parameters of a query or fragment: {@code name=value} pairs separated by {@code &}. */
	private static String redactPairs(String pairs) {
		StringBuilder result = new StringBuilder(pairs.length());
		String[] split = pairs.split("&", -1);
		for (int i = 0; i < split.length; i++) {
			if (i > 0) {
				result.append('&');
			}
			result.append(redactPair(split[i]));
		}
		return result.toString();
	}

	/**
	 * Path (matrix) parameters: each segment may carry {@code ;name=value} parameters, as
	 * servlet containers do with {@code ;jsessionid=}.
	 */
	private static String redactPathParameters(String beforeQuery) {
		int schemeEnd = beforeQuery.indexOf("://");
		int pathStart = (schemeEnd < 0) ? 0 : beforeQuery.indexOf('/', schemeEnd + 3);
		if (pathStart < 0 || beforeQuery.indexOf(';', pathStart) < 0) {
			return beforeQuery;
		}
		StringBuilder result = new StringBuilder(beforeQuery.length()).append(beforeQuery, 0, pathStart);
		String[] segments = beforeQuery.substring(pathStart).split("/", -1);
		for (int i = 0; i < segments.length; i++) {
			if (i > 0) {
				result.append('/');
			}
			String[] parts = segments[i].split(";", -1);
			result.append(parts[0]);
			for (int j = 1; j < parts.length; j++) {
				result.append(';').append(redactPair(parts[j]));
			}
		}
		return result.toString();
	}

	private static String redactPair(String pair) {
		int equals = pair.indexOf('=');
		if (equals < 0) {
			return pair;
		}
		String name = pair.substring(0, equals);
		return isSensitive(name) ? name + "=" + MASK : pair;
	}

	/**
	 * Return whether a parameter or header name usually carries a secret. The name is
	 * judged in any case and percent-decoded ({@code client%5Fid} is {@code client_id}).
	 * @param name the name, in any case, raw or percent-encoded
	 * @return {@code true} if values under this name must be masked
	 */
	static boolean isSensitive(String name) {
		String decoded = name;
		for (int i = 0; i < MAX_DECODINGS && decoded.indexOf('%') >= 0; i++) {
			String next = percentDecode(decoded);
			if (next.equals(decoded)) {
				break;
			}
			decoded = next;
		}
		return isSensitiveName(name) || isSensitiveName(decoded);
	}

	private static boolean isSensitiveName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (EXACT.contains(lower)) {
			return true;
		}
		for (String fragment : FRAGMENTS) {
			if (lower.contains(fragment)) {
				return true;
			}
		}
		for (String suffix : SUFFIXES) {
			if (lower.endsWith(suffix)) {
				return true;
			}
		}
		return false;
	}

	/** Decodes valid {@code %XX} escapes (as UTF-8) and leaves anything malformed as it is. */
	private static String percentDecode(String text) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int high = (c == '%' && i + 2 < text.length()) ? Character.digit(text.charAt(i + 1), 16) : -1;
			int low = (high >= 0) ? Character.digit(text.charAt(i + 2), 16) : -1;
			if (low >= 0) {
				bytes.write((high << 4) | low);
				i += 2;
			}
			else {
				byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static String stripUserInfo(String url) {
		int schemeEnd = url.indexOf("://");
		if (schemeEnd < 0) {
			return url;
		}
		int authorityStart = schemeEnd + 3;
		int authorityEnd = authorityStart;
		while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
			authorityEnd++;
		}
		int at = url.lastIndexOf('@', authorityEnd - 1);
		if (at < authorityStart) {
			return url;
		}
		return url.substring(0, authorityStart) + url.substring(at + 1);
	}

}
