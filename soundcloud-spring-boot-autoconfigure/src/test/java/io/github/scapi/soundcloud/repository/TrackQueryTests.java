package io.github.scapi.soundcloud.repository;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TrackQueryTests {

	@Test
	void namesParametersAsTheApiDoes() {
		MultiValueMap<String, String> parameters = TrackQuery.builder()
			.text("night bus")
			.genres("House", "Techno")
			.tags("deep house", "chill")
			.bpm(120, 128)
			.duration(Duration.ofMinutes(2), Duration.ofMinutes(5))
			.createdBetween(Instant.parse("2020-12-24T00:00:00Z"), Instant.parse("2020-12-26T12:30:00Z"))
			.access(TrackAccess.PREVIEW, TrackAccess.PLAYABLE)
			.urns("1", "soundcloud:tracks:2")
			.build()
			.toQueryParameters();
		assertThat(parameters.toSingleValueMap()).containsEntry("q", "night bus")
			.containsEntry("genres", "House,Techno")
			.containsEntry("tags", "deep house,chill")
			.containsEntry("bpm[from]", "120")
			.containsEntry("bpm[to]", "128")
			.containsEntry("duration[from]", "120000")
			.containsEntry("duration[to]", "300000")
			.containsEntry("created_at[from]", "2020-12-24 00:00:00")
			.containsEntry("created_at[to]", "2020-12-26 12:30:00")
			.containsEntry("access", "playable,preview")
			.containsEntry("urns", "soundcloud:tracks:1,soundcloud:tracks:2");
	}

	@Test
	void sendsNothingForAnEmptyQuery() {
		assertThat(TrackQuery.ALL.toQueryParameters()).isEmpty();
	}

	@Test
	void rejectsInvertedOrNegativeRanges() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrackQuery.builder().bpm(130, 120).build())
			.withMessageContaining("'bpmFrom' must not exceed 'bpmTo'");
		assertThatIllegalArgumentException().isThrownBy(() -> TrackQuery.builder().bpm(-1, null).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrackQuery.builder().duration(Duration.ofMinutes(5), Duration.ofMinutes(1)).build());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrackQuery.builder()
				.createdBetween(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2020-01-01T00:00:00Z"))
				.build());
	}

	@Test
	void rejectsValuesTheApiCannotSeparate() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrackQuery.builder().genres("Drum, Bass"))
			.withMessageContaining("','");
		assertThatIllegalArgumentException().isThrownBy(() -> TrackQuery.builder().urns("soundcloud:users:1"));
	}

}
