package io.github.scapi.soundcloud.test.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as OAuth 1.0a uses it (RFC 5849 §3.6): UTF-8, only
 * {@code ALPHA DIGIT - . _ ~} left as they are, upper-case hex. Unlike HTML forms, a space
 * is {@code %20} and {@code +} is {@code %2B} in both directions.
 */
final class PercentEncoding {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PercentEncoding() {
	}

	static String encode(String text) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		StringBuilder encoded = new StringBuilder(bytes.length + 8);
		for (byte b : bytes) {
			int c = b & 0xFF;
			if (isUnreserved(c)) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
			}
		}
		return encoded.toString();
	}

	/**
	 * Decodes {@code %XX} sequences; every other character stands for itself.
	 * @throws IllegalArgumentException on a truncated or non-hex escape
	 */
	static String decode(String text) {
		if (text.indexOf('%') < 0) {
			return text;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length()) {
					throw new IllegalArgumentException("Truncated escape in '" + text + "'");
				}
				bytes.write(hex(text.charAt(i + 1)) << 4 | hex(text.charAt(i + 2)));
				i += 2;
			}
			else {
				byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
					utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
					i++;
				}
				bytes.writeBytes(utf8);
			}
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static boolean isUnreserved(int c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
				|| c == '_' || c == '~';
	}

	private static int hex(char c) {
		int value = Character.digit(c, 16);
		if (value < 0) {
			throw new IllegalArgumentException("Invalid escape character '" + c + "'");
		}
		return value;
	}

}
