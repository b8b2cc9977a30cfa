package io.github.scapi.soundcloud.paging;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CursorPageableTests {

	@Test
	void describesItsPositionLikeAPageRequest() {
		CursorPageable pageable = CursorPageable.of(2, 50, "https://api.soundcloud.com/tracks?cursor=x");
		assertThat(pageable.getPageNumber()).isEqualTo(2);
		assertThat(pageable.getPageSize()).isEqualTo(50);
		assertThat(pageable.getOffset()).isEqualTo(100);
		assertThat(pageable.getSort().isUnsorted()).isTrue();
		assertThat(pageable.hasPrevious()).isTrue();
		assertThat(pageable.first()).isEqualTo(CursorPageable.first(50));
		assertThat(pageable.next()).isEqualTo(PageRequest.of(3, 50));
	}

	@Test
	void neverPrintsTheCursorUrl() {
		assertThat(CursorPageable.of(1, 10, "https://api.soundcloud.com/tracks?oauth_token=abc"))
			.hasToString("CursorPageable[page=1, size=10, cursor=present]");
	}

	@Test
	void rejectsEmptyCursorsAndSizes() {
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPageable.of(1, 10, ""));
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPageable.first(0));
	}

}
