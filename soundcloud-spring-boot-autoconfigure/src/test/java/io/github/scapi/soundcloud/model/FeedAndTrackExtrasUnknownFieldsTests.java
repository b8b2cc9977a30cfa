package io.github.scapi.soundcloud.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of {@link UnknownFieldsTests} for {@link Activity}, {@link WebProfile},
 * {@link Streams} and {@link Storefront}: for every kind of mapper, properties the model
 * does not know are kept in {@code extra()} and written back, and {@code toString()}
 * prints neither them nor addresses.
 *
 * @author scapi contributors
 */
class FeedAndTrackExtrasUnknownFieldsTests {

	private static final Map<Class<?>, String> FIXTURES = Map.of(Activity.class, "activity-track-repost.json",
			WebProfile.class, "web-profiles.json", Streams.class, "streams.json", Storefront.class,
			"storefront.json");

	static Stream<Arguments> recordsAndMappers() {
		List<Arguments> combinations = new ArrayList<>();
		ModelFixtures.mappers().forEach((mapper) -> {
			for (Class<?> type : List.of(Activity.class, WebProfile.class, Streams.class, Storefront.class)) {
				combinations.add(Arguments.of(type.getSimpleName(), mapper.get()[0], type, mapper.get()[1]));
			}
		});
		return combinations.stream();
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("recordsAndMappers")
	void keepsInventedFieldInExtraAndWritesItBack(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		ObjectNode json = fixture(mapper, type);
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
	void writesBackWhatItRead(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		Object record = mapper.treeToValue(fixture(mapper, type), type);
		assertThat(mapper.readValue(mapper.writeValueAsString(record), type)).isEqualTo(record);
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("recordsAndMappers")
	void toStringNeverDumpsUnknownFields(String name, String mapperName, Class<?> type, JsonMapper mapper) {
		ObjectNode json = fixture(mapper, type);
		json.put("secret_token", "s-SECRET123");
		json.putObject("brand_new_field").put("a", 1);
		String summary = mapper.treeToValue(json, type).toString();
		assertThat(summary).startsWith(type.getSimpleName() + "[")
			.doesNotContain("SECRET123")
			.doesNotContain("brand_new_field")
			// Not "http": Streams names its httpMp3128Url component.
			.doesNotContain("://")
			.hasSizeLessThan(160);
	}

	private static ObjectNode fixture(JsonMapper mapper, Class<?> type) {
		JsonNode json = mapper.readTree(ModelFixtures.json(FIXTURES.get(type)));
		// The web profiles come as the array the endpoint returns; its first item will do.
		return (ObjectNode) (json.isArray() ? json.get(0) : json);
	}

	private static Map<String, @Nullable Object> extraOf(Object record) {
		if (record instanceof Activity activity) {
			return activity.extra();
		}
		if (record instanceof WebProfile profile) {
			return profile.extra();
		}
		if (record instanceof Streams streams) {
			return streams.extra();
		}
		return ((Storefront) record).extra();
	}

}
