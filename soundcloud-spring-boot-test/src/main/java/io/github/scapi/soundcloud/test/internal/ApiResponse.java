package io.github.scapi.soundcloud.test.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A handler's answer: a status, a body and extra headers. With the JSON content type the
 * body is built from maps, lists and scalars; with any other, it is text, unless a
 * {@link Stream} supplies the bytes, as the CDN does for audio.
 *
 * @param status the HTTP status
 * @param body the value to write as JSON, or the text
 * @param contentType the content type, {@code null} for none
 * @param headers headers besides the content type
 * @param stream bytes streamed without holding them in memory, or {@code null}
 */
record ApiResponse(int status, @Nullable Object body, @Nullable String contentType, Map<String, String> headers,
		@Nullable Stream stream) {

	static final String JSON = "application/json; charset=utf-8";

	static final String FORM = "application/x-www-form-urlencoded";

	static final String HTML = "text/html; charset=utf-8";

	ApiResponse(int status, @Nullable Object body, @Nullable String contentType, Map<String, String> headers) {
		this(status, body, contentType, headers, null);
	}

	static ApiResponse ok(Object body) {
		return new ApiResponse(200, body, JSON, Map.of());
	}

	static ApiResponse json(int status, Object body) {
		return new ApiResponse(status, body, JSON, Map.of());
	}

	/**
	 * The {@code {"status": "..."}} body SoundCloud answers writes without a resource with.
	 */
	static ApiResponse status(int status, String line) {
		return json(status, Map.of("status", line));
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

	/**
	 * A 302 with the {@code Found} schema's body, as {@code /resolve} and the stream
	 * endpoints answer.
	 */
	static ApiResponse found(String location) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", "302 - Found");
		body.put("location", location);
		return new ApiResponse(302, body, JSON, Map.of("Location", location));
	}

	static ApiResponse stream(int status, String contentType, Stream stream) {
		return new ApiResponse(status, null, contentType, Map.of(), stream);
	}

	ApiResponse withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new ApiResponse(this.status, this.body, this.contentType, Map.copyOf(all), this.stream);
	}

	byte[] bodyBytes() {
		if (this.body == null) {
			return new byte[0];
		}
		return JSON.equals(this.contentType) ? Json.write(this.body)
				: this.body.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A body of known length, opened each time it is read.
	 *
	 * @param source opens the bytes
	 * @param length how many bytes it yields
	 */
	record Stream(Supplier<InputStream> source, long length) {

	}

}
