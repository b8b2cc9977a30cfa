package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.util.List;

import io.github.scapi.soundcloud.SoundCloudClientErrorException;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * The server rejected a step of the OAuth 1.0a flow with a 4xx status: typically an unknown
 * consumer, a bad signature, an expired request token or a wrong verifier. The message
 * names the step, the status, the method and the redacted URL, plus the server's
 * {@code oauth_problem} or error message when it gave one; it never holds a token, a
 * secret or a verifier.
 *
 * @author scapi contributors
 * @see OAuth1Flow
 */
public class OAuth1FlowException extends SoundCloudClientErrorException {

	/**
	 * Create an exception.
	 * @param status the HTTP status
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception
	 * @param apiMessages the server's messages, free of secrets (may be empty)
	 * @param detail what went wrong
	 * @param cause the underlying cause, if any
	 */
	public OAuth1FlowException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(status, method, url, apiMessages, detail, cause);
	}

}
