package io.github.scapi.soundcloud.paging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SoundCloudCursorTests {

	private static final String LIST = "https://api.soundcloud.com/users/soundcloud:users:1001/tracks";

	private static final Instant ISSUED = Instant.parse("2026-01-01T10:00:00Z");

	private static CursorSlice<String> firstPage(String nextHref) {
		return new CursorSlice<>(List.of("a", "b"), CursorPageable.first(2), nextHref, LIST);
	}

	@Test
	void readsBackWhatItWrites() {
		Pageable next = firstPage(LIST + "?cursor=abc&limit=2&linked_partitioning=true").nextPageable();
		SoundCloudCursor cursor = SoundCloudCursor.of(next, 1, ISSUED);
		String text = cursor.toString();
		assertThat(text).matches("[A-Za-z0-9._-]+");
		SoundCloudCursor read = SoundCloudCursor.parse(text);
		assertThat(read).isEqualTo(cursor);
		assertThat(read.getOffset()).isEqualTo(1);
		assertThat(read.getPageNumber()).isEqualTo(1);
		assertThat(read.getIssuedAt()).isEqualTo(ISSUED);
		assertThat(read.toPageable()).isEqualTo(next);
		assertThat(read.toPageable().getList()).contains(LIST);
	}

	@Test
	void keepsNoCredentials() {
		String href = "https://user:pw@api.soundcloud.com/users/soundcloud:users:1001/tracks?client_id=CLIENT-ID-1"
				+ "&oauth_token=TOKEN-2&cursor=abc&secret_token=s-SECRET3&oauth_signature=SIG-4&limit=2"
				+ "&access_token=TOKEN-5&linked_partitioning=true";
		String text = SoundCloudCursor.of(firstPage(href).nextPageable()).toString();
		String decoded = new String(Base64.getUrlDecoder().decode(text.substring(4, text.lastIndexOf('.'))),
				StandardCharsets.UTF_8);
		assertThat(decoded).doesNotContain("CLIENT-ID-1", "TOKEN-2", "SECRET3", "SIG-4", "TOKEN-5", "user:pw")
			.contains("cursor=abc", "limit=2", "linked_partitioning=true");
		assertThat(SoundCloudCursor.parse(text).getHref())
			.contains(LIST + "?cursor=abc&limit=2&linked_partitioning=true");
	}

	@Test
	void refusesAnEditedCursor() {
		String text = SoundCloudCursor.of(firstPage(LIST + "?cursor=abc").nextPageable()).toString();
		int dot = text.lastIndexOf('.');
		String payload = new String(Base64.getUrlDecoder().decode(text.substring(4, dot)), StandardCharsets.UTF_8);
		// the same format with another offset, under the original check value
		String edited = "sc1." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(payload.replace("\n0\n", "\n1\n").getBytes(StandardCharsets.UTF_8)) + text.substring(dot);
		assertThat(edited).isNotEqualTo(text);
		assertRefused(edited, InvalidCursorException.Reason.TAMPERED);
		char last = text.charAt(dot - 1);
		assertRefused(text.substring(0, dot - 1) + ((last == 'A') ? 'B' : 'A') + text.substring(dot),
				InvalidCursorException.Reason.TAMPERED);
	}

	@Test
	void refusesEverySingleCharacterEdit() {
		String text = SoundCloudCursor.of(firstPage(LIST + "?cursor=abc").nextPageable(), 1, ISSUED).toString();
		for (int i = 0; i < text.length(); i++) {
			char replacement = (text.charAt(i) == 'A') ? 'B' : 'A';
			String edited = text.substring(0, i) + replacement + text.substring(i + 1);
			assertThatExceptionOfType(InvalidCursorException.class).as("edit at %d", i)
				.isThrownBy(() -> SoundCloudCursor.parse(edited));
		}
	}

	@Test
	void refusesWhatIsNotACursor() {
		String text = SoundCloudCursor.of(firstPage(LIST + "?cursor=abc").nextPageable()).toString();
		assertRefused("", InvalidCursorException.Reason.MALFORMED);
		assertRefused("sc1.", InvalidCursorException.Reason.MALFORMED);
		assertRefused("sc1.%%%.%%%", InvalidCursorException.Reason.MALFORMED);
		assertRefused(text.substring(0, text.lastIndexOf('.')), InvalidCursorException.Reason.MALFORMED);
		assertRefused("x" + "A".repeat(9000), InvalidCursorException.Reason.MALFORMED);
	}

	@Test
	void expiresAfterTheAgeTheCallerAccepts() {
		SoundCloudCursor cursor = SoundCloudCursor.of(firstPage(LIST + "?cursor=abc").nextPageable(), 0, ISSUED);
		Clock later = Clock.fixed(ISSUED.plus(Duration.ofHours(2)), ZoneOffset.UTC);
		assertThat(cursor.checkAge(Duration.ofHours(3), later)).isSameAs(cursor);
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> cursor.checkAge(Duration.ofHours(1), later))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(InvalidCursorException.Reason.EXPIRED));
		// the first page has no API cursor, and nothing to expire
		SoundCloudCursor start = SoundCloudCursor.of(CursorPageable.first(2).withList(LIST), 1, ISSUED);
		assertThat(start.checkAge(Duration.ofHours(1), later)).isSameAs(start);
	}

	@Test
	void needsAPageableOfAList() {
		assertThatIllegalArgumentException().isThrownBy(() -> SoundCloudCursor.of(Pageable.unpaged()));
		assertThatIllegalArgumentException().isThrownBy(() -> SoundCloudCursor.of(PageRequest.of(0, 50)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SoundCloudCursor.of(CursorPageable.of(1, 50, LIST + "?cursor=abc")))
			.withMessageContaining("CursorSlice.nextPageable()");
	}

	@Test
	void aCompleteListHasNoPageToFetch() {
		SoundCloudCursor complete = SoundCloudCursor.parse(SoundCloudCursor.complete(LIST, 3, 50).toString());
		assertThat(complete.isComplete()).isTrue();
		assertThat(complete.getList()).isEqualTo(LIST);
	}

	private static void assertRefused(String text, InvalidCursorException.Reason reason) {
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> SoundCloudCursor.parse(text))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason))
			.satisfies((ex) -> assertThat(ex.getStatus()).isZero());
	}

}
