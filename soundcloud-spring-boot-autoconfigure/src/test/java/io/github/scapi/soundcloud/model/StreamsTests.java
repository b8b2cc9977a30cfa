package io.github.scapi.soundcloud.model;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Streams}.
 *
 * @author scapi contributors
 */
class StreamsTests {

	@Test
	void mapsEveryStreamFormat() {
		Streams streams = ModelFixtures.read("streams.json", Streams.class);
		assertThat(streams.hlsAac160Url()).startsWith("https://cf-hls-media.sndcdn.com/playlist/Qm3Ferry9LkP.128.aac/");
		assertThat(streams.httpMp3128Url()).startsWith("https://cf-media.sndcdn.com/Qm3Ferry9LkP.128.mp3?");
		assertThat(streams.hlsMp3128Url()).startsWith("https://cf-hls-media.sndcdn.com/playlist/Qm3Ferry9LkP.128.mp3/");
		assertThat(streams.previewMp3128Url()).startsWith("https://cf-preview-media.sndcdn.com/preview/");
	}

	@Test
	void writesTheApiNamesOfTheFormats() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Streams streams = mapper.readValue(ModelFixtures.json("streams.json"), Streams.class);
		JsonNode written = mapper.readTree(mapper.writeValueAsString(streams));
		assertThat(written).isEqualTo(mapper.readTree(ModelFixtures.json("streams.json")));
		assertThat(written.propertyNames()).containsExactlyInAnyOrder("hls_aac_160_url", "http_mp3_128_url",
				"hls_mp3_128_url", "preview_mp3_128_url", "hls_opus_64_url");
	}

	@Test
	void readsStreamsBackUnchangedAfterWritingThem() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Streams streams = mapper.readValue(ModelFixtures.json("streams.json"), Streams.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(streams), Streams.class)).isEqualTo(streams);
	}

	@Test
	void toStringOfStreamsNamesFormatsWithoutPrintingAddresses() {
		Streams streams = ModelFixtures.read("streams.json", Streams.class);
		assertThat(streams).hasToString("Streams[hlsAac160Url=<hidden>, httpMp3128Url=<hidden>, "
				+ "hlsMp3128Url=<hidden>, previewMp3128Url=<hidden>]");
		assertThat(streams.toString()).doesNotContain("http:").doesNotContain("https")
			.doesNotContain("sndcdn")
			.doesNotContain("Signature")
			.doesNotContain("Policy");
	}

	@Test
	void toStringOfPreviewOnlyStreamsNamesOnlyThePreview() {
		Streams streams = ModelFixtures.plainMapper()
			.readValue("{\"preview_mp3_128_url\":\"https://cf-preview-media.sndcdn.com/p.mp3?Signature=x\"}",
					Streams.class);
		assertThat(streams.hlsAac160Url()).isNull();
		assertThat(streams.extra()).isEqualTo(Map.of());
		assertThat(streams).hasToString("Streams[previewMp3128Url=<hidden>]");
	}

}
