package io.github.scapi.soundcloud.auth.oauth2;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.SoundCloudAuthenticationException;
import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.auth.TokenCharacters;
import io.github.scapi.soundcloud.observation.SoundCloudObservationDocumentation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * The token side of an {@link OAuth2Authenticator}: for any principal, the cached token or a
 * new one, serialised per principal (and across instances with a
 * {@link SharedAuthorizedClientService}), the renewal after a 401, and the refresh tokens the
 * token endpoint rejected for good. The authenticator decides who the principal is; this
 * class what to send for it.
 * <p>
 * Made when the first request is authenticated, not with the authenticator: its code and the
 * Spring Security types it uses are then loaded by the first request, not by every
 * application's start-up.
 *
 * @author scapi contributors
 */
final class OAuth2Tokens {

	private static final String SCHEME = "OAuth ";

	private static final Duration FRESH = Duration.ofMinutes(1);

	private static final Duration SKEW = Duration.ofMinutes(1);

	private static final long LOCK_TIMEOUT_SECONDS = 60;

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizedClientService store;

	private final String registrationId;

	private final Clock clock;

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	/** Principals whose next token comes from a renewal after a 401. */
	private final Set<String> renewing = ConcurrentHashMap.newKeySet();

	/** Per principal, the token value that a renewal after a 401 produced. */
	private final Map<String, String> renewed = new ConcurrentHashMap<>();

	/**
	 * Per principal, the last token value the API answered 401 to and a renewal replaced:
	 * never sent again, even while a store's local copy still holds it.
	 */
	private final Map<String, String> rejectedTokens = new ConcurrentHashMap<>();

	/** Refresh tokens the token endpoint rejected for good. */
	private final Set<String> deadRefreshTokens = ConcurrentHashMap.newKeySet();

	/** The refresh token the application is configured with, and for whom. */
	private final @Nullable Configured configured;

	OAuth2Tokens(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService store, String registrationId,
			Clock clock) {
		this(manager, store, registrationId, clock, null);
	}

	OAuth2Tokens(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService store, String registrationId,
			Clock clock, @Nullable Configured configured) {
		this.manager = manager;
		this.store = store;
		this.registrationId = registrationId;
		this.clock = clock;
		this.configured = configured;
	}

	/**
	 * Put the principal's access token on the request, obtaining one first when the store
	 * holds none that is usable.
	 */
	void authenticate(HttpRequest request, Authentication authentication) {
		try {
			authenticateWithStore(request, authentication);
		}
		catch (SoundCloudException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw storeFailure(request, ex);
		}
	}

	private void authenticateWithStore(HttpRequest request, Authentication authentication) {
		OAuth2AuthorizedClient cached = load(authentication);
		// a rejected token in the store's local copy: what replaced it is read under the lock
		OAuth2AccessToken token = (cached != null && isUsable(cached.getAccessToken())
				&& !cached.getAccessToken().getTokenValue().equals(this.rejectedTokens.get(authentication.getName())))
						? cached.getAccessToken() : obtain(authentication, request);
		if (!TokenCharacters.isSendableAccessToken(token.getTokenValue())) {
			// from the store: a sign-in (authorization code) or another instance put it there;
			// the JDK would reject the header with a message that prints the token
			throw new SoundCloudAuthenticationException(0, request.getMethod(), request.getURI(),
					List.of(OAuth2ErrorCodes.INVALID_TOKEN), "the OAuth 2.1 access token of registration '"
							+ this.registrationId + "' cannot be sent in an HTTP header: it holds a character other "
							+ "than visible ASCII; sign the user in again",
					null);
		}
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, SCHEME + token.getTokenValue());
	}

	/**
	 * Prepare a new token for the principal after the API rejected {@code rejected}.
	 * @return whether the request should be sent again
	 */
	boolean renew(HttpRequest rejected, Authentication authentication) {
		try {
			return renewCoordinated(rejected, authentication);
		}
		catch (SoundCloudException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw storeFailure(rejected, ex);
		}
	}

	private boolean renewCoordinated(HttpRequest rejected, Authentication authentication) {
		String name = authentication.getName();
		ReentrantLock lock = lock(name, rejected);
		try {
			boolean sendAgain = coordinated(name, rejected, () -> renewInStore(rejected, authentication));
			String sent = rejected.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
			if (sendAgain && sent != null && sent.startsWith(SCHEME)) {
				// outside the lock, a shared store may answer from a local copy that still holds
				// the rejected token (SharedAuthorizedClientService allows it): the request would
				// be sent again with it, and fail with no renewal left
				this.rejectedTokens.put(name, sent.substring(SCHEME.length()));
			}
			return sendAgain;
		}
		finally {
			lock.unlock();
		}
	}

	private boolean renewInStore(HttpRequest rejected, Authentication authentication) {
		String sent = rejected.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		String name = authentication.getName();
		OAuth2AuthorizedClient current = load(authentication);
		if (current == null) {
			return true;
		}
		OAuth2AccessToken token = current.getAccessToken();
		if (!(SCHEME + token.getTokenValue()).equals(sent)) {
			// another caller renewed the token after this request was sent
			return true;
		}
		if (current.getRefreshToken() == null) {
			boolean bornOfRenewal = token.getTokenValue().equals(this.renewed.get(name));
			boolean fresh = token.getIssuedAt() != null
					&& token.getIssuedAt().isAfter(this.clock.instant().minus(FRESH));
			if (bornOfRenewal && fresh) {
				return false;
			}
			this.store.removeAuthorizedClient(this.registrationId, name);
		}
		else {
			this.store.saveAuthorizedClient(new OAuth2AuthorizedClient(current.getClientRegistration(),
					current.getPrincipalName(), expired(token), current.getRefreshToken()), authentication);
		}
		this.renewing.add(name);
		return true;
	}

	private OAuth2AccessToken obtain(Authentication authentication, HttpRequest request) {
		String name = authentication.getName();
		ReentrantLock lock = lock(name, request);
		try {
			// one thread of this instance at a time, and with a shared store one instance at a
			// time: whoever comes second finds the first one's token in the store
			return coordinated(name, request, () -> obtainFromStore(authentication, request));
		}
		finally {
			lock.unlock();
		}
	}

	private OAuth2AccessToken obtainFromStore(Authentication authentication, HttpRequest request) {
		String name = authentication.getName();
		OAuth2AuthorizedClient before = load(authentication);
		String refreshToken = refreshTokenOf(before);
		if (refreshToken != null && this.deadRefreshTokens.contains(refreshToken)
				&& !isUsable(before.getAccessToken())) {
			if (!replaceWithConfigured(before, refreshToken, authentication)) {
				throw new SoundCloudAuthenticationException(0, request.getMethod(), request.getURI(),
						List.of(OAuth2ErrorCodes.INVALID_GRANT), "the refresh token of registration '"
								+ this.registrationId + "' was rejected before and is not sent again; sign in again or "
								+ "configure a new 'soundcloud.auth.oauth2.refresh-token'",
						null);
			}
			refreshToken = refreshTokenOf(load(authentication));
		}
		OAuth2AuthorizedClient obtained;
		try {
			obtained = authorize(authentication, request);
		}
		catch (OAuth2AuthorizationException ex) {
			String current = refreshTokenOf(load(authentication));
			if (!isInvalidGrant(ex) || refreshToken == null) {
				throw failure(request, ex);
			}
			if (Objects.equals(current, refreshToken)) {
				// rejected, and the store holds nothing newer: spent or revoked
				this.deadRefreshTokens.add(refreshToken);
				if (!replaceWithConfigured(before, refreshToken, authentication)) {
					throw failure(request, ex);
				}
			}
			// another instance sharing the store rotated the refresh token first (use its
			// result), or the configured refresh token replaced the rejected one
			String tried = refreshTokenOf(load(authentication));
			refreshToken = tried;
			try {
				obtained = authorize(authentication, request);
			}
			catch (OAuth2AuthorizationException again) {
				if (isInvalidGrant(again) && tried != null
						&& Objects.equals(tried, refreshTokenOf(load(authentication)))) {
					this.deadRefreshTokens.add(tried);
				}
				throw failure(request, again);
			}
		}
		OAuth2AccessToken token = obtained.getAccessToken();
		Configured configured = this.configured;
		String next = refreshTokenOf(obtained);
		if (configured != null && configured.refreshToken().equals(refreshToken) && next != null
				&& !next.equals(refreshToken)) {
			// the configured token was exchanged for a new one, so it is spent: never to be
			// put back in the store (only this one is remembered, so the set stays small)
			this.deadRefreshTokens.add(refreshToken);
		}
		if (this.renewing.remove(name)) {
			this.renewed.put(name, token.getTokenValue());
		}
		if (before == null || !before.getAccessToken().getTokenValue().equals(token.getTokenValue())) {
			SoundCloudObservationDocumentation.record(request, SoundCloudObservationDocumentation.Events.TOKEN_OBTAINED);
		}
		return token;
	}

	/**
	 * Put the configured refresh token in place of the stored one that the token endpoint
	 * rejected, when it is another one, for this principal, and not rejected itself: after
	 * the user authorised the application again, the configured token is the newer. Never
	 * while the store holds a refresh token that was not rejected: refresh tokens are
	 * single use, and the stored one is then the newer. Runs under the store's lock.
	 * @return whether the configured refresh token is now in the store
	 */
	private boolean replaceWithConfigured(@Nullable OAuth2AuthorizedClient rejected, String rejectedToken,
			Authentication authentication) {
		Configured configured = this.configured;
		if (configured == null || rejected == null || !configured.principalName().equals(authentication.getName())
				|| configured.refreshToken().equals(rejectedToken)
				|| this.deadRefreshTokens.contains(configured.refreshToken())) {
			return false;
		}
		this.store.saveAuthorizedClient(new OAuth2AuthorizedClient(rejected.getClientRegistration(),
				rejected.getPrincipalName(), expired(rejected.getAccessToken()),
				new OAuth2RefreshToken(configured.refreshToken(), null)), authentication);
		return true;
	}

	private <T> T coordinated(String principalName, HttpRequest request, Supplier<T> work) {
		if (!(this.store instanceof SharedAuthorizedClientService shared)) {
			return work.get();
		}
		try {
			return shared.coordinate(this.registrationId, principalName, work);
		}
		catch (SoundCloudException | OAuth2AuthorizationException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw storeFailure(request, ex);
		}
	}

	private SoundCloudAuthenticationException storeFailure(HttpRequest request, RuntimeException ex) {
		// the cause's message is not repeated: a driver's message may quote the statement
		return new SoundCloudAuthenticationException(0, request.getMethod(), request.getURI(), List.of(),
				"the OAuth 2.1 token store of registration '" + this.registrationId + "' failed ("
						+ ex.getClass().getSimpleName() + "); no valid token was at hand",
				ex);
	}

	private OAuth2AuthorizedClient authorize(Authentication authentication, HttpRequest request) {
		OAuth2AuthorizedClient client = this.manager.authorize(
				OAuth2AuthorizeRequest.withClientRegistrationId(this.registrationId).principal(authentication).build());
		if (client == null) {
			throw new SoundCloudAuthenticationException(0, request.getMethod(), request.getURI(),
					List.of(), "no OAuth 2.1 access token for registration '" + this.registrationId + "' and principal '"
							+ authentication.getName() + "': sign the user in (authorization code), or configure "
							+ "'soundcloud.auth.oauth2.refresh-token' or the client_credentials grant",
					null);
		}
		return client;
	}

	private @Nullable OAuth2AuthorizedClient load(Authentication authentication) {
		return this.store.loadAuthorizedClient(this.registrationId, authentication.getName());
	}

	private boolean isUsable(OAuth2AccessToken token) {
		Instant expiresAt = token.getExpiresAt();
		return expiresAt == null || this.clock.instant().isBefore(expiresAt.minus(SKEW));
	}

	private ReentrantLock lock(String principalName, HttpRequest request) {
		ReentrantLock lock = this.locks.computeIfAbsent(principalName, (name) -> new ReentrantLock());
		try {
			if (lock.tryLock(LOCK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				return lock;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		throw new SoundCloudAuthenticationException(0, request.getMethod(), request.getURI(),
				List.of(), "gave up waiting for another request to obtain an OAuth 2.1 token", null);
	}

	private static @Nullable String refreshTokenOf(@Nullable OAuth2AuthorizedClient client) {
		OAuth2RefreshToken refreshToken = (client != null) ? client.getRefreshToken() : null;
		return (refreshToken != null) ? refreshToken.getTokenValue() : null;
	}

	private static boolean isInvalidGrant(OAuth2AuthorizationException ex) {
		return OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode());
	}

	private SoundCloudAuthenticationException failure(HttpRequest request, OAuth2AuthorizationException ex) {
		OAuth2Error error = ex.getError();
		List<String> messages = (error.getDescription() != null)
				? List.of(error.getErrorCode(), error.getDescription()) : List.of(error.getErrorCode());
		return new SoundCloudAuthenticationException(TokenEndpointException.statusOf(ex), request.getMethod(),
				request.getURI(), messages,
				"the OAuth 2.1 token endpoint refused to issue an access token for registration '"
						+ this.registrationId + "'",
				ex);
	}

	/**
	 * The refresh token the application is configured with, and the principal it is for.
	 * @param principalName the principal
	 * @param refreshToken the configured refresh token
	 */
	record Configured(String principalName, String refreshToken) {

		@Override
		public String toString() {
			return "Configured[" + this.principalName + "]";
		}

	}

	private static OAuth2AccessToken expired(OAuth2AccessToken token) {
		// keeps the value, so a concurrent renew can still recognise it, but forces a refresh
		return new OAuth2AccessToken(token.getTokenType(), token.getTokenValue(), Instant.EPOCH,
				Instant.EPOCH.plusSeconds(1), token.getScopes());
	}

}
