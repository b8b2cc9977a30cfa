package io.github.scapi.soundcloud.test.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.jspecify.annotations.Nullable;

/**
 * Decoded query or form parameters, in the order received.
 */
final class QueryParams {

	private final Map<String, List<String>> values;

	private QueryParams(Map<String, List<String>> values) {
		this.values = values;
	}

	/**
	 * Parses {@code a=1&b=x%20y}; {@code +} means a space, as in HTML forms.
	 */
	static QueryParams parse(@Nullable String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (encoded != null && !encoded.isEmpty()) {
			for (String pair : encoded.split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
				values.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
		}
		return new QueryParams(values);
	}

	@Nullable String first(String name) {
		List<String> list = this.values.get(name);
		return (list == null || list.isEmpty()) ? null : list.get(0);
	}

	Map<String, List<String>> asMap() {
		return Collections.unmodifiableMap(this.values);
	}

	/**
	 * Encodes the parameters back, leaving out some names and adding one parameter last.
	 */
	String encodeWithout(List<String> excluded, String extraName, String extraValue) {
		String rest = encodeWithout(excluded);
		return (rest.isEmpty() ? "" : rest + "&") + encode(extraName) + "=" + encode(extraValue);
	}

	/**
	 * Encodes the parameters back, leaving out some names.
	 */
	String encodeWithout(List<String> excluded) {
		StringJoiner joiner = new StringJoiner("&");
		this.values.forEach((name, list) -> {
			if (!excluded.contains(name)) {
				list.forEach((value) -> joiner.add(encode(name) + "=" + encode(value)));
			}
		});
		return joiner.toString();
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
