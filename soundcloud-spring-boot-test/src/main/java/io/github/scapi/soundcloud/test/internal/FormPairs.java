package io.github.scapi.soundcloud.test.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Splits {@code application/x-www-form-urlencoded} text into its name-value pairs, in the
 * order sent, which nested parameters such as {@code a[][x]=1&a[][y]=2} depend on.
 * Percent escapes are UTF-8 and {@code +} is a space; a malformed escape is kept as it is.
 */
final class FormPairs {

	private FormPairs() {
	}

	static List<Map.Entry<String, Object>> parse(@Nullable String encoded) {
		List<Map.Entry<String, Object>> pairs = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return pairs;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			pairs.add(new SimpleImmutableEntry<>(name, value));
		}
		return pairs;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

}
