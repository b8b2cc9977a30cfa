package io.github.scapi.soundcloud.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one logical SoundCloud request knows: the operation (method and
 * path template), the kind of credentials, and, once it ended, how: its final status, the
 * attempts it took and the redirects it followed. Never a URL, an id or a secret.
 *
 * @author scapi contributors
 */
public final class SoundCloudRequestContext extends Observation.Context {

	private final String method;

	private final String pathTemplate;

	private final String authType;

	private int status;

	private int attempts;

	private int redirects;

	private @Nullable String failure;

	/**
	 * Create a context.
	 * @param method the HTTP method
	 * @param pathTemplate the path template, e.g. {@code /tracks/{track_urn}}
	 * @param authType the kind of credentials, e.g. {@code OAUTH2}
	 */
	public SoundCloudRequestContext(String method, String pathTemplate, String authType) {
		this.method = method;
		this.pathTemplate = pathTemplate;
		this.authType = authType;
	}

	/**
	 * Return the HTTP method.
	 * @return the method
	 */
	public String getMethod() {
		return this.method;
	}

	/**
	 * Return the path template.
	 * @return the template
	 */
	public String getPathTemplate() {
		return this.pathTemplate;
	}

	/**
	 * Return the kind of credentials.
	 * @return the authentication type
	 */
	public String getAuthType() {
		return this.authType;
	}

	/**
	 * Return the final HTTP status.
	 * @return the status, or 0 when no response arrived
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Return how many HTTP exchanges were made, retries and redirect hops included.
	 * @return the attempts
	 */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Return how many redirects were followed.
	 * @return the redirects
	 */
	public int getRedirects() {
		return this.redirects;
	}

	/**
	 * Return the simple name of the exception the request failed with.
	 * @return the exception's name, or {@code null} on success
	 */
	public @Nullable String getFailure() {
		return this.failure;
	}

	/**
	 * Record how the request ended.
	 * @param status the final status, or 0
	 * @param attempts the attempts made
	 * @param redirects the redirects followed
	 * @param failure the exception's simple name, or {@code null}
	 */
	public void ended(int status, int attempts, int redirects, @Nullable String failure) {
		this.status = status;
		this.attempts = attempts;
		this.redirects = redirects;
		this.failure = failure;
	}

}
