package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The request failed before a response arrived: connection refused or reset, timeout, or a broken
 * response stream.
 *
 * @author scapi contributors
 */
public class SoundCloudTransportException extends SoundCloudException {

	/**
	 * Create an exception.
	 * @param status the HTTP status (0: no response was received)
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public SoundCloudTransportException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
