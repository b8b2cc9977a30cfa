package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The API did not accept the request's credentials (401): none were configured, or the token
 * expired or was revoked.
 *
 * @author scapi contributors
 */
public class SoundCloudUnauthorizedException extends SoundCloudClientErrorException {

	/**
	 * Create an exception.
	 * @param status the HTTP status (401)
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public SoundCloudUnauthorizedException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
