package io.github.scapi.soundcloud.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SoundCloudInstantDeserializer}.
 *
 * @author scapi contributors
 */
class SoundCloudInstantDeserializerTests {

	private final JsonMapper mapper = ModelFixtures.plainMapper();

	@Test
	void readsIsoTimestamp() {
		assertThat(read("\"2020-12-24T10:00:00Z\"")).isEqualTo(Instant.parse("2020-12-24T10:00:00Z"));
	}

	@Test
	void readsIsoTimestampWithFractionAndOffset() {
		assertThat(read("\"2020-12-24T11:00:00.250+01:00\"")).isEqualTo(Instant.parse("2020-12-24T10:00:00.250Z"));
	}

	@Test
	void readsLegacyTimestamp() {
		assertThat(read("\"2013/03/23 14:58:27 +0000\"")).isEqualTo(Instant.parse("2013-03-23T14:58:27Z"));
	}

	@Test
	void readsLegacyTimestampWithOffsetOtherThanUtc() {
		assertThat(read("\"2013/03/23 16:58:27 +0200\"")).isEqualTo(Instant.parse("2013-03-23T14:58:27Z"));
	}

	@Test
	void readsNullAsNull() {
		assertThat(read("null")).isNull();
	}

	@Test
	void readsEmptyStringAsNull() {
		assertThat(read("\"\"")).isNull();
		assertThat(read("\"  \"")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "yesterday", "2013/03/23", "2013/02/30 10:00:00 +0000", "2020-12-24 10:00:00",
			"2020-12-24T10:00:00" })
	void rejectsGarbageWithMessageNamingValueAndFormats(String garbage) {
		assertThatExceptionOfType(InvalidFormatException.class).isThrownBy(() -> read("\"" + garbage + "\""))
			.satisfies((ex) -> assertThat(ex.getValue()).isEqualTo(garbage))
			.withMessageContaining(garbage)
			.withMessageContaining("2020-12-24T10:00:00Z")
			.withMessageContaining("2013/03/23 14:58:27 +0000")
			.withMessageContaining("created_at");
	}

	@Test
	void rejectsNonStringNonNumberToken() {
		assertThatExceptionOfType(MismatchedInputException.class).isThrownBy(() -> read("true"))
			.withMessageContaining("Instant");
		assertThatExceptionOfType(MismatchedInputException.class).isThrownBy(() -> read("{\"at\":1}"))
			.withMessageContaining("Instant");
	}

	@Test
	void readsBackWhatAMapperWritingNumericTimestampsWrote() {
		JsonMapper numeric = JsonMapper.builder().enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
		Stamp stamp = new Stamp(Instant.parse("2013-03-23T14:58:27.125Z"));
		String json = numeric.writeValueAsString(stamp);
		assertThat(json).doesNotContain("2013");
		assertThat(numeric.readValue(json, Stamp.class)).isEqualTo(stamp);
	}

	@Test
	void writesIsoTimestampsThatItReadsBack() {
		Stamp stamp = this.mapper.readValue("{\"created_at\":\"2013/03/23 14:58:27 +0000\"}", Stamp.class);
		String json = this.mapper.writeValueAsString(stamp);
		assertThat(json).isEqualTo("{\"created_at\":\"2013-03-23T14:58:27Z\"}");
		assertThat(this.mapper.readValue(json, Stamp.class)).isEqualTo(stamp);
	}

	private @Nullable Instant read(String value) {
		return this.mapper.readValue("{\"created_at\":" + value + "}", Stamp.class).createdAt();
	}

	@tools.jackson.databind.annotation.JsonNaming(tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
	record Stamp(@JsonDeserialize(using = SoundCloudInstantDeserializer.class) @Nullable Instant createdAt) {
	}

}
