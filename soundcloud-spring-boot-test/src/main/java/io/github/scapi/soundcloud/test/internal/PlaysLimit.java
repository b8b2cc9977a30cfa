package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * SoundCloud's limit on play requests per app (15,000 per 24 hours), switched on by a test:
 * while it holds, every request that counts as a play gets a 429 whose body has the shape
 * SoundCloud documents, naming the {@code plays} group and the reset time.
 */
final class PlaysLimit {

	/** The reset time's format in SoundCloud's documented body: {@code 2015/06/01 09:49:40 +0000}. */
	private static final DateTimeFormatter RESET_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss Z")
		.withZone(ZoneOffset.UTC);

	private volatile @Nullable Instant resetTime;

	void reachedUntil(@Nullable Instant resetTime) {
		this.resetTime = resetTime;
	}

	/**
	 * The 429 for a play request while the limit holds, else {@code null}.
	 */
	@Nullable ApiResponse check() {
		Instant reset = this.resetTime;
		if (reset == null || !Instant.now().isBefore(reset)) {
			return null;
		}
		Map<String, Object> rateLimit = new LinkedHashMap<>();
		rateLimit.put("group", "plays");
		rateLimit.put("max_nr_of_requests", 15000);
		rateLimit.put("time_window", "PT24H");
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("rate_limit", rateLimit);
		meta.put("remaining_requests", 0);
		meta.put("reset_time", RESET_TIME.format(reset));
		return ApiResponse.json(429, Map.of("errors", List.of(Map.of("meta", meta))));
	}

}
