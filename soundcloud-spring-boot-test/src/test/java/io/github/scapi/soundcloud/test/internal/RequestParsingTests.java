package io.github.scapi.soundcloud.test.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting request targets, decoding URNs and formatting tag lists.
 */
class RequestParsingTests {

	@Test
	void keepsPathSegmentsRawForRoutingAndDecodesThePathForTheJournal() {
		RequestTarget target = RequestTarget.parse("/api/users/soundcloud%3Ausers%3A1007/tracks?limit=2&q=a+b%2Bc",
				"/api");
		assertThat(target.insideBasePath()).isTrue();
		assertThat(target.segments()).containsExactly("users", "soundcloud%3Ausers%3A1007", "tracks");
		assertThat(target.path()).isEqualTo("/users/soundcloud:users:1007/tracks");
		assertThat(target.query().first("q")).isEqualTo("a b+c");
		assertThat(target.rawPath()).isEqualTo("/api/users/soundcloud%3Ausers%3A1007/tracks");
	}

	@Test
	void marksPathsOutsideTheBasePath() {
		assertThat(RequestTarget.parse("/apix/me", "/api").insideBasePath()).isFalse();
		assertThat(RequestTarget.parse("/api", "/api").segments()).isEmpty();
	}

	@Test
	void readsUrnsAndBareIds() {
		assertThat(Urns.parse("soundcloud:tracks:200001", "tracks")).isEqualTo(200001);
		assertThat(Urns.parse("200001", "tracks")).isEqualTo(200001);
		assertThat(Urns.parse("soundcloud:users:200001", "tracks")).isEqualTo(Urns.INVALID);
		assertThat(Urns.parse("soundcloud:tracks:", "tracks")).isEqualTo(Urns.INVALID);
		assertThat(Urns.parse("99999999999999999999", "tracks")).isEqualTo(Urns.INVALID);
	}

	@Test
	void quotesMultiWordTags() {
		assertThat(TagList.format(List.of("deep house", "chill"))).isEqualTo("\"deep house\" chill");
		assertThat(TagList.format(List.of())).isEmpty();
	}

	@Test
	void reencodesQueriesForNextHref() {
		QueryParams params = QueryParams.parse("q=caf%C3%A9%20%26%20bar&bpm%5Bfrom%5D=1&offset=5&cursor=x");
		assertThat(params.encodeWithout(List.of("offset", "cursor"), "cursor", "abc"))
			.isEqualTo("q=caf%C3%A9%20%26%20bar&bpm%5Bfrom%5D=1&cursor=abc");
	}

}
