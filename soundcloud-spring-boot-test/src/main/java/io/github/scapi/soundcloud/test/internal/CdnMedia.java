package io.github.scapi.soundcloud.test.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a CDN path names: {@code /cdn/media/{track_id}/{format}.{mp3|aac|m3u8}} or
 * {@code /cdn/downloads/{track_id}/{file name}}.
 *
 * @param trackId the track's id
 * @param format {@code http_mp3_128}, {@code preview_mp3_128}, {@code hls_mp3_128},
 * {@code hls_aac_160} or {@code download}
 * @param extension the extension of the last segment
 * @param fileName the last segment, for downloads
 */
record CdnMedia(long trackId, String format, String extension, String fileName) {

	static final String PREFIX = "/cdn/";

	/**
	 * Reads a CDN path, or returns {@code null} when it names nothing the CDN serves.
	 */
	static @Nullable CdnMedia parse(String path) {
		String[] segments = path.substring(PREFIX.length()).split("/");
		if (segments.length != 3) {
			return null;
		}
		long trackId = Urns.parse(segments[1], "tracks");
		int dot = segments[2].lastIndexOf('.');
		if (trackId == Urns.INVALID || dot < 0) {
			return null;
		}
		String extension = segments[2].substring(dot + 1).toLowerCase(Locale.ROOT);
		if (segments[0].equals("downloads")) {
			return new CdnMedia(trackId, "download", extension, segments[2]);
		}
		String format = segments[2].substring(0, dot);
		boolean known = switch (format) {
			case "http_mp3_128", "preview_mp3_128" -> extension.equals("mp3");
			case "hls_mp3_128" -> extension.equals("m3u8") || extension.equals("mp3");
			case "hls_aac_160" -> extension.equals("m3u8") || extension.equals("aac");
			default -> false;
		};
		return (segments[0].equals("media") && known) ? new CdnMedia(trackId, format, extension, segments[2]) : null;
	}

	static String mediaPath(long trackId, String format, String extension) {
		return PREFIX + "media/" + trackId + "/" + format + "." + extension;
	}

	static String downloadPath(long trackId, String fileName) {
		return PREFIX + "downloads/" + trackId + "/" + fileName;
	}

	boolean isPlaylist() {
		return this.extension.equals("m3u8");
	}

	/**
	 * The size of the audio for a track of a duration.
	 */
	long size(long durationMillis) {
		return switch (this.format) {
			case "preview_mp3_128" -> AudioBytes.size(Math.min(durationMillis, StreamEndpoints.PREVIEW_MILLIS));
			case "hls_aac_160" -> AudioBytes.size(durationMillis) * 160 / 128;
			default -> AudioBytes.size(durationMillis);
		};
	}

	String contentType() {
		if (isPlaylist()) {
			return "application/vnd.apple.mpegurl";
		}
		return this.extension.equals("aac") ? "audio/aac" : "audio/mpeg";
	}

}
