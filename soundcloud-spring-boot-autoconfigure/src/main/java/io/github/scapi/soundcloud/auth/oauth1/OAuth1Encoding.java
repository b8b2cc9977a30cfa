package io.github.scapi.soundcloud.auth.oauth1;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two encodings OAuth 1.0a relies on: the strict percent-encoding of RFC 5849 §3.6 and
 * the decoding of {@code application/x-www-form-urlencoded} text (W3C HTML 4.0 §17.13.4)
 * that RFC 5849 §3.4.1.3.1 prescribes for query strings and form bodies.
 *
 * <p>Decoding works on octets rather than strings, so a query value that is not valid UTF-8
 * is re-encoded exactly as the server will see it instead of being replaced by U+FFFD.
 */
final class OAuth1Encoding {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private OAuth1Encoding() {
	}

	/**
	 * Percent-encode text as UTF-8, leaving only {@code A-Z a-z 0-9 - . _ ~} unescaped and
	 * using upper-case hex digits (RFC 5849 §3.6).
	 */
	static String encode(String value) {
		// most values (keys, nonces, timestamps, names) need no escaping: skip the byte copy
		for (int i = 0; i < value.length(); i++) {
			if (!isUnreserved(value.charAt(i))) {
				return encode(value.getBytes(StandardCharsets.UTF_8));
			}
		}
		return value;
	}

	/**
	 * Append the encoding of the value to the target, without building a string for it.
	 */
	static void encodeInto(StringBuilder target, String value) {
		int length = value.length();
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c >= 0x80) {
				// past ASCII: encode the rest as UTF-8 octets
				for (byte octet : value.substring(i).getBytes(StandardCharsets.UTF_8)) {
					appendOctet(target, octet & 0xFF);
				}
				return;
			}
			appendOctet(target, c);
		}
	}

	private static void appendOctet(StringBuilder target, int octet) {
		if (isUnreserved(octet)) {
			target.append((char) octet);
		}
		else {
			target.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0x0F]);
		}
	}

	/**
	 * The encoding of a raw (percent-encoded) query name or value: decoded to octets and
	 * encoded again, unless it holds only unreserved characters and so is its own encoding.
	 */
	static String normalizeRaw(String raw) {
		for (int i = 0; i < raw.length(); i++) {
			if (!isUnreserved(raw.charAt(i))) {
				return encode(decodeToOctets(raw));
			}
		}
		return raw;
	}

	/**
	 * Percent-encode octets as RFC 5849 §3.6 requires.
	 */
	static String encode(byte[] octets) {
		StringBuilder encoded = new StringBuilder(octets.length + 16);
		for (byte octet : octets) {
			appendOctet(encoded, octet & 0xFF);
		}
		return encoded.toString();
	}

	private static boolean isUnreserved(int octet) {
		return (octet >= 'A' && octet <= 'Z') || (octet >= 'a' && octet <= 'z') || (octet >= '0' && octet <= '9')
				|| octet == '-' || octet == '.' || octet == '_' || octet == '~';
	}

	/**
	 * Decode one form-encoded name or value to octets: {@code +} is a space, {@code %XX} an
	 * octet, any other character its UTF-8 octets. A {@code %} not followed by two hex
	 * digits is taken literally, as lenient servers do.
	 */
	static byte[] decodeToOctets(String raw) {
		ByteArrayOutputStream octets = new ByteArrayOutputStream(raw.length());
		int length = raw.length();
		int i = 0;
		while (i < length) {
			char c = raw.charAt(i);
			if (c == '+') {
				octets.write(' ');
				i++;
			}
			else if (c == '%' && i + 2 < length && hexValue(raw.charAt(i + 1)) >= 0
					&& hexValue(raw.charAt(i + 2)) >= 0) {
				octets.write(hexValue(raw.charAt(i + 1)) * 16 + hexValue(raw.charAt(i + 2)));
				i += 3;
			}
			else {
				int start = i;
				i++;
				while (i < length && raw.charAt(i) != '%' && raw.charAt(i) != '+') {
					i++;
				}
				octets.writeBytes(raw.substring(start, i).getBytes(StandardCharsets.UTF_8));
			}
		}
		return octets.toByteArray();
	}

	/**
	 * Decode one form-encoded name or value to text (UTF-8).
	 */
	static String decode(String raw) {
		return new String(decodeToOctets(raw), StandardCharsets.UTF_8);
	}

	private static int hexValue(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		return -1;
	}

	/**
	 * Split form-encoded text such as a query string into raw (still encoded) name/value
	 * pairs. Empty segments ({@code a=1&&b=2}) are skipped; a segment without {@code =}
	 * is a name with an empty value (RFC 5849 §3.4.1.3.1 example: {@code c2}).
	 */
	static List<Map.Entry<String, String>> splitRaw(String form) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		int start = 0;
		while (start <= form.length()) {
			int end = form.indexOf('&', start);
			if (end < 0) {
				end = form.length();
			}
			if (end > start) {
				String segment = form.substring(start, end);
				int equals = segment.indexOf('=');
				pairs.add((equals < 0) ? Map.entry(segment, "")
						: Map.entry(segment.substring(0, equals), segment.substring(equals + 1)));
			}
			start = end + 1;
		}
		return pairs;
	}

	/**
	 * Parse form-encoded text into decoded name/value pairs, in order.
	 */
	static List<Map.Entry<String, String>> parseForm(String form) {
		List<Map.Entry<String, String>> decoded = new ArrayList<>();
		for (Map.Entry<String, String> pair : splitRaw(form)) {
			decoded.add(Map.entry(decode(pair.getKey()), decode(pair.getValue())));
		}
		return decoded;
	}

}
