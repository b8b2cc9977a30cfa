package io.github.scapi.soundcloud.auth.oauth2;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.SoundCloudAuthenticationException;
import io.github.scapi.soundcloud.UrlRedactor;
import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;

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
import org.springframework.util.Assert;

/**
 * Sends OAuth 2.1 access tokens obtained through Spring Security's
 * {@link OAuth2AuthorizedClientManager}, as {@code Authorization: OAuth <token>} (SoundCloud
 * documents the {@code OAuth} scheme, not {@code Bearer}).
 *
 * <p>Tokens are cached in the {@link OAuth2AuthorizedClientService} and reused until shortly
 * before they expire. SoundCloud's refresh tokens are single use, so two concurrent
 * refreshes would make one of them fail: authorization is serialised per client and
 * principal, and a caller that waited finds the fresh token in the store instead of
 * refreshing again. When the token endpoint rejects a refresh token that another instance
 * sharing the store has just rotated, the store is read once more before giving up.
 *
 * @author scapi contributors
 */
public final class OAuth2Authenticator implements SoundCloudAuthenticator {

	private static final String SCHEME = "OAuth ";

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizedClientService store;

	private final String registrationId;

	private final Supplier<Authentication> principal;

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	/**
	 * Create an authenticator.
	 * @param manager obtains, caches and refreshes tokens
	 * @param store where the manager keeps authorized clients; read to renew tokens
	 * @param registrationId the id of the SoundCloud client registration
	 * @param principal who the token is for: a fixed principal for headless clients, the
	 * signed-in user for web apps
	 */
	public OAuth2Authenticator(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService store,
			String registrationId, Supplier<Authentication> principal) {
		Assert.notNull(manager, "'manager' must not be null");
		Assert.notNull(store, "'store' must not be null");
		Assert.hasText(registrationId, "'registrationId' must not be empty");
		Assert.notNull(principal, "'principal' must not be null");
		this.manager = manager;
		this.store = store;
		this.registrationId = registrationId;
		this.principal = principal;
	}

	@Override
	public void authenticate(HttpRequest request) {
		OAuth2AccessToken token = accessToken(request);
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, SCHEME + token.getTokenValue());
	}

	@Override
	public boolean renew(HttpRequest rejected) {
		String sent = rejected.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
		Authentication authentication = this.principal.get();
		ReentrantLock lock = lockFor(authentication);
		lock.lock();
		try {
			OAuth2AuthorizedClient current = this.store.loadAuthorizedClient(this.registrationId,
					authentication.getName());
			if (current == null) {
				return true;
			}
			if (!(SCHEME + current.getAccessToken().getTokenValue()).equals(sent)) {
				// another caller renewed the token after this request was sent
				return true;
			}
			if (current.getRefreshToken() != null) {
				this.store.saveAuthorizedClient(new OAuth2AuthorizedClient(current.getClientRegistration(),
						current.getPrincipalName(), expired(current.getAccessToken()), current.getRefreshToken()),
						authentication);
			}
			else {
				this.store.removeAuthorizedClient(this.registrationId, authentication.getName());
			}
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	private OAuth2AccessToken accessToken(HttpRequest request) {
		Authentication authentication = this.principal.get();
		ReentrantLock lock = lockFor(authentication);
		lock.lock();
		try {
			try {
				return authorize(authentication, request);
			}
			catch (OAuth2AuthorizationException ex) {
				if (!isInvalidGrant(ex)) {
					throw failure(request, ex);
				}
				// the refresh token may have been rotated by another instance sharing the store:
				// the manager reads the store again, so one more attempt uses the new one
				try {
					return authorize(authentication, request);
				}
				catch (OAuth2AuthorizationException again) {
					throw failure(request, again);
				}
			}
		}
		finally {
			lock.unlock();
		}
	}

	private OAuth2AccessToken authorize(Authentication authentication, HttpRequest request) {
		OAuth2AuthorizedClient client = this.manager.authorize(
				OAuth2AuthorizeRequest.withClientRegistrationId(this.registrationId).principal(authentication).build());
		if (client == null) {
			throw new SoundCloudAuthenticationException(0, request.getMethod(), UrlRedactor.redact(request.getURI()),
					List.of(), "no OAuth 2.1 access token for registration '" + this.registrationId + "' and principal '"
							+ authentication.getName() + "': sign the user in (authorization code), or configure "
							+ "'soundcloud.auth.oauth2.refresh-token' or the client_credentials grant",
					null);
		}
		return client.getAccessToken();
	}

	private ReentrantLock lockFor(Authentication authentication) {
		return this.locks.computeIfAbsent(authentication.getName(), (name) -> new ReentrantLock());
	}

	private static boolean isInvalidGrant(OAuth2AuthorizationException ex) {
		return OAuth2ErrorCodes.INVALID_GRANT.equals(ex.getError().getErrorCode());
	}

	private SoundCloudAuthenticationException failure(HttpRequest request, OAuth2AuthorizationException ex) {
		OAuth2Error error = ex.getError();
		List<String> messages = (error.getDescription() != null)
				? List.of(error.getErrorCode(), error.getDescription()) : List.of(error.getErrorCode());
		return new SoundCloudAuthenticationException(0, request.getMethod(), UrlRedactor.redact(request.getURI()),
				messages, "the OAuth 2.1 token endpoint refused to issue an access token for registration '"
						+ this.registrationId + "'",
				ex);
	}

	private static OAuth2AccessToken expired(OAuth2AccessToken token) {
		// keeps the value, so a concurrent renew can still recognise it, but forces a refresh
		return new OAuth2AccessToken(token.getTokenType(), token.getTokenValue(), Instant.EPOCH,
				Instant.EPOCH.plusSeconds(1), token.getScopes());
	}

	@Override
	public SoundCloudAuthType type() {
		return SoundCloudAuthType.OAUTH2;
	}

	@Override
	public String toString() {
		return "SoundCloudAuthenticator[oauth2, registration=" + this.registrationId + "]";
	}

}
