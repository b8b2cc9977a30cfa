package io.github.scapi.soundcloud.test.internal;

import java.io.InputStream;
import java.util.Map;

/**
 * Serves generated audio whole or, for a single {@code Range: bytes=...}, in part with 206;
 * an unsatisfiable range gets 416. Several ranges are answered with the whole body, which
 * HTTP allows.
 */
final class ByteRanges {

	private ByteRanges() {
	}

	static ApiResponse serve(ApiRequest request, long trackId, long size, String contentType) {
		boolean head = request.method().equals("HEAD");
		String range = request.header("Range");
		long from = 0;
		long to = size;
		int status = 200;
		if (range != null && range.strip().startsWith("bytes=") && !range.contains(",")) {
			long[] bounds = bounds(range.strip().substring(6).strip(), size);
			if (bounds == null) {
				return new ApiResponse(416, null, null, Map.of("Content-Range", "bytes */" + size));
			}
			from = bounds[0];
			to = bounds[1];
			status = 206;
		}
		long start = from;
		long end = to;
		ApiResponse response = head ? new ApiResponse(status, null, contentType, Map.of())
				.withHeader("Content-Length", String.valueOf(end - start))
				: ApiResponse.stream(status, contentType,
						new ApiResponse.Stream(() -> open(trackId, start, end), end - start));
		response = response.withHeader("Accept-Ranges", "bytes");
		return (status == 206) ? response.withHeader("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + size)
				: response;
	}

	/**
	 * Reads {@code a-b}, {@code a-} or {@code -n} into a half-open interval, or {@code null}
	 * when nothing of it lies within the content.
	 */
	static long[] bounds(String spec, long size) {
		int dash = spec.indexOf('-');
		try {
			if (dash < 0) {
				return null;
			}
			String first = spec.substring(0, dash).strip();
			String last = spec.substring(dash + 1).strip();
			if (first.isEmpty()) {
				long suffix = Long.parseLong(last);
				return (suffix <= 0 || size == 0) ? null : new long[] { Math.max(0, size - suffix), size };
			}
			long from = Long.parseLong(first);
			long to = last.isEmpty() ? size : Math.min(size, Long.parseLong(last) + 1);
			return (from >= size || to <= from) ? null : new long[] { from, to };
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static InputStream open(long trackId, long from, long to) {
		return AudioBytes.stream(trackId, from, to);
	}

}
