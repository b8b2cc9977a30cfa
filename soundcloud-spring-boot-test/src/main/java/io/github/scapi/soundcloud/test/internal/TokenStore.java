package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OAuth 2 tokens one fake accepts: the static access token, which never expires, and
 * every one it issued, until its lifetime ends. Issued tokens are numbered, so runs stay
 * deterministic; refresh tokens work once, as SoundCloud's do.
 */
final class TokenStore {

	private final String staticToken;

	private final Duration lifetime;

	private final Clock clock;

	private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();

	private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger issued = new AtomicInteger();

	TokenStore(String staticToken, Duration lifetime, Clock clock) {
		this.staticToken = staticToken;
		this.lifetime = lifetime;
		this.clock = clock;
	}

	boolean isAccepted(String accessToken) {
		if (this.staticToken.equals(accessToken)) {
			return true;
		}
		Instant expiresAt = this.accessTokens.get(accessToken);
		return expiresAt != null && this.clock.instant().isBefore(expiresAt);
	}

	/**
	 * Ends the life of an issued access token, as {@code POST /sign-out} does; the static
	 * token cannot be revoked.
	 */
	void revoke(String accessToken) {
		this.accessTokens.remove(accessToken);
	}

	/**
	 * Invalidates a refresh token; returns whether it was valid. Of concurrent callers with
	 * the same token, exactly one wins.
	 */
	boolean redeem(String refreshToken) {
		return this.refreshTokens.remove(refreshToken);
	}

	/**
	 * Issues a new token pair and returns the token endpoint's response body.
	 * @param scope the granted scope, empty for none
	 */
	Map<String, Object> issue(String scope) {
		int number = this.issued.incrementAndGet();
		String accessToken = "fake-issued-access-token-" + number;
		String refreshToken = "fake-issued-refresh-token-" + number;
		this.accessTokens.put(accessToken, this.clock.instant().plus(this.lifetime));
		this.refreshTokens.add(refreshToken);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", accessToken);
		body.put("token_type", "bearer");
		body.put("expires_in", expiresInSeconds());
		body.put("scope", scope);
		body.put("refresh_token", refreshToken);
		return body;
	}

	/**
	 * Issues a refresh token alone, as if a user had authorized the app earlier.
	 */
	String issueRefreshToken() {
		String refreshToken = "fake-issued-refresh-token-" + this.issued.incrementAndGet();
		this.refreshTokens.add(refreshToken);
		return refreshToken;
	}

	/**
	 * Ends the life of every issued access token now; refresh tokens stay valid.
	 */
	void expireAll() {
		Instant now = this.clock.instant();
		this.accessTokens.replaceAll((token, expiresAt) -> now);
	}

	/**
	 * The lifetime in whole seconds, rounded up so that a short lifetime never reads as 0.
	 */
	long expiresInSeconds() {
		long millis = this.lifetime.toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
