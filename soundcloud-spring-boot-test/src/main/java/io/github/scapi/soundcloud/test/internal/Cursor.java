package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} parameter of {@code next_href}: a position in the result list,
 * wrapped so that clients cannot mistake it for an offset.
 */
final class Cursor {

	private static final String PREFIX = "sc-fake-cursor:v1:";

	private Cursor() {
	}

	static String encode(long position) {
		byte[] text = (PREFIX + position).getBytes(StandardCharsets.US_ASCII);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
	}

	static long decode(String cursor) {
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
			if (text.startsWith(PREFIX)) {
				long position = Long.parseLong(text.substring(PREFIX.length()));
				if (position >= 0) {
					return position;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the error below
		}
		throw ApiException.badRequest("invalid cursor");
	}

}
