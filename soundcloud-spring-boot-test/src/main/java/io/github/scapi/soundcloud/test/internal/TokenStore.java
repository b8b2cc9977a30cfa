package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tokens one fake accepts: the static one and every one it issued. Issued tokens are
 * numbered, so runs stay deterministic; refresh tokens work once, as SoundCloud's do.
 */
final class TokenStore {

	static final int EXPIRES_IN_SECONDS = 3599;

	private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();

	private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();

	private final AtomicInteger issued = new AtomicInteger();

	TokenStore(String staticToken) {
		this.accessTokens.add(staticToken);
	}

	boolean isAccepted(String accessToken) {
		return this.accessTokens.contains(accessToken);
	}

	/**
	 * Invalidates a refresh token; returns whether it was valid.
	 */
	boolean redeem(String refreshToken) {
		return this.refreshTokens.remove(refreshToken);
	}

	/**
	 * Issues a new token pair and returns the token endpoint's response body.
	 */
	Map<String, Object> issue() {
		int number = this.issued.incrementAndGet();
		String accessToken = "fake-issued-access-token-" + number;
		String refreshToken = "fake-issued-refresh-token-" + number;
		this.accessTokens.add(accessToken);
		this.refreshTokens.add(refreshToken);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", accessToken);
		body.put("token_type", "bearer");
		body.put("expires_in", EXPIRES_IN_SECONDS);
		body.put("scope", "");
		body.put("refresh_token", refreshToken);
		return body;
	}

}
