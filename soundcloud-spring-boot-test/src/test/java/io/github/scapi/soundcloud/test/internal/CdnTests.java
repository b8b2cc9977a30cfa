package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing CDN links, checking them, and serving byte ranges of the generated audio.
 */
class CdnTests {

	private static final String RESOURCE = "http://127.0.0.1:1234/cdn/media/200002/http_mp3_128.mp3";

	private static final String PATH = "/cdn/media/200002/http_mp3_128.mp3";

	@Test
	void acceptsItsOwnLinksUntilTheyExpire() {
		MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00.500Z"));
		CdnSigner signer = new CdnSigner(Duration.ofSeconds(10), clock);
		String link = signer.sign(RESOURCE);
		assertThat(link).startsWith(RESOURCE + "?Policy=").contains("&Signature=", "&Key-Pair-Id=APKA");
		assertThat(signer.check(PATH, query(link))).isNull();
		clock.now = clock.now.plusSeconds(10);
		assertThat(signer.check(PATH, query(link))).isNull();
		clock.now = clock.now.plusMillis(500);
		assertThat(signer.check(PATH, query(link))).isEqualTo(CdnSigner.Refusal.EXPIRED);
	}

	@Test
	void refusesOtherPathsOtherKeysAndIncompleteLinks() {
		CdnSigner signer = new CdnSigner(Duration.ofMinutes(5), Clock.systemUTC());
		String link = signer.sign(RESOURCE);
		assertThat(signer.check(PATH.replace("200002", "200003"), query(link))).isEqualTo(CdnSigner.Refusal.DENIED);
		assertThat(new CdnSigner(Duration.ofMinutes(5), Clock.systemUTC()).check(PATH, query(link)))
			.isEqualTo(CdnSigner.Refusal.DENIED);
		assertThat(signer.check(PATH, QueryParams.parse("Policy=x"))).isEqualTo(CdnSigner.Refusal.MISSING);
		assertThat(new CdnSigner(Duration.ZERO, Clock.systemUTC()).check(PATH,
				query(new CdnSigner(Duration.ZERO, Clock.systemUTC()).sign(RESOURCE)))).isNotNull();
	}

	@Test
	void readsByteRanges() {
		assertThat(ByteRanges.bounds("0-99", 1000)).containsExactly(0, 100);
		assertThat(ByteRanges.bounds("900-", 1000)).containsExactly(900, 1000);
		assertThat(ByteRanges.bounds("-100", 1000)).containsExactly(900, 1000);
		assertThat(ByteRanges.bounds("-5000", 1000)).containsExactly(0, 1000);
		assertThat(ByteRanges.bounds("990-5000", 1000)).containsExactly(990, 1000);
		assertThat(ByteRanges.bounds("1000-", 1000)).isNull();
		assertThat(ByteRanges.bounds("5-2", 1000)).isNull();
		assertThat(ByteRanges.bounds("x-y", 1000)).isNull();
	}

	@Test
	void generatesTheSameAudioForAnyRange() throws Exception {
		byte[] whole = AudioBytes.stream(7, 0, 5000).readAllBytes();
		byte[] part = new byte[1000];
		AudioBytes.fill(7, 2000, part, 0, 1000);
		assertThat(part).isEqualTo(java.util.Arrays.copyOfRange(whole, 2000, 3000));
		assertThat(whole[AudioBytes.FRAME_LENGTH] & 0xFF).isEqualTo(0xFF);
		assertThat(AudioBytes.stream(8, 0, 5000).readAllBytes()).isNotEqualTo(whole);
		assertThat(AudioBytes.size(2500)).isEqualTo(40_000);
	}

	private static QueryParams query(String link) {
		return QueryParams.parse(link.substring(link.indexOf('?') + 1));
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
