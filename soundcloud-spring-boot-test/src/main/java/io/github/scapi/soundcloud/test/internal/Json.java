package io.github.scapi.soundcloud.test.internal;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes response bodies; {@code null} values are kept, as SoundCloud sends them.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static byte[] write(Object value) {
		return MAPPER.writeValueAsBytes(value);
	}

}
