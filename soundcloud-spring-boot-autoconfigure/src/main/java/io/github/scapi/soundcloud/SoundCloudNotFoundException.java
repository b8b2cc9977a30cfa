package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The requested resource does not exist (404), or is not visible with the credentials used.
 * Repository {@code findById} methods turn this into {@link java.util.Optional#empty()}.
 *
 * @author scapi contributors
 */
public class SoundCloudNotFoundException extends SoundCloudClientErrorException {

	/**
	 * Create an exception.
	 * @param status the HTTP status (404)
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public SoundCloudNotFoundException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
