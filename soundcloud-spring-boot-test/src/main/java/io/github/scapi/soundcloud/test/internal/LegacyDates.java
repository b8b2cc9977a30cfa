package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * SoundCloud's legacy timestamp format, {@code 2019/01/15 15:40:49 +0000}, always in UTC.
 */
final class LegacyDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss '+0000'")
		.withZone(ZoneOffset.UTC);

	private LegacyDates() {
	}

	static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
