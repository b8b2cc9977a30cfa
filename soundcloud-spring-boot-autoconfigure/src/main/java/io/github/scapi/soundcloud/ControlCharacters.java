package io.github.scapi.soundcloud;

/**
 * Escapes the characters that let a string forge or disguise log lines: line breaks,
 * control characters and invisible formatting characters such as bidirectional overrides.
 * Every string a server supplies (error messages, error codes, page titles) is escaped this
 * way before it reaches an exception message or a log line, so one line of text stays one
 * line and reads as it is.
 *
 * <p>{@code \n}, {@code \r} and {@code \t} become those two-character escapes; every other
 * such character becomes {@code \}{@code uXXXX} (its UTF-16 units, upper-case hex).
 * Everything else, including non-ASCII letters, is kept.
 *
 * @author scapi contributors
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * Escape line breaks, control and formatting characters.
	 * @param text the text, as the server sent it
	 * @return the text with those characters escaped; the same instance when it has none
	 */
	public static String escape(String text) {
		int first = 0;
		while (first < text.length() && !isUnsafe(text.codePointAt(first))) {
			first += Character.charCount(text.codePointAt(first));
		}
		if (first == text.length()) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
		for (int i = first; i < text.length();) {
			int codePoint = text.codePointAt(i);
			int length = Character.charCount(codePoint);
			if (!isUnsafe(codePoint)) {
				escaped.append(text, i, i + length);
			}
			else if (codePoint == '\n') {
				escaped.append("\\n");
			}
			else if (codePoint == '\r') {
				escaped.append("\\r");
			}
			else if (codePoint == '\t') {
				escaped.append("\\t");
			}
			else {
				for (char unit : Character.toChars(codePoint)) {
					escaped.append(String.format("\\u%04X", (int) unit));
				}
			}
			i += length;
		}
		return escaped.toString();
	}

	private static boolean isUnsafe(int codePoint) {
		return switch (Character.getType(codePoint)) {
			// C0 and C1 controls and DEL; bidirectional overrides and other invisible formatting;
			// Unicode's own line and paragraph separators; a surrogate without its partner
			case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.SURROGATE -> true;
			default -> false;
		};
	}

}
