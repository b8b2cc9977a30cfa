package io.github.scapi.soundcloud.auth.oauth2;

import java.util.function.Supplier;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * An {@link OAuth2AuthorizedClientService} that several instances of an application share,
 * and that makes them take turns at the token endpoint. SoundCloud counts tokens per app, not
 * per instance, and its refresh tokens are single use: when every instance obtained or
 * refreshed a token on its own, N instances would spend N tokens at every start and every
 * expiry, and all but one refresh would be rejected.
 * <p>
 * {@link OAuth2Authenticator} runs everything that may lead to a token request, and its
 * renewal after a 401, inside {@link #coordinate}, so that the first instance obtains the
 * token and the others find it in the store.
 *
 * @author scapi contributors
 * @see io.github.scapi.soundcloud.jdbc.JdbcTokenStore
 */
public interface SharedAuthorizedClientService extends OAuth2AuthorizedClientService {

	/**
	 * Run {@code work} while holding the lock that every instance sharing this store takes
	 * for the same client registration and principal. Reads of the store made by
	 * {@code work} see what other instances saved, not a local copy. Reads made outside it
	 * may answer from a local copy, even one that holds a token the API has since
	 * rejected: the authenticator does not send that token again, and reads under the lock
	 * instead.
	 * @param <T> the result type
	 * @param clientRegistrationId the client registration
	 * @param principalName the principal the token is for
	 * @param work what to do while holding the lock
	 * @return what {@code work} returned
	 * @throws RuntimeException when the lock cannot be had in bounded time or the store
	 * cannot be reached; {@code work} has not run then
	 */
	<T> T coordinate(String clientRegistrationId, String principalName, Supplier<T> work);

	/**
	 * Called just before a request to the token endpoint. Throwing refuses it: a
	 * {@link io.github.scapi.soundcloud.RateLimitedException} with the time a token budget
	 * frees up is what callers expect.
	 * @param registration the client the token is for
	 * @param grantType the grant the request uses
	 */
	default void beforeTokenRequest(ClientRegistration registration, AuthorizationGrantType grantType) {
	}

	/**
	 * Called when the token endpoint issued a token.
	 * @param registration the client the token is for
	 * @param grantType the grant the request used
	 */
	default void tokenObtained(ClientRegistration registration, AuthorizationGrantType grantType) {
	}

}
