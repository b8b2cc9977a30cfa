package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Everything one fake remembers about authentication: OAuth 2 tokens and authorization
 * codes, OAuth 1.0a tokens and nonces, and how many OAuth 1.0a requests it refused. All of it
 * is safe for concurrent requests.
 */
final class AuthState {

	private final FakeCredentials credentials;

	private final TokenStore tokens;

	private final AuthorizationCodes codes;

	private final OAuth1Tokens oauth1Tokens;

	private final OAuth1Verifier oauth1Verifier;

	private final AtomicLong oauth1Rejections = new AtomicLong();

	private final PlaysLimit playsLimit = new PlaysLimit();

	AuthState(FakeSettings settings, Clock clock) {
		this.credentials = settings.credentials();
		this.tokens = new TokenStore(this.credentials.accessToken(), settings.accessTokenLifetime(), clock);
		this.codes = new AuthorizationCodes(clock);
		this.oauth1Tokens = new OAuth1Tokens(this.credentials.oauth1Token(), this.credentials.oauth1TokenSecret());
		this.oauth1Verifier = new OAuth1Verifier(this.credentials.consumerKey(), this.credentials.consumerSecret(),
				this.oauth1Tokens, new NonceCache(), clock);
	}

	FakeCredentials credentials() {
		return this.credentials;
	}

	TokenStore tokens() {
		return this.tokens;
	}

	AuthorizationCodes codes() {
		return this.codes;
	}

	OAuth1Tokens oauth1Tokens() {
		return this.oauth1Tokens;
	}

	PlaysLimit playsLimit() {
		return this.playsLimit;
	}

	OAuth1Verifier oauth1Verifier() {
		return this.oauth1Verifier;
	}

	/**
	 * Counts a refused OAuth 1.0a request and returns its error response.
	 */
	ApiResponse reject(OAuth1Exception ex) {
		this.oauth1Rejections.incrementAndGet();
		return ex.toResponse();
	}

	long oauth1Rejections() {
		return this.oauth1Rejections.get();
	}

	void resetOAuth1Rejections() {
		this.oauth1Rejections.set(0);
	}

}
