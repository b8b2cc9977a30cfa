package io.github.scapi.soundcloud.test.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When a page links onwards, and how cursors and limits are read.
 */
class PagingRulesTests {

	@Test
	void linksOnWhileItemsRemain() {
		assertThat(Paging.hasNext(0, 10, 25)).isTrue();
		assertThat(Paging.hasNext(20, 10, 25)).isFalse();
	}

	@Test
	void linksOnAfterAnExactlyFullLastPageAndOnceMore() {
		assertThat(Paging.hasNext(20, 10, 30)).isTrue();
		assertThat(Paging.hasNext(30, 10, 30)).isTrue();
		assertThat(Paging.hasNext(40, 10, 30)).isFalse();
	}

	@Test
	void neverLinksAnEmptyResult() {
		assertThat(Paging.hasNext(0, 10, 0)).isFalse();
	}

	@Test
	void cursorsRoundTripAndRejectForgeries() {
		assertThat(Cursor.decode(Cursor.encode(600))).isEqualTo(600);
		assertThat(Cursor.encode(600)).doesNotContain("600");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Cursor.decode("600"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Cursor.decode("%%%"));
	}

	@Test
	void readsLimits() {
		assertThat(Paging.limit(null)).isEqualTo(50);
		assertThat(Paging.limit("7")).isEqualTo(7);
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Paging.limit(" 7 "))
			.withMessage("limit must be an integer");
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Paging.limit("+7"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> Paging.limit("201"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

}
