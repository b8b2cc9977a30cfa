package io.github.scapi.soundcloud.test.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nonces seen per consumer and timestamp (RFC 5849 §3.3). Entries older than the
 * timestamp window are dropped now and then: their timestamps are refused anyway.
 */
final class NonceCache {

	private static final int PRUNE_EVERY = 4096;

	private final Map<String, Long> seen = new ConcurrentHashMap<>();

	private final AtomicInteger additions = new AtomicInteger();

	/**
	 * Records a nonce; returns {@code false} when the same consumer already used it with the
	 * same timestamp.
	 * @param oldestAccepted the oldest timestamp still inside the window, for pruning
	 */
	boolean firstUse(String consumerKey, long timestamp, String nonce, long oldestAccepted) {
		String key = consumerKey + '\n' + timestamp + '\n' + nonce;
		if (this.seen.putIfAbsent(key, timestamp) != null) {
			return false;
		}
		if (this.additions.incrementAndGet() % PRUNE_EVERY == 0) {
			this.seen.values().removeIf((seenAt) -> seenAt < oldestAccepted);
		}
		return true;
	}

	int size() {
		return this.seen.size();
	}

}
