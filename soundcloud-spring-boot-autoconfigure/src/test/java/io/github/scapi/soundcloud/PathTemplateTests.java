package io.github.scapi.soundcloud;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * URI expansion sends URNs raw, as SoundCloud writes them, and keeps every value inside
 * its segment or query parameter.
 */
class PathTemplateTests {

	private static final String BASE = "https://api.soundcloud.com";

	private static final String ALPHABET = "aZ09-._~ :/?#[]@!$&'()*+,;=%{}\"<>\\^`|é日🎵";

	@Test
	void sendsUrnsRawAsSoundCloudDocumentsThem() {
		assertThat(expand("/tracks/{track_urn}", Map.of("track_urn", "soundcloud:tracks:123")))
			.hasToString("https://api.soundcloud.com/tracks/soundcloud:tracks:123");
		assertThat(expand("/users/{user_urn}/followings/{following_urn}",
				Map.of("user_urn", "soundcloud:users:1", "following_urn", "soundcloud:users:2")))
			.hasToString("https://api.soundcloud.com/users/soundcloud:users:1/followings/soundcloud:users:2");
		assertThat(expand("/users/{user_urn}", Map.of("user_urn", "me@example")))
			.hasToString("https://api.soundcloud.com/users/me@example");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a/b        | a%2Fb
			a?b        | a%3Fb
			a#b        | a%23b
			100%       | 100%25
			a b        | a%20b
			a+b        | a%2Bb
			a;b=c      | a%3Bb%3Dc
			a&b        | a%26b
			{x}        | %7Bx%7D
			é          | %C3%A9
			🎵          | %F0%9F%8E%B5
			.a.        | .a.
			...        | ...
			""")
	void encodesEverythingThatCouldLeaveTheSegment(String value, String encoded) {
		assertThat(expand("/tracks/{urn}/comments", Map.of("urn", value)))
			.hasToString(BASE + "/tracks/" + encoded + "/comments");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", ".", ".." })
	void refusesValuesThatWouldNameAnotherResource(String value) {
		assertThatIllegalArgumentException().isThrownBy(() -> expand("/users/{user_urn}/tracks", Map.of("user_urn", value)))
			.withMessageContaining("'user_urn'");
	}

	@Test
	void everyValueDecodesBackToItselfInItsOwnSegment() {
		SplittableRandom random = new SplittableRandom(7);
		for (int i = 0; i < 3000; i++) {
			String first = value(random);
			String second = value(random);
			if (List.of("", ".", "..").contains(first) || List.of("", ".", "..").contains(second)) {
				continue;
			}
			URI uri = expand("/users/{user}/playlists/{playlist}", Map.of("user", first, "playlist", second));
			String[] segments = uri.getRawPath().split("/", -1);
			assertThat(segments).hasSize(5);
			assertThat(decode(segments[2])).isEqualTo(first.replace('\uD800', '?'));
			assertThat(decode(segments[4])).isEqualTo(second.replace('\uD800', '?'));
			assertThat(uri.getRawQuery()).isNull();
			assertThat(uri.getRawFragment()).isNull();
		}
	}

	@Test
	void encodesQueryNamesAndValuesAsLiteralText() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("q", "drum & bass {genre}");
		query.add("{urn}", "soundcloud:tracks:1,soundcloud:tracks:2");
		query.add("q", "second");
		URI uri = PathTemplate.expand(BASE, "/tracks", Map.of("urn", "x"), query);
		assertThat(uri.getRawQuery()).isEqualTo(
				"q=drum%20%26%20bass%20%7Bgenre%7D&q=second&%7Burn%7D=soundcloud%3Atracks%3A1%2Csoundcloud%3Atracks%3A2");
	}

	@Test
	void namesAMissingVariable() {
		assertThatIllegalArgumentException().isThrownBy(() -> expand("/tracks/{urn}", Map.of()))
			.withMessageContaining("'urn'");
	}

	@Test
	void refusesTemplatesThatAreNotPlainPaths() {
		assertThatIllegalArgumentException().isThrownBy(() -> expand("/tracks?x={urn}", Map.of("urn", 1)));
		assertThatIllegalArgumentException().isThrownBy(() -> expand("/tracks/{urn", Map.of("urn", 1)));
	}

	private static URI expand(String template, Map<String, ?> variables) {
		return PathTemplate.expand(BASE, template, variables, null);
	}

	private static String decode(String segment) {
		return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

	private static String value(SplittableRandom random) {
		StringBuilder value = new StringBuilder();
		int length = random.nextInt(0, 12);
		for (int i = 0; i < length; i++) {
			if (random.nextInt(40) == 0) {
				value.append('\uD800');
				continue;
			}
			value.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0,
					random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
		}
		return value.toString();
	}

}
