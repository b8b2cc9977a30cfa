package io.github.scapi.soundcloud.test.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The CDN that stream, preview and download links redirect to, at {@code /cdn/} outside the
 * base path. It checks no credentials, only the link's signature and expiry, and answers
 * like CloudFront: XML errors, {@code Range} requests with 206, and the audio of
 * {@link AudioBytes}, streamed. HLS formats get a playlist with one signed segment.
 */
final class CdnEndpoint {

	private final FakeState state;

	private final CdnSigner signer;

	CdnEndpoint(FakeState state, CdnSigner signer) {
		this.state = state;
		this.signer = signer;
	}

	ApiResponse handle(ApiRequest request) {
		String path = request.target().rawPath();
		if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
			return error(405, "MethodNotAllowed", "The specified method is not allowed against this resource.")
				.withHeader("Allow", "GET, HEAD");
		}
		CdnSigner.Refusal refusal = this.signer.check(path, request.target().query());
		if (refusal != null) {
			return switch (refusal) {
				case MISSING -> error(403, "MissingKey", "Missing Key-Pair-Id query parameter or cookie value");
				case EXPIRED -> error(403, "AccessDenied", "Request has expired");
				case DENIED -> error(403, "AccessDenied", "Access denied");
			};
		}
		CdnMedia media = CdnMedia.parse(path);
		Long duration = (media != null) ? this.state.read((store) -> duration(store, media.trackId())) : null;
		if (media == null || duration == null) {
			return error(404, "NoSuchKey", "The specified key does not exist.");
		}
		if (media.isPlaylist()) {
			return playlist(request, media, duration);
		}
		ApiResponse response = ByteRanges.serve(request, media.trackId(), media.size(duration), media.contentType())
			.withHeader("ETag", "\"" + Long.toHexString(media.trackId() * 31 + media.format().hashCode()) + "\"")
			.withHeader("Cache-Control", "private, max-age=300")
			.withHeader("X-Cache", "Hit from cloudfront");
		return media.format().equals("download")
				? response.withHeader("Content-Disposition", "attachment; filename=\"" + media.fileName() + "\"")
				: response;
	}

	private ApiResponse playlist(ApiRequest request, CdnMedia media, long duration) {
		String segmentExtension = media.format().equals("hls_aac_160") ? "aac" : "mp3";
		String origin = request.raw().getScheme() + "://" + request.raw().getHost() + ":" + request.raw().getPort();
		String segmentPath = CdnMedia.mediaPath(media.trackId(), media.format(), segmentExtension);
		String segment = this.signer.sign(origin + segmentPath);
		double seconds = duration / 1000.0;
		String text = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + (long) Math.ceil(seconds) + "\n"
				+ "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n" + String.format("#EXTINF:%.3f,%n", seconds)
				+ segment + "\n#EXT-X-ENDLIST\n";
		return request.method().equals("HEAD") ? new ApiResponse(200, null, media.contentType(), Map.of())
				: ApiResponse.text(200, media.contentType(), text);
	}

	private static @Nullable Long duration(Store store, long trackId) {
		TrackRow row = store.tracks().row(trackId);
		return (row != null) ? row.track().duration() : null;
	}

	static ApiResponse error(int status, String code, String message) {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
				+ "</Message></Error>";
		return ApiResponse.text(status, "text/xml", xml).withHeader("X-Cache", "Error from cloudfront");
	}

}
