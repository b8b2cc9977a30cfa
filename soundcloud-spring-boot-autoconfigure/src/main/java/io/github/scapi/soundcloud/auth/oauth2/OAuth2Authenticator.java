package io.github.scapi.soundcloud.auth.oauth2;

import java.time.Clock;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * Sends OAuth 2.1 access tokens obtained through Spring Security's
 * {@link OAuth2AuthorizedClientManager}, as {@code Authorization: OAuth <token>} (SoundCloud
 * documents the {@code OAuth} scheme, not {@code Bearer}).
 *
 * <p>Tokens are cached in the {@link OAuth2AuthorizedClientService} and reused until shortly
 * before they expire; a valid cached token is used without any locking. SoundCloud's refresh
 * tokens are single use, so two concurrent refreshes would make one of them fail: obtaining
 * a token is serialised per principal, and a caller that waited finds the fresh token in the
 * store instead of refreshing again. When the token endpoint rejects a refresh token, the
 * store is read once more in case another instance sharing it has rotated the token; a
 * refresh token that stays rejected is remembered and not sent again.
 *
 * <p>After a 401 the token is renewed, but a client-credentials token that was itself
 * obtained by such a renewal less than a minute ago is not: a 401 that a brand-new token
 * also gets is not about expiry, and SoundCloud allows only 50 client-credentials tokens per
 * app in 12 hours.
 *
 * @author scapi contributors
 */
public final class OAuth2Authenticator implements SoundCloudAuthenticator {

	private final String registrationId;

	private final Supplier<Authentication> principal;

	// made for the first request (see OAuth2Tokens)
	private final SingletonSupplier<OAuth2Tokens> tokens;

	private volatile OAuth2Tokens.@Nullable Configured configuredRefreshToken;

	/**
	 * Create an authenticator.
	 * @param manager obtains, caches and refreshes tokens
	 * @param store where the manager keeps authorized clients
	 * @param registrationId the id of the SoundCloud client registration
	 * @param principal who the token is for: a fixed principal for headless clients, the
	 * signed-in user for web apps
	 */
	public OAuth2Authenticator(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService store,
			String registrationId, Supplier<Authentication> principal) {
		this(manager, store, registrationId, principal, Clock.systemUTC());
	}

	OAuth2Authenticator(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService store,
			String registrationId, Supplier<Authentication> principal, Clock clock) {
		Assert.notNull(manager, "'manager' must not be null");
		Assert.notNull(store, "'store' must not be null");
		Assert.hasText(registrationId, "'registrationId' must not be empty");
		Assert.notNull(principal, "'principal' must not be null");
		this.registrationId = registrationId;
		this.principal = principal;
		this.tokens = SingletonSupplier
			.of(() -> new OAuth2Tokens(manager, store, registrationId, clock, this.configuredRefreshToken));
	}

	/**
	 * Set the refresh token the application is configured with, for one principal: the
	 * store's own refresh token stays in use while the token endpoint takes it (refresh
	 * tokens rotate, so the stored one is the newer), and the configured one replaces it
	 * when it is rejected ({@code invalid_grant}) and the store holds nothing newer, as
	 * after the user authorised the application again. A configured token the endpoint
	 * rejected too is not sent again. To be called before the first request.
	 * @param principalName the principal the refresh token was issued for
	 * @param refreshToken the configured refresh token
	 */
	public void setConfiguredRefreshToken(String principalName, String refreshToken) {
		Assert.hasText(principalName, "'principalName' must not be empty");
		Assert.hasText(refreshToken, "'refreshToken' must not be empty");
		this.configuredRefreshToken = new OAuth2Tokens.Configured(principalName, refreshToken);
	}

	@Override
	public void authenticate(HttpRequest request) {
		this.tokens.obtain().authenticate(request, this.principal.get());
	}

	/**
	 * The principal is read when an operation starts, on the caller's thread, and kept for
	 * every request made on its behalf: pages fetched ahead on another thread, or after the
	 * web request that started a walk has ended, carry the same user's token, never the
	 * headless principal's or another user's.
	 */
	@Override
	public SoundCloudAuthenticator forCurrentCaller() {
		return new Bound(this.principal.get());
	}

	@Override
	public boolean renew(HttpRequest rejected) {
		return this.tokens.obtain().renew(rejected, this.principal.get());
	}

	@Override
	public SoundCloudAuthType type() {
		return SoundCloudAuthType.OAUTH2;
	}

	@Override
	public String toString() {
		return "SoundCloudAuthenticator[oauth2, registration=" + this.registrationId + "]";
	}

	/**
	 * This authenticator for one principal, captured when an operation started; tokens,
	 * locks and renewals are shared with it.
	 */
	private final class Bound implements SoundCloudAuthenticator {

		private final Authentication authentication;

		Bound(Authentication authentication) {
			this.authentication = authentication;
		}

		@Override
		public void authenticate(HttpRequest request) {
			OAuth2Authenticator.this.tokens.obtain().authenticate(request, this.authentication);
		}

		@Override
		public boolean renew(HttpRequest rejected) {
			return OAuth2Authenticator.this.tokens.obtain().renew(rejected, this.authentication);
		}

		@Override
		public SoundCloudAuthenticator forCurrentCaller() {
			return this;
		}

		@Override
		public SoundCloudAuthType type() {
			return SoundCloudAuthType.OAUTH2;
		}

		@Override
		public String toString() {
			return OAuth2Authenticator.this.toString();
		}

	}

}
