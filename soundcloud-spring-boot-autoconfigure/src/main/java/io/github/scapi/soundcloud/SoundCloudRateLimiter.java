package io.github.scapi.soundcloud;

import java.net.URI;

import org.springframework.http.HttpMethod;

/**
 * Knows SoundCloud's rate limits before the API says so. The connector asks it before every
 * exchange with the API (first attempts, retries and redirects within the API's origin; never
 * foreign hops such as a CDN), and tells it about every 429 the API answers. An implementation
 * that shares what it learns between instances lets all of them stop calling a limited group
 * at once, instead of each finding out with a 429 of its own.
 * <p>
 * Implementations must be thread-safe: they are called from every thread that sends requests,
 * prefetch threads included.
 *
 * @author scapi contributors
 */
public interface SoundCloudRateLimiter {

	/** A limiter that allows every request and remembers nothing: the default. */
	SoundCloudRateLimiter NONE = new SoundCloudRateLimiter() {
	};

	/**
	 * Called before an exchange with the API is sent. Throwing refuses it: nothing is sent, and
	 * the exception reaches the caller as it is (a {@link RateLimitedException} with the time
	 * the limit frees up is what callers expect).
	 * @param method the request's method
	 * @param uri the request's URL, with its query; it may carry no credentials yet
	 */
	default void beforeExchange(HttpMethod method, URI uri) {
	}

	/**
	 * Called when the API answered 429, before the connector decides whether to retry.
	 * @param failure the rate limit, with its group and reset time when the response named them
	 */
	default void rateLimited(RateLimitedException failure) {
	}

}
