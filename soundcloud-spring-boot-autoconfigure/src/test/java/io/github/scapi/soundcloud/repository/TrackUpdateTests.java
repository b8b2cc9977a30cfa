package io.github.scapi.soundcloud.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A track update without files is the specification's {@code TrackMetadataRequest} JSON
 * object, with the values the Rails-style form would carry.
 */
class TrackUpdateTests {

	@Test
	void jsonNestsTheFieldsUnderTrackWithTheFormsValues() {
		TrackUpdate changes = TrackUpdate.builder()
			.title("Night Bus")
			.streamable(false)
			.releaseDate(LocalDate.of(2021, 2, 18))
			.tags("deep house", "night")
			.field("mood", Mood.LATE_NIGHT)
			.field("bpm", 124)
			.field("shared_to", Map.of("emails", List.of(Map.of("address", "a@example.com"))))
			.build();
		assertThat(changes.hasFiles()).isFalse();
		assertThat(changes.json()).isEqualTo(Map.of("track",
				Map.of("title", "Night Bus", "streamable", false, "release_date", "2021-02-18", "tag_list",
						"\"deep house\" night", "mood", "late-night", "bpm", 124, "shared_to",
						Map.of("emails", List.of(Map.of("address", "a@example.com"))))));
	}

	enum Mood {

		LATE_NIGHT

	}

	@Test
	void anArtworkAnywhereNeedsMultipart() {
		assertThat(TrackUpdate.builder().artwork(new ByteArrayResource(new byte[1])).build().hasFiles()).isTrue();
		assertThat(TrackUpdate.builder().field("extra", List.of(Map.of("file", new ByteArrayResource(new byte[1]))))
			.build()
			.hasFiles()).isTrue();
	}

}
