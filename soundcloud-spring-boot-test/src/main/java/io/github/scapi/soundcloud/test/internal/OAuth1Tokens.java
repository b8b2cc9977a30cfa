package io.github.scapi.soundcloud.test.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * The OAuth 1.0a tokens of one fake: request (temporary) tokens on their way through the
 * three-legged flow, and access tokens, which act as the dataset's {@code me} user. Tokens
 * are numbered, like the OAuth 2 ones, so that runs are repeatable.
 */
final class OAuth1Tokens {

	private final Map<String, RequestToken> requestTokens = new ConcurrentHashMap<>();

	private final Map<String, String> accessTokens = new ConcurrentHashMap<>();

	private final AtomicInteger issued = new AtomicInteger();

	OAuth1Tokens(String accessToken, String accessTokenSecret) {
		this.accessTokens.put(accessToken, accessTokenSecret);
	}

	RequestToken createRequestToken(String callback) {
		int number = this.issued.incrementAndGet();
		RequestToken token = new RequestToken("fake-request-token-" + number, "fake-request-token-secret-" + number,
				callback, null, false);
		this.requestTokens.put(token.token(), token);
		return token;
	}

	@Nullable RequestToken requestToken(String token) {
		return this.requestTokens.get(token);
	}

	@Nullable String accessTokenSecret(String token) {
		return this.accessTokens.get(token);
	}

	/**
	 * Approves a request token, as the user would by clicking "allow"; approving it again
	 * gives the same verifier.
	 * @return the approved token, with its verifier
	 * @throws OAuth1Exception for an unknown or already exchanged token
	 */
	synchronized RequestToken authorize(String token) {
		RequestToken current = this.requestTokens.get(token);
		if (current == null) {
			throw OAuth1Exception.badRequest("unknown_token", "no request token " + token);
		}
		if (current.used()) {
			throw OAuth1Exception.badRequest("token_used", "the request token was already exchanged");
		}
		if (current.verifier() != null) {
			return current;
		}
		RequestToken approved = new RequestToken(current.token(), current.secret(), current.callback(),
				"fake-verifier-" + this.issued.incrementAndGet(), false);
		this.requestTokens.put(token, approved);
		return approved;
	}

	/**
	 * Exchanges an approved request token and its verifier for a new access token, once.
	 * @return the access token and its secret
	 * @throws OAuth1Exception when the token is not approved, already used or the verifier
	 * is wrong
	 */
	synchronized AccessToken exchange(String token, @Nullable String verifier) {
		RequestToken current = this.requestTokens.get(token);
		if (current == null) {
			throw OAuth1Exception.unauthorized("unknown_token", "no request token " + token);
		}
		if (current.used()) {
			throw OAuth1Exception.unauthorized("token_used", "the request token was already exchanged");
		}
		if (current.verifier() == null) {
			throw OAuth1Exception.unauthorized("token_not_authorized", "the request token was not approved yet");
		}
		if (verifier == null || !OAuth1Signature.matches(current.verifier(), verifier)) {
			throw OAuth1Exception.unauthorized("invalid_verifier",
					(verifier == null) ? "oauth_verifier is missing" : "oauth_verifier does not match");
		}
		this.requestTokens.put(token,
				new RequestToken(current.token(), current.secret(), current.callback(), current.verifier(), true));
		int number = this.issued.incrementAndGet();
		AccessToken access = new AccessToken("fake-oauth1-access-token-" + number,
				"fake-oauth1-access-token-secret-" + number);
		this.accessTokens.put(access.token(), access.secret());
		return access;
	}

	/**
	 * A temporary credential.
	 *
	 * @param token the request token
	 * @param secret its secret
	 * @param callback the {@code oauth_callback} it was requested with: a URL or {@code oob}
	 * @param verifier the verifier once approved
	 * @param used whether it was exchanged for an access token
	 */
	record RequestToken(String token, String secret, String callback, @Nullable String verifier, boolean used) {

		boolean isOutOfBand() {
			return "oob".equals(this.callback);
		}

	}

	/**
	 * Token credentials.
	 *
	 * @param token the access token
	 * @param secret its secret
	 */
	record AccessToken(String token, String secret) {

	}

}
