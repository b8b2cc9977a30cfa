package io.github.scapi.soundcloud.auth.oauth1;

/**
 * How OAuth 1.0a requests are signed (RFC 5849 §3.4).
 *
 * @author scapi contributors
 */
public enum OAuth1SignatureMethod {

	/**
	 * HMAC-SHA1 over the signature base string (RFC 5849 §3.4.2); the default, and what
	 * SoundCloud used.
	 */
	HMAC_SHA1("HMAC-SHA1"),

	/**
	 * The shared secrets themselves (RFC 5849 §3.4.4); offers no protection without TLS.
	 */
	PLAINTEXT("PLAINTEXT");

	private final String value;

	OAuth1SignatureMethod(String value) {
		this.value = value;
	}

	/**
	 * Return the value sent as {@code oauth_signature_method}.
	 * @return {@code HMAC-SHA1} or {@code PLAINTEXT}
	 */
	public String getValue() {
		return this.value;
	}

}
