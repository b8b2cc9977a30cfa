package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error bodies shaped like SoundCloud's: the current {@code code}, {@code message} and
 * {@code link}, plus the deprecated {@code status}, {@code errors} and {@code error} that
 * older clients still read.
 */
final class ApiErrors {

	static final String API_LINK = "https://developers.soundcloud.com/docs/api/explorer/open-api";

	static final String AUTH_LINK = "https://developers.soundcloud.com/docs/api/guide#authentication";

	private ApiErrors() {
	}

	static Map<String, Object> body(int code, String message) {
		return body(code, message, API_LINK);
	}

	static Map<String, Object> body(int code, String message, String link) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("message", message);
		body.put("link", link);
		body.put("status", statusLine(code));
		body.put("errors", List.of(Map.of("error_message", message)));
		body.put("error", null);
		return body;
	}

	static String statusLine(int code) {
		return code + " - " + reason(code);
	}

	private static String reason(int code) {
		return switch (code) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 405 -> "Method Not Allowed";
			case 415 -> "Unsupported Media Type";
			case 422 -> "Unprocessable Entity";
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			default -> "Error";
		};
	}

}
