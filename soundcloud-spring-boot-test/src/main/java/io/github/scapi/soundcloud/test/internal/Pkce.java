package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636) with the only method SoundCloud accepts,
 * {@code S256}.
 */
final class Pkce {

	static final String S256 = "S256";

	private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

	private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private Pkce() {
	}

	static boolean isValidChallenge(String challenge) {
		return S256_CHALLENGE.matcher(challenge).matches();
	}

	static boolean isValidVerifier(String verifier) {
		return VERIFIER.matcher(verifier).matches();
	}

	/**
	 * {@code BASE64URL(SHA256(ASCII(verifier)))}, without padding.
	 */
	static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	static boolean matches(String verifier, String challenge) {
		return isValidVerifier(verifier) && OAuth1Signature.matches(challenge(verifier), challenge);
	}

}
