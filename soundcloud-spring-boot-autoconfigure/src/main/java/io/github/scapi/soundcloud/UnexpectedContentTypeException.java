package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * A successful response carried a body that is not JSON, such as an HTML page from a CDN or proxy.
 *
 * @author scapi contributors
 */
public class UnexpectedContentTypeException extends UnexpectedResponseException {

	/**
	 * Create an exception.
	 * @param status the HTTP status
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public UnexpectedContentTypeException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
