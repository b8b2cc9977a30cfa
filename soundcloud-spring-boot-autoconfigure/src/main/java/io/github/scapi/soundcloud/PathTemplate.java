package io.github.scapi.soundcloud;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;

/**
 * Expands the connector's path templates into request URIs, byte for byte as SoundCloud's
 * documentation writes them (decision 0005).
 *
 * <ul>
 * <li>A path template is made of plain path characters (unreserved and {@code /}) and
 * {@code {name}} variables; anything else is a programming error.
 * <li>A variable fills one path segment. Unreserved characters, {@code :} and {@code @}
 * stay as they are, so {@code soundcloud:tracks:123} is sent raw, as SoundCloud's examples
 * and every other client send it: both are legal in a segment (RFC 3986 §3.3), and a
 * server that routes on the raw path does not take {@code %3A} for {@code :} (§2.2).
 * Every other character, {@code / ? # %} and space among them, is percent-encoded as
 * UTF-8, so a value can never leave its segment. An empty value, {@code .} and
 * {@code ..} are refused: each would address another resource once the path is
 * normalized.
 * <li>Query names and values are literal text, never template syntax, and are encoded
 * strictly: every character but the unreserved ones. Servers decode queries, so this is
 * what every server reads as the value given.
 * </ul>
 */
final class PathTemplate {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PathTemplate() {
	}

	/**
	 * Expand the template after the base.
	 * @param base the base URL, without a trailing slash
	 * @param template the path template, starting with '/'
	 * @param variables the values of its variables
	 * @param query query parameters in order, or {@code null}
	 * @return the absolute URI
	 * @throws IllegalArgumentException when a variable has no value, or a value that cannot
	 * fill a path segment, or the template is not a plain path template
	 */
	static URI expand(String base, String template, Map<String, ?> variables,
			@Nullable MultiValueMap<String, String> query) {
		StringBuilder uri = new StringBuilder(base.length() + template.length() + 64).append(base);
		int length = template.length();
		int i = 0;
		while (i < length) {
			char c = template.charAt(i);
			if (c == '{') {
				int end = template.indexOf('}', i);
				if (end < 0) {
					throw new IllegalArgumentException("Unclosed variable in path template '" + template + "'");
				}
				String name = template.substring(i + 1, end);
				if (!variables.containsKey(name)) {
					throw new IllegalArgumentException("Map has no value for '" + name + "'");
				}
				Object value = variables.get(name);
				appendSegment(uri, name, (value != null) ? value.toString() : "");
				i = end + 1;
			}
			else if (isUnreserved(c) || c == '/') {
				uri.append(c);
				i++;
			}
			else {
				throw new IllegalArgumentException(
						"Path template '" + template + "' may hold only unreserved characters, '/' and {variables}");
			}
		}
		if (query != null && !query.isEmpty()) {
			char separator = '?';
			for (Map.Entry<String, List<String>> entry : query.entrySet()) {
				for (String value : entry.getValue()) {
					uri.append(separator);
					appendQueryText(uri, entry.getKey());
					uri.append('=');
					appendQueryText(uri, (value != null) ? value : "");
					separator = '&';
				}
			}
		}
		return URI.create(uri.toString());
	}

	private static void appendSegment(StringBuilder uri, String name, String value) {
		if (value.isEmpty() || value.equals(".") || value.equals("..")) {
			throw new IllegalArgumentException("'" + name + "' must name a resource, but was '" + value + "'");
		}
		int length = value.length();
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (isUnreserved(c) || c == ':' || c == '@') {
				uri.append(c);
			}
			else {
				i = appendEncoded(uri, value, i);
			}
		}
	}

	private static void appendQueryText(StringBuilder uri, String text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (isUnreserved(c)) {
				uri.append(c);
			}
			else {
				i = appendEncoded(uri, text, i);
			}
		}
	}

	/**
	 * Percent-encode the character at {@code index} as UTF-8 (with its low surrogate, when it
	 * is a high one) and return the index of the last char consumed. A lone surrogate is
	 * encoded as {@code ?}'s replacement, as Java's UTF-8 encoder does.
	 */
	private static int appendEncoded(StringBuilder uri, String text, int index) {
		char c = text.charAt(index);
		int end = index + 1;
		if (Character.isHighSurrogate(c) && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
			end++;
		}
		if (c < 0x80) {
			appendByte(uri, c);
		}
		else {
			for (byte b : text.substring(index, end).getBytes(StandardCharsets.UTF_8)) {
				appendByte(uri, b & 0xFF);
			}
		}
		return end - 1;
	}

	private static void appendByte(StringBuilder uri, int b) {
		uri.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
