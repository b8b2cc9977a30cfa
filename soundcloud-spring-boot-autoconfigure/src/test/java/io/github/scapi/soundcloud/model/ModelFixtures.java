package io.github.scapi.soundcloud.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fixtures and mappers shared by the model tests. The JSON files sit next to the tests on
 * the class path so no test depends on anything outside the module.
 *
 * @author scapi contributors
 */
final class ModelFixtures {

	private ModelFixtures() {
	}

	/**
	 * A mapper with Jackson's defaults and nothing registered.
	 * @return a new mapper
	 */
	static JsonMapper plainMapper() {
		return JsonMapper.builder().build();
	}

	/**
	 * The mappers the records must work with: Jackson's defaults, one that rejects unknown
	 * properties (so the any-setter is what keeps them, not leniency) and one that ignores
	 * them explicitly, as Spring Boot configures it.
	 * @return named mappers
	 */
	static Stream<Arguments> mappers() {
		return Stream.of(Arguments.of("default", plainMapper()),
				Arguments.of("failing on unknown properties",
						JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()),
				Arguments.of("ignoring unknown properties",
						JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()));
	}

	/**
	 * Read a fixture from this package on the class path.
	 * @param name the file name, e.g. {@code track.json}
	 * @return the file's content
	 */
	static String json(String name) {
		try (InputStream in = ModelFixtures.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Missing fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Read a fixture into a record with a plain mapper.
	 * @param <T> the record type
	 * @param name the file name
	 * @param type the record class
	 * @return the record
	 */
	static <T> T read(String name, Class<T> type) {
		return plainMapper().readValue(json(name), type);
	}

}
