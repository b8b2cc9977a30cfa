package io.github.scapi.soundcloud;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriUtils;

/**
 * The common case of URI expansion, without a query: a path template of plain characters
 * whose {@code {name}} variables are encoded strictly (every character but the unreserved
 * ones), exactly as {@code DefaultUriBuilderFactory} does in {@code TEMPLATE_AND_VALUES}
 * mode, but without parsing the template into URI components on every request.
 */
final class PathTemplate {

	private PathTemplate() {
	}

	/**
	 * Expand the template after the base.
	 * @param base the base URL, without a trailing slash
	 * @param template the path template, starting with '/'
	 * @param variables the values of its variables
	 * @return the URI, or {@code null} when the template has anything but plain path
	 * characters and variables, for the general expansion to deal with
	 * @throws IllegalArgumentException when a variable has no value
	 */
	static @Nullable URI expand(String base, String template, Map<String, ?> variables) {
		StringBuilder uri = new StringBuilder(base.length() + template.length() + 32).append(base);
		int length = template.length();
		int i = 0;
		while (i < length) {
			char c = template.charAt(i);
			if (c == '{') {
				int end = template.indexOf('}', i);
				if (end < 0) {
					return null;
				}
				String name = template.substring(i + 1, end);
				if (name.isEmpty() || name.indexOf(':') >= 0 || name.indexOf('{') >= 0) {
					// a pattern or nested braces: the general expansion knows them
					return null;
				}
				if (!variables.containsKey(name)) {
					throw new IllegalArgumentException("Map has no value for '" + name + "'");
				}
				Object value = variables.get(name);
				// every character but the unreserved ones, as Spring encodes template variables
				uri.append(UriUtils.encode((value != null) ? value.toString() : "", StandardCharsets.UTF_8));
				i = end + 1;
			}
			else if (isPlainPathCharacter(c)) {
				uri.append(c);
				i++;
			}
			else {
				return null;
			}
		}
		return URI.create(uri.toString());
	}

	private static boolean isPlainPathCharacter(char c) {
		return isUnreserved(c) || c == '/';
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

}
