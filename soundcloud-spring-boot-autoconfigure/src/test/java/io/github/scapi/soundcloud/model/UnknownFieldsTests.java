package io.github.scapi.soundcloud.model;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.RegisteredRuntimeHints;
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
 * The one home of the unknown-field checks: for every record that keeps unknown fields
 * and every kind of mapper, properties the model does not know are kept in
 * {@code extra()} (at the top and at every nested level) and written back, the known ones
 * still bind, and {@code toString()} prints neither them nor addresses. None of it relies
 * on the mapper ignoring unknown properties.
 * <p>
 * Which records are checked is derived from the code: every public record of the model
 * package with an {@code extra} component. {@link #FIXTURES} gives each of them at least
 * one sample, with the unknown fields that sample is known to carry, so a record added
 * later fails {@link #everyRecordKeepingUnknownFieldsHasAFixture()} until it has one.
 *
 * @author scapi contributors
 */
class UnknownFieldsTests {

	private static final String MODEL = "io.github.scapi.soundcloud.model";

	private static final String UUID = "8f1c2d7e-5b3a-11ef-9a41-0242ac120002";

	private static final String OPUS_URL = "https://cf-hls-opus-media.sndcdn.com/playlist/Qm3Ferry9LkP.64.opus/"
			+ "playlist.m3u8?Policy=eyJTdGF0ZW1lbnQiOlt7IlJlc291cmNlIjoi&Signature=Mn78Op&Key-Pair-Id=APKAI6TU7MMXM5DG6EPQ";

	/**
	 * One sample per row: the record type, the fixture, where in the fixture the record
	 * sits (a JSON pointer, empty for the whole file) and the unknown fields it carries.
	 */
	private static final List<Fixture> FIXTURES = List.of(
			new Fixture(Activity.class, "activity-track-repost.json", "", Map.of("uuid", UUID)),
			new Fixture(Activity.class, "activity-playlist.json", "", Map.of()),
			new Fixture(Comment.class, "comment.json", "", Map.of()),
			new Fixture(Event.class, "event.json", "", Map.of("uuid", UUID)),
			new Fixture(Group.class, "group.json", "", Map.of("moderated", true)),
			new Fixture(Playlist.class, "playlist-with-tracks.json", "", Map.of("user_id", 48213377)),
			new Fixture(Storefront.class, "storefront.json", "", Map.of("currency_hint", "EUR")),
			new Fixture(Streams.class, "streams.json", "", Map.of("hls_opus_64_url", OPUS_URL)),
			new Fixture(Track.class, "track.json", "",
					Map.of("brand_new_field", Map.of("a", 1), "secret_token", "s-SECRET123", "permalink",
							"night-ferry-extended-mix", "user_id", 48213377)),
			// unknown fields whose value is null are kept too
			new Fixture(User.class, "user.json", "", Collections.singletonMap("myspace_name", null)),
			// the deprecated comments count of /me
			new Fixture(User.class, "me.json", "", Map.of("comments_count", 0)),
			new Fixture(User.Quota.class, "me.json", "/quota", Map.of()),
			new Fixture(User.Subscription.class, "user.json", "/subscriptions/0", Map.of()),
			new Fixture(User.Product.class, "user.json", "/subscriptions/0/product", Map.of()),
			// the web profiles come as the array the endpoint returns
			new Fixture(WebProfile.class, "web-profiles.json", "/0", Map.of()),
			new Fixture(WebProfile.class, "web-profiles.json", "/1", Map.of("position", 2)));

	/** Name of the field added to every object of a fixture; no fixture has it. */
	private static final String INVENTED = "field_from_the_future";

	static Stream<Arguments> fixturesAndMappers() {
		List<Arguments> combinations = new ArrayList<>();
		ModelFixtures.mappers().forEach((mapper) -> {
			for (Fixture fixture : FIXTURES) {
				combinations.add(Arguments.of(fixture, mapper.get()[0], mapper.get()[1]));
			}
		});
		return combinations.stream();
	}

	static Stream<Arguments> recordsAndMappers() {
		List<Arguments> combinations = new ArrayList<>();
		ModelFixtures.mappers().forEach((mapper) -> {
			for (Class<?> type : recordsKeepingUnknownFields()) {
				combinations.add(Arguments.of(type.getSimpleName(), mapper.get()[0], type, mapper.get()[1]));
			}
		});
		return combinations.stream();
	}

	@Test
	void everyRecordKeepingUnknownFieldsHasAFixture() {
		List<Class<?>> records = recordsKeepingUnknownFields();
		assertThat(records).contains(Activity.class, Comment.class, Event.class, Group.class, Playlist.class,
				Storefront.class, Streams.class, Track.class, User.class, User.Quota.class, User.Subscription.class,
				User.Product.class, WebProfile.class);
		assertThat(FIXTURES.stream().map(Fixture::type).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(records);
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("fixturesAndMappers")
	void keepsUnknownFieldsOfTheFixtureInExtra(Fixture fixture, String mapperName, JsonMapper mapper) {
		Object record = mapper.treeToValue(fixture.read(mapper), fixture.type());
		assertThat(extraOf(record)).isEqualTo(fixture.extra());
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("fixturesAndMappers")
	void writesUnknownFieldsOfTheFixtureBack(Fixture fixture, String mapperName, JsonMapper mapper) {
		Object record = mapper.treeToValue(fixture.read(mapper), fixture.type());
		JsonNode written = mapper.readTree(mapper.writeValueAsString(record));
		fixture.extra().forEach((name, value) -> {
			assertThat(written.has(name)).as(name).isTrue();
			if (value == null) {
				assertThat(written.get(name).isNull()).as(name).isTrue();
			}
			else {
				assertThat(written.get(name)).as(name).isEqualTo(mapper.valueToTree(value));
			}
		});
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("fixturesAndMappers")
	void keepsInventedFieldInExtraAndWritesItBack(Fixture fixture, String mapperName, JsonMapper mapper) {
		ObjectNode json = fixture.read(mapper);
		json.putObject("brand_new_field").put("a", 1);
		Object record = mapper.treeToValue(json, fixture.type());
		assertThat(extraOf(record)).containsEntry("brand_new_field", Map.of("a", 1));
		JsonNode written = mapper.readTree(mapper.writeValueAsString(record));
		assertThat(written.get("brand_new_field")).isEqualTo(json.get("brand_new_field"));
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("fixturesAndMappers")
	void keepsInventedFieldsAtEveryLevelAndStillBindsTheKnownOnes(Fixture fixture, String mapperName,
			JsonMapper mapper) {
		JsonNode expected = mapper.readTree(mapper.writeValueAsString(fixture.bind(mapper)));
		ObjectNode json = fixture.read(mapper);
		List<String> objects = new ArrayList<>();
		invent(json, "", objects);
		assertThat(objects).contains("");
		Object record = mapper.treeToValue(json, fixture.type());
		JsonNode written = mapper.readTree(mapper.writeValueAsString(record));
		for (String object : objects) {
			assertThat(written.at(object + "/" + INVENTED)).as("%s at '%s'", INVENTED, object)
				.isEqualTo(json.at(object + "/" + INVENTED));
			((ObjectNode) written.at(object)).remove(INVENTED);
		}
		// without the invented fields, exactly what the sample alone gives
		assertThat(written).isEqualTo(expected);
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
	@MethodSource("fixturesAndMappers")
	void writesBackWhatItRead(Fixture fixture, String mapperName, JsonMapper mapper) {
		Object record = fixture.bind(mapper);
		assertThat(mapper.readValue(mapper.writeValueAsString(record), fixture.type())).isEqualTo(record);
	}

	@ParameterizedTest(name = "{0} with {1} mapper")
	@MethodSource("fixturesAndMappers")
	void toStringNeverDumpsUnknownFields(Fixture fixture, String mapperName, JsonMapper mapper) {
		ObjectNode json = fixture.read(mapper);
		json.put("secret_token", "s-SECRET123");
		json.putObject("brand_new_field").put("a", 1);
		String summary = mapper.treeToValue(json, fixture.type()).toString();
		assertThat(summary).startsWith(fixture.type().getSimpleName() + "[")
			.doesNotContain("SECRET123")
			.doesNotContain("brand_new_field")
			.doesNotContain("://")
			.hasSizeLessThan(160);
		if (fixture.type() != Streams.class) {
			// Streams names its httpMp3128Url component; no other summary says "http"
			assertThat(summary).doesNotContain("http");
		}
	}

	@Test
	void strictMapperRejectsUnknownFieldsOfRecordsWithoutExtra() {
		// Control: shows the strict mapper above really is strict, so the records pass
		// because of their any-setter and not because unknown fields are ignored.
		JsonMapper strict = (JsonMapper) ModelFixtures.mappers().toList().get(1).get()[1];
		assertThatExceptionOfType(UnrecognizedPropertyException.class)
			.isThrownBy(() -> strict.readValue("{\"urn\":\"x\",\"brand_new_field\":1}", Plain.class));
	}

	/**
	 * The public records of the model package that keep unknown fields, found in the
	 * compiled package rather than listed.
	 * @return the records, in a stable order
	 */
	private static List<Class<?>> recordsKeepingUnknownFields() {
		return RegisteredRuntimeHints.classesIn(MODEL)
			.stream()
			.filter(Class::isRecord)
			.filter((type) -> Modifier.isPublic(type.getModifiers()))
			.filter((type) -> extraComponent(type) != null)
			.toList();
	}

	private static @Nullable RecordComponent extraComponent(Class<?> type) {
		for (RecordComponent component : type.getRecordComponents()) {
			if (component.getName().equals("extra") && Map.class.isAssignableFrom(component.getType())) {
				return component;
			}
		}
		return null;
	}

	/**
	 * Add {@link #INVENTED} to every object of a tree, nested ones included.
	 * @param node the tree
	 * @param pointer the JSON pointer of {@code node}
	 * @param objects collects the pointers of the objects changed
	 */
	private static void invent(JsonNode node, String pointer, List<String> objects) {
		if (node instanceof ObjectNode object) {
			for (String name : new ArrayList<>(object.propertyNames())) {
				invent(object.get(name), pointer + "/" + name, objects);
			}
			object.putObject(INVENTED).put("b", pointer);
			objects.add(pointer);
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				invent(node.get(i), pointer + "/" + i, objects);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> extraOf(Object record) {
		RecordComponent component = extraComponent(record.getClass());
		if (component == null) {
			throw new IllegalStateException(record.getClass().getName() + " has no extra component");
		}
		try {
			return (Map<String, @Nullable Object>) component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Fixture(Class<?> type, String file, String pointer, Map<String, @Nullable Object> extra) {

		ObjectNode read(JsonMapper mapper) {
			return (ObjectNode) mapper.readTree(ModelFixtures.json(this.file)).at(this.pointer);
		}

		Object bind(JsonMapper mapper) {
			return mapper.treeToValue(read(mapper), this.type);
		}

		@Override
		public String toString() {
			return this.type.getSimpleName() + " from " + this.file + this.pointer;
		}

	}

	record Plain(@Nullable String urn) {
	}

}
