package io.github.scapi.soundcloud.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Checks, for every record and every kind of mapper, that properties the model does not
 * know are kept in {@code extra()} and written back, without relying on the mapper
 * ignoring unknown properties.
 *
 * @author scapi contributors
 */
class UnknownFieldsTests {

	private static final Map<Class<?>, String> FIXTURES = Map.of(User.class, "user.json", Track.class, "track.json",
			Playlist.class, "playlist-with-tracks.json", Comment.class, "comment.json", Group.class, "group.json",
			Event.class, "event.json");

	static Stream<Arguments> recordsAndMappers() {
		List<Arguments> combinations = new ArrayList<>();
		ModelFixtures.mappers().forEach((mapper) -> {
			for (Class<?> type : List.of(User.class, Track.class, Playlist.class, Comment.class, Group.class,
					Event.class)) {
				combinations.add(Arguments.of(type.getSimpleName(), mapper.get()[0], type, mapper.get()[1]));
			}
		});
		return combinations.stream();
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("recordsAndMappers")
	void keepsInventedFieldInExtraAndWritesItBack(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		ObjectNode json = (ObjectNode) mapper.readTree(ModelFixtures.json(FIXTURES.get(type)));
		json.putObject("brand_new_field").put("a", 1);
		Object record = mapper.treeToValue(json, type);
		assertThat(extraOf(record)).containsEntry("brand_new_field", Map.of("a", 1));
		JsonNode written = mapper.readTree(mapper.writeValueAsString(record));
		assertThat(written.get("brand_new_field")).isEqualTo(json.get("brand_new_field"));
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("recordsAndMappers")
	void keepsFieldNamedExtraAsUnknownField(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		Object record = mapper.readValue("{\"extra\":5,\"other\":[true,null]}", type);
		assertThat(extraOf(record)).containsEntry("extra", 5).containsKey("other").hasSize(2);
		JsonNode written = mapper.readTree(mapper.writeValueAsString(record));
		assertThat(written.get("extra").asInt()).isEqualTo(5);
		assertThat(written.get("other").size()).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("recordsAndMappers")
	void hasEmptyExtraWhenNothingIsUnknown(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		Object record = mapper.readValue("{}", type);
		assertThat(extraOf(record)).isNotNull().isEmpty();
		assertThat(mapper.writeValueAsString(record)).doesNotContain("extra").doesNotContain("unknown");
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("recordsAndMappers")
	void toStringNeverDumpsUnknownFields(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		ObjectNode json = (ObjectNode) mapper.readTree(ModelFixtures.json(FIXTURES.get(type)));
		json.put("secret_token", "s-SECRET123");
		json.putObject("brand_new_field").put("a", 1);
		String summary = mapper.treeToValue(json, type).toString();
		assertThat(summary).startsWith(type.getSimpleName() + "[")
			.doesNotContain("s-SECRET123")
			.doesNotContain("brand_new_field")
			.doesNotContain("http")
			.hasSizeLessThan(160);
	}

	@Test
	void strictMapperRejectsUnknownFieldsOfRecordsWithoutExtra() {
		// Control: shows the strict mapper above really is strict, so the records pass
		// because of their any-setter and not because unknown fields are ignored.
		JsonMapper strict = (JsonMapper) ModelFixtures.mappers().toList().get(1).get()[1];
		assertThatExceptionOfType(UnrecognizedPropertyException.class)
			.isThrownBy(() -> strict.readValue("{\"urn\":\"x\",\"brand_new_field\":1}", Plain.class));
	}

	private static Map<String, @Nullable Object> extraOf(Object record) {
		if (record instanceof User user) {
			return user.extra();
		}
		if (record instanceof Track track) {
			return track.extra();
		}
		if (record instanceof Playlist playlist) {
			return playlist.extra();
		}
		if (record instanceof Comment comment) {
			return comment.extra();
		}
		if (record instanceof Group group) {
			return group.extra();
		}
		return ((Event) record).extra();
	}

	record Plain(@Nullable String urn) {
	}

}
