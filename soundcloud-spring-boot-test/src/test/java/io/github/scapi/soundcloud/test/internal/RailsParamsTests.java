package io.github.scapi.soundcloud.test.internal;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Nesting form parameters the Rails way, from percent-encoded UTF-8.
 */
class RailsParamsTests {

	@Test
	void nestsBracketedNames() {
		assertThat(nest("track[title]=Caf%C3%A9%27s%2C+%22best%22+%26+%3D+%E2%99%A5&track[sharing]=private&oauth_token=x"))
			.isEqualTo(Map.of("track", Map.of("title", "Café's, \"best\" & = ♥", "sharing", "private"), "oauth_token",
					"x"));
	}

	@Test
	void collectsRepeatedListParameters() {
		assertThat(nest("permissions[user_id][]=1&permissions%5Buser_id%5D%5B%5D=2&permissions[user_id][]=3"))
			.isEqualTo(Map.of("permissions", Map.of("user_id", List.of("1", "2", "3"))));
	}

	@Test
	void startsANewMapWhenTheLastAlreadyHasTheKey() {
		Map<String, Object> tree = nest("track[shared_to][emails][][address]=a%40example.com"
				+ "&track[shared_to][emails][][address]=b%40example.com&track[shared_to][emails][][name]=B");
		assertThat(tree).isEqualTo(Map.of("track", Map.of("shared_to", Map.of("emails",
				List.of(Map.of("address", "a@example.com"), Map.of("address", "b@example.com", "name", "B"))))));
		assertThat(nest("a[][x]=1&a[][y]=2&a[][x]=3&a[][y]=4"))
			.isEqualTo(Map.of("a", List.of(Map.of("x", "1", "y", "2"), Map.of("x", "3", "y", "4"))));
	}

	@Test
	void keepsTheLastOfARepeatedScalarAndTreatsOddNamesAsPlainKeys() {
		assertThat(nest("a=1&a=2")).isEqualTo(Map.of("a", "2"));
		assertThat(nest("a[b=1&c]d=2&e[f]g=3&=4&[x]=5&flag"))
			.isEqualTo(Map.of("a[b", "1", "c]d", "2", "e[f]g", "3", "[x]", "5", "flag", ""));
		assertThat(RailsParams.keys("track[shared_to][emails][][address]"))
			.containsExactly("track", "shared_to", "emails", "[]", "address");
	}

	@Test
	void refusesConflictingShapes() {
		assertThatIllegalArgumentException().isThrownBy(() -> nest("a=1&a[b]=2"));
		assertThatIllegalArgumentException().isThrownBy(() -> nest("a[b]=1&a[]=2"));
		assertThatIllegalArgumentException().isThrownBy(() -> nest("a[][]=1"));
	}

	@Test
	void decodesPlusAsSpaceAndKeepsMalformedEscapes() {
		assertThat(FormPairs.parse("q=a+b%2Bc&bad=100%&empty=&bare"))
			.containsExactly(new SimpleImmutableEntry<>("q", "a b+c"), new SimpleImmutableEntry<>("bad", "100%"),
					new SimpleImmutableEntry<>("empty", ""), new SimpleImmutableEntry<>("bare", ""));
	}

	@Test
	void parsesTagLists() {
		assertThat(TagList.parse("chill \"late night\"  geo:lat=43.5 chill")).containsExactly("chill", "late night",
				"geo:lat=43.5");
		assertThat(TagList.format(TagList.parse("a \"b c\""))).isEqualTo("a \"b c\"");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> nest(String form) {
		return (Map<String, Object>) (Map<?, ?>) RailsParams.nest(FormPairs.parse(form));
	}

}
