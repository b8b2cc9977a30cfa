package io.github.scapi.soundcloud.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the legacy {@link Event}.
 *
 * @author scapi contributors
 */
class EventTests {

	@Test
	void mapsRepostEventWithItsOrigin() {
		Event event = ModelFixtures.read("event.json", Event.class);
		assertThat(event.id()).isNull();
		assertThat(event.type()).isEqualTo("track:repost");
		assertThat(event.createdAt()).isEqualTo(Instant.parse("2024-06-02T07:45:18Z"));
		assertThat(event.tags()).isEqualTo("affiliated");
		assertThat(event.reposter()).isEqualTo("soundcloud:users:5502917");
		assertThat(event.origin()).isNotNull()
			.containsEntry("urn", "soundcloud:tracks:1209871623")
			.containsEntry("description", null);
		assertThat(event.originKind()).isEqualTo("track");
	}

	@Test
	void convertsOriginOfEventToTrack() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Event event = mapper.readValue(ModelFixtures.json("event.json"), Event.class);
		Track track = mapper.convertValue(event.origin(), Track.class);
		assertThat(track.urn()).isEqualTo("soundcloud:tracks:1209871623");
		assertThat(track.createdAt()).isEqualTo(Instant.parse("2022-03-05T21:47:10Z"));
		assertThat(track.user()).isNotNull();
		assertThat(track.user().username()).isEqualTo("Harbour Lights");
	}

	@Test
	void keepsOriginOfEventWhateverItsKind() {
		Event event = ModelFixtures.plainMapper()
			.readValue("{\"type\":\"comment\",\"origin\":{\"kind\":\"comment\",\"id\":991,\"body\":\"hi\"}}",
					Event.class);
		assertThat(event.originKind()).isEqualTo("comment");
		assertThat(event.origin()).containsEntry("id", 991).containsEntry("body", "hi");
		assertThat(event).hasToString("Event[type=comment, originKind=comment, origin=991]");
	}

	@Test
	void leavesMissingOriginOfEventNull() {
		Event event = ModelFixtures.plainMapper().readValue("{\"type\":\"track\"}", Event.class);
		assertThat(event.origin()).isNull();
		assertThat(event.originKind()).isNull();
		assertThat(event.extra()).isEmpty();
	}

	@Test
	void originOfEventIsUnmodifiable() {
		Event event = ModelFixtures.read("event.json", Event.class);
		assertThat(event.origin()).isNotNull();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> event.origin().put("kind", "playlist"));
	}

	@Test
	void writesOriginOfEventBackWithoutItsDerivedKind() {
		// its unknown fields ("uuid") are checked in UnknownFieldsTests
		JsonMapper mapper = ModelFixtures.plainMapper();
		Event event = mapper.readValue(ModelFixtures.json("event.json"), Event.class);
		JsonNode written = mapper.readTree(mapper.writeValueAsString(event));
		assertThat(written.get("origin").get("title").asString()).isEqualTo("Night Ferry (Extended Mix)");
		assertThat(written.has("origin_kind")).isFalse();
		assertThat(written.has("originKind")).isFalse();
	}

	@Test
	void readsEventBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Event event = mapper.readValue(ModelFixtures.json("event.json"), Event.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(event), Event.class)).isEqualTo(event);
	}

	@Test
	void toStringOfEventNamesTheOriginWithoutPrintingIt() {
		Event event = ModelFixtures.read("event.json", Event.class);
		assertThat(event).hasToString("Event[type=track:repost, createdAt=2024-06-02T07:45:18Z, originKind=track, "
				+ "origin=soundcloud:tracks:1209871623]");
	}

}
