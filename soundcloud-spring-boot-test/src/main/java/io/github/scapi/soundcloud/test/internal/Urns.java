package io.github.scapi.soundcloud.test.internal;

/**
 * Reads the identifiers clients send: a URN such as {@code soundcloud:tracks:200001} or,
 * as the API still allows, the bare numeric id.
 */
final class Urns {

	static final long INVALID = -1;

	private static final String PREFIX = "soundcloud:";

	private Urns() {
	}

	static String of(String kind, long id) {
		return PREFIX + kind + ":" + id;
	}

	/**
	 * Returns the id in a URN of the given kind (e.g. {@code tracks}) or a bare id, else {@link #INVALID}.
	 */
	static long parse(String value, String kind) {
		String text = value.strip();
		String prefix = PREFIX + kind + ":";
		if (text.startsWith(prefix)) {
			text = text.substring(prefix.length());
		}
		if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
			return INVALID;
		}
		return Long.parseLong(text);
	}

}
