package io.github.scapi.soundcloud.test.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes response bodies, {@code null} values kept as SoundCloud sends them, and reads
 * request bodies.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

	/**
	 * Parses JSON.
	 * @throws ApiException a 400 when the text is not JSON
	 */
	static JsonNode read(byte[] json) {
		try {
			return MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw ApiException.badRequest("malformed JSON body: " + ex.getOriginalMessage());
		}
	}

}
