package io.github.scapi.soundcloud.test.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

/**
 * Authorization codes issued by {@code /authorize}: single use, valid for ten minutes.
 */
final class AuthorizationCodes {

	static final Duration LIFETIME = Duration.ofMinutes(10);

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final AtomicInteger issued = new AtomicInteger();

	private final Clock clock;

	AuthorizationCodes(Clock clock) {
		this.clock = clock;
	}

	String issue(String clientId, String redirectUri, String codeChallenge, String scope) {
		String code = "fake-authorization-code-" + this.issued.incrementAndGet();
		this.codes.put(code,
				new Grant(clientId, redirectUri, codeChallenge, scope, this.clock.instant().plus(LIFETIME)));
		return code;
	}

	/**
	 * Removes a code, whatever comes of the token request that presents it, and returns
	 * what it was issued for; {@code null} for unknown, used or expired codes.
	 */
	@Nullable Grant redeem(String code) {
		Grant grant = this.codes.remove(code);
		return (grant != null && this.clock.instant().isBefore(grant.expiresAt())) ? grant : null;
	}

	/**
	 * What the user approved.
	 *
	 * @param clientId the client that asked
	 * @param redirectUri the redirect URI the code was sent to
	 * @param codeChallenge the PKCE {@code S256} challenge
	 * @param scope the requested scope, empty for none
	 * @param expiresAt when the code stops working
	 */
	record Grant(String clientId, String redirectUri, String codeChallenge, String scope, Instant expiresAt) {

	}

}
