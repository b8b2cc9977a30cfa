package io.github.scapi.soundcloud.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The addresses a track can be streamed from, as returned by
 * {@code /tracks/{urn}/streams}. Each format the track is available in has its own
 * component; formats the caller may not hear are {@code null}.
 * <p>
 * The addresses are short-lived capabilities: whoever holds one can fetch the audio
 * without further authentication. {@link #toString()} therefore only says which formats
 * are present and never prints an address.
 *
 * @param hlsAac160Url the HLS playlist of the 160 kbit/s AAC encoding
 * @param httpMp3128Url the progressive download of the 128 kbit/s MP3 encoding;
 * deprecated by SoundCloud but still sent for many tracks
 * @param hlsMp3128Url the HLS playlist of the 128 kbit/s MP3 encoding
 * @param previewMp3128Url the 128 kbit/s MP3 preview (an excerpt), sent when the caller
 * may only hear a preview, and often alongside the full streams
 * @param extra every property of the JSON object that has no component above (e.g. a
 * format SoundCloud adds later), kept so that it is written back on serialisation; empty
 * when there are none
 * @author scapi contributors
 */
// The names are spelled out because the snake_case strategy does not split digits off
// ("hlsAac160Url" would become "hls_aac160_url"); @JsonNaming stays for any future component.
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Streams(
		@JsonProperty("hls_aac_160_url") @Nullable String hlsAac160Url,
		@JsonProperty("http_mp3_128_url") @Nullable String httpMp3128Url,
		@JsonProperty("hls_mp3_128_url") @Nullable String hlsMp3128Url,
		@JsonProperty("preview_mp3_128_url") @Nullable String previewMp3128Url,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

	private static final String PRESENT = "<hidden>";

	public Streams {
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	/**
	 * Say which formats are available without printing their addresses, which grant access
	 * to the audio: e.g.
	 * {@code Streams[hlsAac160Url=<hidden>, previewMp3128Url=<hidden>]}.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("Streams", "hlsAac160Url", hide(this.hlsAac160Url), "httpMp3128Url",
				hide(this.httpMp3128Url), "hlsMp3128Url", hide(this.hlsMp3128Url), "previewMp3128Url",
				hide(this.previewMp3128Url));
	}

	private static @Nullable String hide(@Nullable String url) {
		return (url != null) ? PRESENT : null;
	}

}
