package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A handler's answer: a status, a JSON body built from maps, lists and scalars, and extra headers.
 *
 * @param status the HTTP status
 * @param body the value to write as JSON
 * @param headers headers besides the content type
 */
record ApiResponse(int status, @Nullable Object body, Map<String, String> headers) {

	static ApiResponse ok(Object body) {
		return new ApiResponse(200, body, Map.of());
	}

	static ApiResponse error(int status, String message) {
		return new ApiResponse(status, ApiErrors.body(status, message), Map.of());
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new ApiResponse(this.status, this.body, Map.copyOf(all));
	}

}
