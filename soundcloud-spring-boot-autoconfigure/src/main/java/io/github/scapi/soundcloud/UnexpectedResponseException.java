package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The API answered in a way the client cannot use: an unsupported redirect, a body that is not
 * valid JSON, or a paging link that points away from the configured API.
 *
 * @author scapi contributors
 */
public class UnexpectedResponseException extends SoundCloudException {

	/**
	 * Create an exception.
	 * @param status the HTTP status
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public UnexpectedResponseException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
