package io.github.scapi.soundcloud.test.internal;

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

}
