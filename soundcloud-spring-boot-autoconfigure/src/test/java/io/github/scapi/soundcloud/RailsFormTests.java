package io.github.scapi.soundcloud;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RailsFormTests {

	@Test
	void encodesNestedMapsAndListsTheRailsWay() {
		Map<String, Object> track = new LinkedHashMap<>();
		track.put("title", "It's mine, all & = mine: Café");
		track.put("shared_to", Map.of("emails", List.of(Map.of("address", "a@example.com"),
				Map.of("address", "b@example.com"))));
		MultiValueMap<String, Object> form = RailsForm.encode("track", track);
		assertThat(form).containsEntry("track[title]", List.of("It's mine, all & = mine: Café"))
			.containsEntry("track[shared_to][emails][][address]", List.of("a@example.com", "b@example.com"));
	}

	@Test
	void encodesListsOfScalarsAsRepeatedBrackets() {
		MultiValueMap<String, Object> form = RailsForm.encode("permissions", Map.of("user_id", List.of(1001, 1002)));
		assertThat(form).containsExactly(Map.entry("permissions[user_id][]", List.of("1001", "1002")));
	}

	@Test
	void writesScalarsPlainlyAndLeavesNullsOut() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("downloadable", true);
		fields.put("release_date", LocalDate.of(2026, 11, 27));
		fields.put("bpm", 120.5);
		fields.put("genre", null);
		assertThat(RailsForm.asText(RailsForm.encode("track", fields)).toSingleValueMap())
			.containsExactly(Map.entry("track[downloadable]", "true"), Map.entry("track[release_date]", "2026-11-27"),
					Map.entry("track[bpm]", "120.5"));
	}

	@Test
	void keepsFilesForMultipartAndRefusesThemInAForm() {
		ByteArrayResource audio = new ByteArrayResource(new byte[] { 1, 2, 3 });
		MultiValueMap<String, Object> form = RailsForm.encode("track", Map.of("asset_data", audio));
		assertThat(RailsForm.hasFiles(form)).isTrue();
		assertThat(form.getFirst("track[asset_data]")).isSameAs(audio);
		assertThatIllegalArgumentException().isThrownBy(() -> RailsForm.asText(form))
			.withMessageContaining("multipart");
	}

}
