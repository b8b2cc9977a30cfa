package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Verifies OAuth 1.0a signed requests (RFC 5849 §3.2), independently of any client code.
 * <p>
 * The checks, in order: required parameters present, {@code oauth_version} (if any) is
 * {@code 1.0}, signature method {@code HMAC-SHA1} or {@code PLAINTEXT}, known consumer key,
 * the token the step needs (none, a request token or an access token), timestamp within
 * {@link #WINDOW} of now, signature over the base string of the request as received,
 * {@code oauth_body_hash} (if any) over the raw body, and finally a nonce not seen before
 * with the same consumer and timestamp. {@code PLAINTEXT} requests may leave out the
 * timestamp and nonce, as RFC 5849 §3.3 allows.
 */
final class OAuth1Verifier {

	/**
	 * How far a timestamp may lie from the fake's clock, either way.
	 */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private final String consumerKey;

	private final String consumerSecret;

	private final OAuth1Tokens tokens;

	private final NonceCache nonces;

	private final Clock clock;

	OAuth1Verifier(String consumerKey, String consumerSecret, OAuth1Tokens tokens, NonceCache nonces, Clock clock) {
		this.consumerKey = consumerKey;
		this.consumerSecret = consumerSecret;
		this.tokens = tokens;
		this.nonces = nonces;
		this.clock = clock;
	}

	/**
	 * Verifies a request.
	 * @param request the request
	 * @param expected the kind of token this step needs
	 * @return the token the request was signed with, {@code null} for {@link TokenKind#NONE}
	 * @throws OAuth1Exception naming the first check that failed
	 */
	@Nullable String verify(OAuth1Request request, TokenKind expected) {
		String method = require(request, "oauth_signature_method");
		String signature = require(request, "oauth_signature");
		String consumer = require(request, "oauth_consumer_key");
		boolean plaintext = OAuth1Signature.PLAINTEXT.equals(method);
		String timestamp = plaintext ? request.protocolParameter("oauth_timestamp") : require(request, "oauth_timestamp");
		String nonce = plaintext ? request.protocolParameter("oauth_nonce") : require(request, "oauth_nonce");
		String version = request.protocolParameter("oauth_version");
		if (version != null && !"1.0".equals(version)) {
			throw OAuth1Exception.badRequest("version_rejected", "oauth_version must be 1.0, not " + version);
		}
		if (!OAuth1Signature.isSupported(method)) {
			throw OAuth1Exception.badRequest("signature_method_rejected",
					"oauth_signature_method must be HMAC-SHA1 or PLAINTEXT, not " + method);
		}
		if (!this.consumerKey.equals(consumer)) {
			throw OAuth1Exception.unauthorized("unknown_consumer", "no consumer " + consumer);
		}
		String token = request.protocolParameter("oauth_token");
		String tokenSecret = tokenSecret(expected, (token != null && !token.isEmpty()) ? token : null);
		long seconds = checkTimestamp(timestamp);
		String baseString = SignatureBaseString.of(request.method(), request.baseStringUri(),
				request.signedParameters());
		String expectedSignature = OAuth1Signature.sign(method, baseString, this.consumerSecret, tokenSecret);
		if (!OAuth1Signature.matches(expectedSignature, signature)) {
			throw OAuth1Exception.invalidSignature(baseString);
		}
		checkBodyHash(request);
		if (nonce != null && timestamp != null && !this.nonces.firstUse(consumer, seconds, nonce,
				this.clock.instant().minus(WINDOW).getEpochSecond())) {
			throw OAuth1Exception.unauthorized("nonce_reused",
					"oauth_nonce " + nonce + " was already used with timestamp " + timestamp);
		}
		return (expected != TokenKind.NONE) ? token : null;
	}

	private String tokenSecret(TokenKind expected, @Nullable String token) {
		if (expected == TokenKind.NONE) {
			if (token != null) {
				throw OAuth1Exception.badRequest("parameter_rejected", "oauth_token is not expected here");
			}
			return "";
		}
		if (token == null) {
			throw OAuth1Exception.badRequest("parameter_absent", "oauth_token is missing");
		}
		if (expected == TokenKind.REQUEST) {
			OAuth1Tokens.RequestToken requestToken = this.tokens.requestToken(token);
			if (requestToken == null) {
				throw OAuth1Exception.unauthorized("unknown_token", "no request token " + token);
			}
			if (requestToken.used()) {
				throw OAuth1Exception.unauthorized("token_used", "the request token was already exchanged");
			}
			return requestToken.secret();
		}
		String secret = this.tokens.accessTokenSecret(token);
		if (secret == null) {
			throw OAuth1Exception.unauthorized("unknown_token", "no access token " + token);
		}
		return secret;
	}

	private long checkTimestamp(@Nullable String timestamp) {
		if (timestamp == null) {
			return 0;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			throw OAuth1Exception.badRequest("parameter_rejected", "oauth_timestamp is not a number: " + timestamp);
		}
		long now = this.clock.instant().getEpochSecond();
		if (Math.abs(now - seconds) > WINDOW.toSeconds()) {
			throw OAuth1Exception.unauthorized("timestamp_out_of_window",
					"oauth_timestamp " + timestamp + " is more than 10 minutes from the server's " + now);
		}
		return seconds;
	}

	/**
	 * The body hash extension covers bodies that do not enter the base string; form bodies
	 * do, so it must not come with them.
	 */
	private static void checkBodyHash(OAuth1Request request) {
		String bodyHash = request.protocolParameter("oauth_body_hash");
		if (bodyHash == null) {
			return;
		}
		if (request.formBody()) {
			throw OAuth1Exception.badRequest("parameter_rejected",
					"oauth_body_hash must not be sent with an application/x-www-form-urlencoded body");
		}
		if (!OAuth1Signature.matches(request.bodyHash(), bodyHash)) {
			throw OAuth1Exception.unauthorized("body_hash_invalid", "oauth_body_hash does not match the body");
		}
	}

	private static String require(OAuth1Request request, String name) {
		String value = request.protocolParameter(name);
		if (value == null || value.isEmpty()) {
			throw OAuth1Exception.badRequest("parameter_absent", name + " is missing");
		}
		return value;
	}

	/**
	 * The token a step of the protocol is signed with.
	 */
	enum TokenKind {

		/** Temporary credentials request: client credentials only. */
		NONE,

		/** Token request: the approved request token. */
		REQUEST,

		/** Protected resources: an access token. */
		ACCESS

	}

}
