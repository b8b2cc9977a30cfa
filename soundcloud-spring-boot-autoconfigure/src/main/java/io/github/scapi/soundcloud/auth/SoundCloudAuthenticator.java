package io.github.scapi.soundcloud.auth;

import org.springframework.http.HttpRequest;

/**
 * Adds credentials to a request bound for the SoundCloud API. The connector calls it once
 * per HTTP exchange, after the final URL is known and only when that URL belongs to the
 * configured API origin or a trusted host, so implementations never decide where
 * credentials may go. An authenticator must be safe for concurrent use.
 *
 * <p>Define a bean of this type to replace the one configured from {@code soundcloud.auth.*}.
 *
 * @author scapi contributors
 */
public interface SoundCloudAuthenticator {

	/**
	 * Name of the request attribute that holds the form parameters of an
	 * {@code application/x-www-form-urlencoded} body, as a
	 * {@code MultiValueMap<String, String>}. The connector sets it on requests with such a
	 * body, so that signing schemes such as OAuth 1.0a can include the parameters without
	 * reading the body. Requests with other bodies never carry it.
	 */
	String FORM_PARAMETERS_ATTRIBUTE = SoundCloudAuthenticator.class.getName() + ".formParameters";

	/**
	 * An authenticator that adds nothing, for public endpoints and for tests.
	 */
	SoundCloudAuthenticator ANONYMOUS = new SoundCloudAuthenticator() {

		@Override
		public void authenticate(HttpRequest request) {
		}

		@Override
		public SoundCloudAuthType type() {
			return SoundCloudAuthType.NONE;
		}

		@Override
		public String toString() {
			return "SoundCloudAuthenticator[anonymous]";
		}

	};

	/**
	 * Add credentials to the request, typically an {@code Authorization} header.
	 * @param request the request about to be sent; its headers may be changed
	 */
	void authenticate(HttpRequest request);

	/**
	 * Renew the credentials after the API rejected a request with 401. The connector calls
	 * this at most once per request and retries the request once if it returns
	 * {@code true}; it never loops.
	 * @param rejected the request that was rejected, with the credentials it carried
	 * @return {@code true} if the credentials changed and a retry may succeed
	 */
	default boolean renew(HttpRequest rejected) {
		return false;
	}

	/**
	 * Return this authenticator bound to whoever the current thread acts for, such as the
	 * signed-in user of a web request. The connector calls it when an operation starts and
	 * uses the result for every request made on that operation's behalf, whichever thread
	 * sends it (pages fetched ahead, or after the web request that started a walk has
	 * ended). Authenticators whose credentials do not depend on the caller return
	 * themselves, which is the default.
	 * @return an authenticator for the current caller's requests
	 */
	default SoundCloudAuthenticator forCurrentCaller() {
		return this;
	}

	/**
	 * Return which kind of credentials this authenticator sends, for logs, metrics and the
	 * actuator. Never a secret.
	 * @return the authentication type
	 */
	SoundCloudAuthType type();

}
