package io.github.scapi.soundcloud.test.internal;

/**
 * The credentials one fake accepts, as collected by the public builder.
 *
 * @param accessToken the static OAuth 2 access token
 * @param clientId the OAuth 2 client id
 * @param clientSecret the OAuth 2 client secret
 * @param username the HTTP Basic user name
 * @param password the HTTP Basic password
 * @param consumerKey the OAuth 1.0a consumer key
 * @param consumerSecret the OAuth 1.0a consumer secret
 * @param oauth1Token the pre-approved OAuth 1.0a access token
 * @param oauth1TokenSecret the secret of the pre-approved OAuth 1.0a access token
 */
public record FakeCredentials(String accessToken, String clientId, String clientSecret, String username,
		String password, String consumerKey, String consumerSecret, String oauth1Token, String oauth1TokenSecret) {

}
