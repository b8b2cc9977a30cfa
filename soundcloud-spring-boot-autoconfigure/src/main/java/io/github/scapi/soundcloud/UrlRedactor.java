package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Removes secrets from URLs before they reach a log line, an exception message or a metric.
 * User info is dropped, and the values of query parameters that carry credentials or
 * signatures (OAuth parameters, tokens, CDN signatures, client secrets) become {@code ***}.
 * Parameter names are matched loosely on purpose: showing too little is a nuisance, showing
 * a token is an incident.
 *
 * @author scapi contributors
 */
public final class UrlRedactor {

	/** What a redacted value is replaced with. */
	public static final String MASK = "***";

	private static final Set<String> EXACT = Set.of("code", "code_verifier", "client_id", "key-pair-id", "policy",
			"sig", "auth");

	private static final String[] FRAGMENTS = { "token", "secret", "signature", "password", "credential", "oauth_",
			"apikey", "api_key" };

	private UrlRedactor() {
	}

	/**
	 * Redact a URI.
	 * @param uri the URI to redact
	 * @return the URI as text with its secrets masked
	 */
	public static String redact(URI uri) {
		return redact(uri.toString());
	}

	/**
	 * Redact a URL given as text. The text is not decoded or re-encoded, so whatever is not a
	 * secret stays exactly as it was.
	 * @param url the URL
	 * @return the URL with user info removed and secret query values masked
	 */
	public static String redact(String url) {
		String withoutUserInfo = stripUserInfo(url);
		int queryStart = withoutUserInfo.indexOf('?');
		if (queryStart < 0) {
			return withoutUserInfo;
		}
		int fragmentStart = withoutUserInfo.indexOf('#', queryStart);
		String query = (fragmentStart < 0) ? withoutUserInfo.substring(queryStart + 1)
				: withoutUserInfo.substring(queryStart + 1, fragmentStart);
		StringBuilder result = new StringBuilder(withoutUserInfo.length())
			.append(withoutUserInfo, 0, queryStart + 1);
		String[] pairs = query.split("&", -1);
		for (int i = 0; i < pairs.length; i++) {
			if (i > 0) {
				result.append('&');
			}
			result.append(redactPair(pairs[i]));
		}
		if (fragmentStart >= 0) {
			result.append(withoutUserInfo, fragmentStart, withoutUserInfo.length());
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
	 * Return whether a parameter or header name usually carries a secret.
	 * @param name the name, in any case
	 * @return {@code true} if values under this name must be masked
	 */
	public static boolean isSensitive(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (EXACT.contains(lower)) {
			return true;
		}
		for (String fragment : FRAGMENTS) {
			if (lower.contains(fragment)) {
				return true;
			}
		}
		return false;
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
