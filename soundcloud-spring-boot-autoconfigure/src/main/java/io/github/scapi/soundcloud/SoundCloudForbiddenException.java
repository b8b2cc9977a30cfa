package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The credentials are valid but may not perform this request (403), for example a private resource
 * or an expired stream link.
 *
 * @author scapi contributors
 */
public class SoundCloudForbiddenException extends SoundCloudClientErrorException {

	/**
	 * Create an exception.
	 * @param status the HTTP status (403)
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public SoundCloudForbiddenException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
