package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The fast path of URI expansion gives exactly the URI Spring's general expansion gives.
 */
class PathTemplateTests {

	private static final List<String> BASES = List.of("https://api.soundcloud.com", "http://localhost:8089",
			"https://proxy.example.com/soundcloud/v1");

	private static final List<String> TEMPLATES = List.of("/tracks/{urn}", "/users/{urn}/tracks",
			"/playlists/{urn}/tracks", "/me", "/tracks/{urn}/comments", "/users/{user}/playlists/{playlist}",
			"/resolve");

	private static final String ALPHABET = "aZ09-._~ :/?#[]@!$&'()*+,;=%{}\"<>\\^`|é日🎵";

	@Test
	void givesTheSameUriAsSpringsExpansionForThousandsOfValues() {
		SplittableRandom random = new SplittableRandom(7);
		for (String base : BASES) {
			DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory(base);
			spring.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
			for (String template : TEMPLATES) {
				for (int i = 0; i < 300; i++) {
					Map<String, Object> variables = Map.of("urn", value(random), "user", value(random), "playlist",
							(Object) random.nextLong());
					URI fast = PathTemplate.expand(base, template, variables);
					assertThat(fast).as("%s %s %s", base, template, variables)
						.isEqualTo(spring.uriString(template).build(variables));
				}
			}
		}
	}

	@Test
	void leavesTemplatesWithMoreThanPlainPathsToTheGeneralExpansion() {
		assertThat(PathTemplate.expand("https://api.soundcloud.com", "/tracks/{urn:\\d+}", Map.of("urn", 1))).isNull();
		assertThat(PathTemplate.expand("https://api.soundcloud.com", "/tracks?x={urn}", Map.of("urn", 1))).isNull();
		assertThat(PathTemplate.expand("https://api.soundcloud.com", "/tracks/{urn", Map.of("urn", 1))).isNull();
	}

	@Test
	void namesAMissingVariable() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PathTemplate.expand("https://api.soundcloud.com", "/tracks/{urn}", Map.of()))
			.withMessageContaining("'urn'");
	}

	private static String value(SplittableRandom random) {
		StringBuilder value = new StringBuilder();
		int length = random.nextInt(0, 12);
		for (int i = 0; i < length; i++) {
			value.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
					random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
		}
		return value.toString();
	}

}
