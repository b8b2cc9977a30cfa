package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an {@code OAuth ...} header the way a server would, without using the code under
 * test.
 */
final class AuthorizationHeaders {

	private static final Pattern PARAMETER = Pattern.compile("([A-Za-z0-9_%.~-]+)=\"([^\"]*)\"");

	private AuthorizationHeaders() {
	}

	/**
	 * Return the parameters of the header, decoded, in the order they appear.
	 */
	static Map<String, String> parse(String header) {
		assertThat(header).startsWith("OAuth ");
		String rest = header.substring("OAuth ".length());
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String element : rest.split(",")) {
			Matcher matcher = PARAMETER.matcher(element.strip());
			assertThat(matcher.matches()).as("header element '%s'", element).isTrue();
			String name = matcher.group(1);
			String value = matcher.group(2);
			parameters.put(name, "realm".equals(name) ? value : URLDecoder.decode(value, StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
