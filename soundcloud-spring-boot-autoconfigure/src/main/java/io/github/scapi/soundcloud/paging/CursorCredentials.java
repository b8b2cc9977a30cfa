package io.github.scapi.soundcloud.paging;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Removes what may be a credential from a URL before a cursor keeps it: user info, and every
 * query parameter whose name suggests a secret ({@code client_id}, {@code oauth_*},
 * {@code secret_token}, anything with {@code token}, {@code secret}, {@code signature},
 * {@code password} or {@code key} in it). A cursor is written to databases and logs, so it
 * keeps too little rather than too much: the credentials of a resumed request come from the
 * connector's authenticator, as for any request.
 */
final class CursorCredentials {

	private static final String[] FRAGMENTS = { "token", "secret", "signature", "password", "credential", "oauth_",
			"apikey", "api_key", "session", "hmac" };

	private CursorCredentials() {
	}

	/**
	 * Return the URL without user info and without parameters that may carry a secret; what
	 * remains is kept exactly as it was (not decoded, not re-encoded).
	 * @param url an absolute URL
	 * @return the URL without credentials
	 */
	static String strip(String url) {
		int fragment = url.indexOf('#');
		String withoutFragment = (fragment < 0) ? url : url.substring(0, fragment);
		int query = withoutFragment.indexOf('?');
		String beforeQuery = withoutUserInfo((query < 0) ? withoutFragment : withoutFragment.substring(0, query));
		if (query < 0) {
			return beforeQuery;
		}
		StringJoiner kept = new StringJoiner("&");
		for (String pair : withoutFragment.substring(query + 1).split("&")) {
			if (!pair.isEmpty() && !isSensitive(name(pair))) {
				kept.add(pair);
			}
		}
		return (kept.length() == 0) ? beforeQuery : beforeQuery + "?" + kept;
	}

	private static String name(String pair) {
		int equals = pair.indexOf('=');
		String raw = (equals < 0) ? pair : pair.substring(0, equals);
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// a malformed escape: judged as written
			return raw;
		}
	}

	static boolean isSensitive(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.equals("client_id") || lower.equals("key") || lower.equals("sig") || lower.equals("auth")
				|| lower.endsWith("_key") || lower.endsWith("-key")) {
			return true;
		}
		for (String fragment : FRAGMENTS) {
			if (lower.contains(fragment)) {
				return true;
			}
		}
		return false;
	}

	private static String withoutUserInfo(String url) {
		int scheme = url.indexOf("://");
		if (scheme < 0) {
			return url;
		}
		int authorityStart = scheme + 3;
		int pathStart = url.indexOf('/', authorityStart);
		int authorityEnd = (pathStart < 0) ? url.length() : pathStart;
		int at = url.lastIndexOf('@', authorityEnd - 1);
		if (at < authorityStart) {
			return url;
		}
		return url.substring(0, authorityStart) + url.substring(at + 1);
	}

}
