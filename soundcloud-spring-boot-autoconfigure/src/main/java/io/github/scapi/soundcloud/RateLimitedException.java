package io.github.scapi.soundcloud;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The API refused the request because a rate limit was reached (429). SoundCloud limits, for
 * example, stream requests per 24 hours and client-credentials tokens per app; when the
 * response says when the limit resets, {@link #getResetTime()} carries it.
 *
 * @author scapi contributors
 */
public class RateLimitedException extends SoundCloudClientErrorException {

	private final @Nullable Instant resetTime;

	private final @Nullable String group;

	/**
	 * Create an exception.
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param resetTime when the limit resets, if the response said so
	 */
	public RateLimitedException(HttpMethod method, @Nullable URI url, List<String> apiMessages,
			@Nullable Instant resetTime) {
		this(method, url, apiMessages, resetTime, null);
	}

	/**
	 * Create an exception for a limit of a named group.
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param resetTime when the limit resets, if the response said so
	 * @param group the limit's group as SoundCloud names it (for example {@code plays}), if known
	 */
	public RateLimitedException(HttpMethod method, @Nullable URI url, List<String> apiMessages,
			@Nullable Instant resetTime, @Nullable String group) {
		super(429, method, url, apiMessages, "429 Too Many Requests" + ((group != null) ? " (" + group + ")" : "")
				+ ((resetTime != null) ? ", limit resets at " + resetTime : ""), null);
		this.resetTime = resetTime;
		this.group = group;
	}

	/**
	 * Return when the rate limit resets, when the API said so.
	 * @return the reset time, or empty when unknown
	 */
	public Optional<Instant> getResetTime() {
		return Optional.ofNullable(this.resetTime);
	}

	/**
	 * Return the group of the limit that was reached, as SoundCloud's error body names it in
	 * {@code errors[].meta.rate_limit.group} (for example {@code plays}).
	 * @return the group, or empty when the response did not name one
	 */
	public Optional<String> getGroup() {
		return Optional.ofNullable(this.group);
	}

}
