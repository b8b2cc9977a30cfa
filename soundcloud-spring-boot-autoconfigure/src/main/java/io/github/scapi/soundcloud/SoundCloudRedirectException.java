package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;


import org.springframework.http.HttpMethod;

/**
 * A redirect was not followed because following it would be unsafe or pointless: too many
 * hops, a loop, a downgrade from HTTPS to HTTP, a 301/302 for a method other than GET, a
 * body that cannot be sent twice, or (like scapi's {@code InvalidMethodException}) a
 * location on the API's own host outside its base path.
 *
 * @author scapi contributors
 */
public class SoundCloudRedirectException extends UnexpectedResponseException {

	private final String location;

	/**
	 * Create an exception.
	 * @param status the redirect's status
	 * @param method the method of the request that was redirected
	 * @param url the redirected request's URL, redacted by the exception
	 * @param location the redirect's target, redacted by the exception
	 * @param detail why it was not followed
	 */
	public SoundCloudRedirectException(int status, HttpMethod method, URI url, URI location, String detail) {
		this(status, method, url, UrlRedactor.redact(location), detail);
	}

	/**
	 * Create an exception for a {@code Location} that is not even a valid URI.
	 */
	SoundCloudRedirectException(int status, HttpMethod method, URI url, String redactedLocation, String detail) {
		super(status, method, url, List.of(),
				status + " redirect to " + redactedLocation + " not followed: " + detail, null);
		this.location = ControlCharacters.escape(redactedLocation);
	}

	/**
	 * Return where the redirect pointed.
	 * @return the location, redacted
	 */
	public String getLocation() {
		return this.location;
	}

}
