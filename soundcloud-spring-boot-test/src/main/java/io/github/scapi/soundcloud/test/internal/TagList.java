package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SoundCloud's {@code tag_list}: tags separated by spaces, multi-word tags in double quotes.
 */
final class TagList {

	private TagList() {
	}

	static String format(List<String> tags) {
		return tags.stream()
			.map((tag) -> tag.contains(" ") ? "\"" + tag + "\"" : tag)
			.collect(Collectors.joining(" "));
	}

	/**
	 * Splits a {@code tag_list} into tags: words, or quoted runs of words.
	 */
	static List<String> parse(String tagList) {
		List<String> tags = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : tagList.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				add(tags, current);
			}
			else if (Character.isWhitespace(c) && !quoted) {
				add(tags, current);
			}
			else {
				current.append(c);
			}
		}
		add(tags, current);
		return tags;
	}

	private static void add(List<String> tags, StringBuilder tag) {
		String text = tag.toString().strip();
		if (!text.isEmpty() && !tags.contains(text)) {
			tags.add(text);
		}
		tag.setLength(0);
	}

}
