package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature methods the fake accepts (RFC 5849 §3.4.2 and §3.4.4) and the body hash of
 * the {@code oauth_body_hash} extension.
 */
final class OAuth1Signature {

	static final String HMAC_SHA1 = "HMAC-SHA1";

	static final String PLAINTEXT = "PLAINTEXT";

	private OAuth1Signature() {
	}

	static boolean isSupported(String method) {
		return HMAC_SHA1.equals(method) || PLAINTEXT.equals(method);
	}

	/**
	 * Returns the decoded signature a client must send.
	 * @param method {@link #HMAC_SHA1} or {@link #PLAINTEXT}
	 * @param baseString the signature base string (unused for {@code PLAINTEXT})
	 * @param consumerSecret the client's shared secret
	 * @param tokenSecret the token's secret, empty without a token
	 */
	static String sign(String method, String baseString, String consumerSecret, String tokenSecret) {
		String key = PercentEncoding.encode(consumerSecret) + "&" + PercentEncoding.encode(tokenSecret);
		if (PLAINTEXT.equals(method)) {
			return key;
		}
		if (!HMAC_SHA1.equals(method)) {
			throw new IllegalArgumentException("Unsupported signature method " + method);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
	}

	/**
	 * Base64 of the SHA-1 of the raw body, as {@code oauth_body_hash} carries it.
	 */
	static String bodyHash(byte[] body) {
		try {
			return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

	/**
	 * Compares without leaking the position of the first difference.
	 */
	static boolean matches(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				actual.getBytes(StandardCharsets.UTF_8));
	}

}
