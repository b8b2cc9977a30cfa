package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The ways to a track's audio, all answered with a 302 to a signed link on the CDN, a
 * different origin than the API's (see {@link #cdnOrigin(ApiRequest)}):
 * <ul>
 * <li>{@code GET /tracks/{track_urn}/streams}: the {@code Streams} schema, whose URLs are
 * {@code /tracks/{track_urn}/streams/{format}} of this API, as in the spec's example;</li>
 * <li>{@code GET /tracks/{track_urn}/streams/{format}}: the redirect for one format;</li>
 * <li>{@code GET /tracks/{track_urn}/preview}: the first 30 seconds;</li>
 * <li>{@code GET /tracks/{track_urn}/stream} and {@code /download}: the links of the
 * deprecated {@code stream_url} and of {@code download_url}.</li>
 * </ul>
 * Playing through them adds to the track's {@code playback_count} and to the caller's
 * recently played tracks. The requests that lead to audio, {@code /stream} and
 * {@code /streams/{format}}, are the plays SoundCloud limits per app: while a test has the
 * {@link PlaysLimit} reached, they get its 429.
 */
final class StreamEndpoints {

	static final long PREVIEW_MILLIS = 30_000;

	private static final List<String> FULL_FORMATS = List.of("http_mp3_128", "hls_mp3_128", "hls_aac_160");

	private final FakeState state;

	private final CdnSigner signer;

	private final PlaysLimit playsLimit;

	StreamEndpoints(FakeState state, CdnSigner signer, PlaysLimit playsLimit) {
		this.state = state;
		this.signer = signer;
		this.playsLimit = playsLimit;
	}

	List<Route> routes() {
		return List.of(Route.get("/tracks/*/streams", this::streams), Route.get("/tracks/*/streams/*", this::stream),
				Route.get("/tracks/*/preview",
						(request, variables) -> redirect(request, variables.get(0), "preview_mp3_128")),
				Route.get("/tracks/*/stream", this::legacyStream), Route.get("/tracks/*/download", this::download));
	}

	private ApiResponse streams(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> {
			TrackRow row = Lookups.track(store, variables.get(0));
			String base = request.apiBase() + "/tracks/" + row.track().urn() + "/streams/";
			Map<String, String> json = new LinkedHashMap<>();
			for (String format : List.of("hls_aac_160", "http_mp3_128", "hls_mp3_128", "preview_mp3_128")) {
				if (allows(row, format)) {
					json.put(format + "_url", base + format);
				}
			}
			return ApiResponse.ok(json);
		});
	}

	private ApiResponse stream(ApiRequest request, List<String> variables) {
		ApiResponse limited = this.playsLimit.check();
		return (limited != null) ? limited : redirect(request, variables.get(0), variables.get(1));
	}

	private ApiResponse legacyStream(ApiRequest request, List<String> variables) {
		ApiResponse limited = this.playsLimit.check();
		if (limited != null) {
			return limited;
		}
		String format = this.state.read((store) -> allows(Lookups.track(store, variables.get(0)), "http_mp3_128")
				? "http_mp3_128" : "preview_mp3_128");
		return redirect(request, variables.get(0), format);
	}

	private ApiResponse redirect(ApiRequest request, String urn, String format) {
		return this.state.write((store) -> {
			TrackRow row = Lookups.track(store, urn);
			if (!allows(row, format)) {
				throw new ApiException(404, "no " + format + " stream for " + row.track().urn());
			}
			row.played();
			store.plays().played(row.id());
			String extension = format.startsWith("hls_") ? "m3u8" : "mp3";
			String path = CdnMedia.mediaPath(row.id(), format, extension);
			return ApiResponse.found(this.signer.sign(cdnOrigin(request) + path));
		});
	}

	private ApiResponse download(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> {
			TrackRow row = Lookups.track(store, variables.get(0));
			if (!TrackJson.isDownloadable(row)) {
				throw new ApiException(404, row.track().urn() + " is not downloadable");
			}
			return ApiResponse.found(this.signer
				.sign(cdnOrigin(request) + CdnMedia.downloadPath(row.id(), row.permalink() + ".mp3")));
		});
	}

	/**
	 * Full streams for {@code playable} tracks, the preview for {@code preview} ones too,
	 * nothing for {@code blocked} or unstreamable ones.
	 */
	static boolean allows(TrackRow row, @Nullable String format) {
		String access = row.track().access();
		if (format == null || access.equals("blocked") || !row.flag("streamable", true)) {
			return false;
		}
		return format.equals("preview_mp3_128") || (FULL_FORMATS.contains(format) && access.equals("playable"));
	}

	/**
	 * The CDN's origin: the same port on the other loopback name, {@code 127.0.0.1} for a
	 * client that uses {@code localhost} and the other way round, so that the browser's
	 * and every HTTP client's notion of "another origin" applies.
	 */
	static String cdnOrigin(ApiRequest request) {
		String host = request.raw().getHost();
		String other = "127.0.0.1".equals(host) ? "localhost" : "127.0.0.1";
		return "http://" + other + ":" + request.raw().getPort();
	}

}
