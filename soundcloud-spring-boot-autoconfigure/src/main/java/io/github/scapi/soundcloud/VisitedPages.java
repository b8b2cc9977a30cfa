package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The pages one walk through a list has requested, so that a {@code next_href} that leads
 * back to one of them (the page itself, or a cycle {@code a -> b -> a}) stops the walk
 * instead of spending the rate limit forever. Shared by the connector's streams and by
 * {@link io.github.scapi.soundcloud.paging.SoundCloudWalk}, which live in different packages:
 * public for that reason only; applications have no use for it.
 *
 * <p>URLs are kept as 64-bit FNV-1a fingerprints, so that a walk of a million items holds
 * kilobytes, not its cursors. Thread-safe: a page fetched ahead is recorded on another
 * thread than the one that walks.
 *
 * @author scapi contributors
 */
public final class VisitedPages {

	private final Set<Long> fingerprints = ConcurrentHashMap.newKeySet();

	/**
	 * Record that a page is being requested.
	 * @param url the page's URL, exactly as it is requested
	 * @throws UnexpectedResponseException if this walk requested it before
	 */
	public void visit(String url) {
		if (!this.fingerprints.add(fingerprint(url))) {
			throw loop(url);
		}
	}

	/**
	 * Forget a page whose request failed, so that asking for it again is not taken for a
	 * loop.
	 * @param url the page's URL, as given to {@link #visit(String)}
	 */
	public void forget(String url) {
		this.fingerprints.remove(fingerprint(url));
	}

	/**
	 * Return the error that stops a walk whose {@code next_href} leads back to a page it
	 * requested.
	 * @param url the page's URL
	 * @return the exception to throw
	 */
	public static UnexpectedResponseException loop(String url) {
		return new UnexpectedResponseException(200, HttpMethod.GET, uri(url), List.of(),
				"cursor loop: next_href leads back to a page this walk already requested; the walk stops", null);
	}

	private static @Nullable URI uri(String url) {
		try {
			return URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** FNV-1a over the characters, 64 bits. */
	private static long fingerprint(String text) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < text.length(); i++) {
			hash ^= text.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

}
