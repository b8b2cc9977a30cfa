package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Credentials could not be obtained for a request, so it was not sent: for example the
 * OAuth 2.1 token endpoint refused the client or its refresh token, or no user has
 * authorized the application yet. The status is the token endpoint's, or 0 when it was not
 * reached.
 *
 * @author scapi contributors
 */
public class SoundCloudAuthenticationException extends SoundCloudException {

	/**
	 * Create an exception.
	 * @param status the token endpoint's HTTP status, or 0
	 * @param method the method of the API request that could not be authenticated
	 * @param url the URL of that request, already redacted
	 * @param apiMessages the messages of the token endpoint, if any
	 * @param detail what went wrong and what to do
	 * @param cause the underlying cause, if any
	 */
	public SoundCloudAuthenticationException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages,
			String detail, @Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
