package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A handler's answer: a status, a body and extra headers. With the JSON content type the
 * body is built from maps, lists and scalars; with any other, it is text.
 *
 * @param status the HTTP status
 * @param body the value to write as JSON, or the text
 * @param contentType the content type, {@code null} for none
 * @param headers headers besides the content type
 */
record ApiResponse(int status, @Nullable Object body, @Nullable String contentType, Map<String, String> headers) {

	static final String JSON = "application/json; charset=utf-8";

	static final String FORM = "application/x-www-form-urlencoded";

	static final String HTML = "text/html; charset=utf-8";

	static ApiResponse ok(Object body) {
		return new ApiResponse(200, body, JSON, Map.of());
	}

	static ApiResponse error(int status, String message) {
		return new ApiResponse(status, ApiErrors.body(status, message), JSON, Map.of());
	}

	static ApiResponse text(int status, String contentType, String text) {
		return new ApiResponse(status, text, contentType, Map.of());
	}

	static ApiResponse redirect(String location) {
		return new ApiResponse(302, null, null, Map.of("Location", location));
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new ApiResponse(this.status, this.body, this.contentType, Map.copyOf(all));
	}

	byte[] bodyBytes() {
		if (this.body == null) {
			return new byte[0];
		}
		return JSON.equals(this.contentType) ? Json.write(this.body)
				: this.body.toString().getBytes(StandardCharsets.UTF_8);
	}

}
