package io.github.scapi.soundcloud.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.github.scapi.soundcloud.UnexpectedResponseException;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SoundCloudWalkTests {

	private static final String LIST = "https://api.example.com/users/soundcloud:users:7/tracks";

	/** Every page this list served, by the cursor it was asked for ("first" for the first). */
	private final List<String> served = new ArrayList<>();

	private final List<Integer> items = IntStream.range(0, 230).boxed().toList();

	/** An API list of 230 items whose next_href carries the position, as SoundCloud's cursors do. */
	private CursorSlice<Integer> fetch(Pageable pageable) {
		int start = 0;
		if (pageable instanceof CursorPageable cursor && cursor.getCursor().isPresent()) {
			String href = cursor.getCursor().get();
			start = Integer.parseInt(href.substring(href.indexOf("cursor=") + 7));
			this.served.add(href.substring(href.indexOf("cursor=") + 7));
		}
		else {
			this.served.add("first");
		}
		int size = pageable.getPageSize();
		int end = Math.min(start + size, this.items.size());
		String next = (end < this.items.size()) ? LIST + "?limit=" + size + "&cursor=" + end : null;
		return new CursorSlice<>(this.items.subList(start, end), pageable, next, LIST);
	}

	@Test
	void resumesAtTheNextUnreadItemFromItsStringForm() {
		for (int stop : new int[] { 1, 49, 50, 51, 199, 200, 229 }) {
			this.served.clear();
			List<Integer> read = new ArrayList<>();
			String saved;
			try (SoundCloudWalk<Integer> walk = SoundCloudWalk.start(this::fetch, 50)) {
				while (read.size() < stop) {
					read.add(walk.next());
				}
				saved = walk.position().orElseThrow().toString();
			}
			int pagesBefore = this.served.size();
			try (SoundCloudWalk<Integer> walk = SoundCloudWalk.resume(this::fetch, SoundCloudCursor.parse(saved))) {
				walk.forEachRemaining(read::add);
			}
			assertThat(read).as("stopped after %d", stop).isEqualTo(this.items);
			// the page being read is fetched again, and only when part of it had been read
			int fetchedTwice = this.served.size() - this.served.stream().distinct().toList().size();
			assertThat(fetchedTwice).as("stopped after %d", stop).isEqualTo((stop % 50 == 0) ? 0 : 1);
			assertThat(this.served.size()).isEqualTo(5 + fetchedTwice);
			assertThat(pagesBefore).isEqualTo((stop + 49) / 50);
		}
	}

	@Test
	void aFailedFetchLeavesTheWalkWhereItWasAndAskingAgainFetchesThePageAgain() {
		boolean[] failNext = { false };
		ListOperation<Integer> flaky = (pageable) -> {
			if (failNext[0]) {
				failNext[0] = false;
				throw new IllegalStateException("connection reset");
			}
			return fetch(pageable);
		};
		List<Integer> read = new ArrayList<>();
		try (SoundCloudWalk<Integer> walk = SoundCloudWalk.start(flaky, 50)) {
			while (read.size() < 50) {
				read.add(walk.next());
			}
			failNext[0] = true;
			assertThatIllegalStateException().isThrownBy(walk::hasNext).withMessage("connection reset");
			// the position still names the page that failed, not the end of the list
			SoundCloudCursor position = walk.position().orElseThrow();
			assertThat(position.isComplete()).isFalse();
			walk.forEachRemaining(read::add);
		}
		assertThat(read).isEqualTo(this.items);
		assertThat(this.served).containsExactly("first", "50", "100", "150", "200");
	}

	@Test
	void aWalkReadToItsEndResumesToNothing() {
		SoundCloudCursor end;
		try (SoundCloudWalk<Integer> walk = SoundCloudWalk.start(this::fetch, 100)) {
			walk.forEachRemaining((item) -> {
			});
			end = walk.position().orElseThrow();
		}
		assertThat(end.isComplete()).isTrue();
		this.served.clear();
		assertThat(SoundCloudWalk.resume(this::fetch, SoundCloudCursor.parse(end.toString())).hasNext()).isFalse();
		assertThat(this.served).isEmpty();
	}

	@Test
	void hasNoPositionBeforeItsFirstPage() {
		SoundCloudWalk<Integer> walk = SoundCloudWalk.start(this::fetch);
		assertThat(walk.position()).isEmpty();
		assertThat(this.served).isEmpty();
	}

	@Test
	void streamsTheRest() {
		SoundCloudCursor cursor;
		try (SoundCloudWalk<Integer> walk = SoundCloudWalk.start(this::fetch, 100)) {
			walk.next();
			cursor = walk.position().orElseThrow();
		}
		try (var rest = SoundCloudWalk.resume(this::fetch, cursor).stream()) {
			assertThat(rest.limit(3).toList()).containsExactly(1, 2, 3);
		}
	}

	@Test
	void stopsACursorLoop() {
		ListOperation<Integer> looping = (pageable) -> new CursorSlice<>(List.of(1), pageable, LIST + "?cursor=same",
				LIST);
		SoundCloudWalk<Integer> walk = SoundCloudWalk.start(looping, 1);
		assertThatExceptionOfType(UnexpectedResponseException.class).isThrownBy(() -> walk.forEachRemaining((i) -> {
		})).withMessageContaining("cursor loop");
	}

	@Test
	void needsTheSlicesOfASoundCloudList() {
		ListOperation<Integer> plain = (pageable) -> new SliceImpl<>(List.of(1), pageable, false);
		assertThatIllegalStateException().isThrownBy(() -> SoundCloudWalk.start(plain).hasNext());
	}

}
