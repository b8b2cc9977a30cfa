package io.github.scapi.soundcloud.test.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes up names, titles and tags from {@link Words}, drawing from the generator's random
 * source so the result depends only on its seed.
 */
final class TextGenerator {

	private final Random random;

	TextGenerator(Random random) {
		this.random = random;
	}

	String fullName() {
		return pick(Words.FIRST_NAMES) + " " + pick(Words.LAST_NAMES);
	}

	String username(String fullName) {
		return switch (this.random.nextInt(6)) {
			case 0 -> (pick(Words.ADJECTIVES) + pick(Words.NOUNS)).toLowerCase(Locale.ROOT);
			case 1 -> "DJ " + fullName.substring(0, fullName.indexOf(' '));
			case 2 -> fullName;
			case 3 -> "The " + pick(Words.ADJECTIVES) + " " + pick(Words.NOUNS) + "s";
			case 4 -> slug(fullName.substring(0, fullName.indexOf(' '))) + "_"
					+ pick(Words.NOUNS).toLowerCase(Locale.ROOT) + (10 + this.random.nextInt(90));
			default -> pick(Words.ADJECTIVES) + " " + pick(Words.NOUNS);
		};
	}

	String title() {
		return switch (this.random.nextInt(10)) {
			case 0 -> pick(Words.ADJECTIVES) + " " + pick(Words.NOUNS);
			case 1 -> pick(Words.NOUNS) + " in " + pick(Words.PLACES);
			case 2 -> "Don't " + pick(Words.VERBS) + " the " + pick(Words.NOUNS);
			case 3 -> pick(Words.NOUNS) + ", " + pick(Words.NOUNS) + " & " + pick(Words.NOUNS);
			case 4 -> pick(Words.ADJECTIVES) + " " + pick(Words.NOUNS) + " (" + pick(Words.VERSIONS) + ")";
			case 5 -> pick(Words.SPECIAL_TITLES);
			case 6 -> pick(Words.FIRST_NAMES) + "'s " + pick(Words.NOUNS);
			case 7 -> "It's a " + pick(Words.ADJECTIVES) + " " + pick(Words.NOUNS);
			case 8 -> pick(Words.NOUNS) + " & " + pick(Words.NOUNS);
			default -> pick(Words.ADJECTIVES) + " " + pick(Words.NOUNS) + " Pt. " + (1 + this.random.nextInt(4));
		};
	}

	List<String> tags() {
		int count = this.random.nextInt(5);
		List<String> tags = new ArrayList<>();
		while (tags.size() < count) {
			String tag = pick(Words.TAGS);
			if (!tags.contains(tag)) {
				tags.add(tag);
			}
		}
		return tags;
	}

	String pick(List<String> words) {
		return words.get(this.random.nextInt(words.size()));
	}

	/**
	 * Lower-case ASCII letters and digits joined by dashes, as in SoundCloud permalinks.
	 */
	static String slug(String text) {
		String lower = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('ł', 'l')
			.replace('ı', 'i')
			.replace('ø', 'o');
		return lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
