package io.github.scapi.soundcloud.autoconfigure;

import java.net.URI;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Authenticator;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Credentials;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Endpoints;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@code soundcloud.auth.oauth1.*} into the OAuth 1.0a authenticator and the
 * three-legged flow's endpoints.
 */
final class OAuth1Support {

	private OAuth1Support() {
	}

	static SoundCloudAuthenticator authenticator(SoundCloudConnectionDetails.OAuth1 credentials) {
		return new OAuth1Authenticator(credentials(credentials));
	}

	static OAuth1Credentials credentials(SoundCloudConnectionDetails.OAuth1 credentials) {
		OAuth1Credentials consumer = OAuth1Credentials.of(credentials.consumerKey(), credentials.consumerSecret());
		String token = credentials.token();
		String tokenSecret = credentials.tokenSecret();
		return (token != null && tokenSecret != null) ? consumer.withToken(token, tokenSecret) : consumer;
	}

	static OAuth1Credentials credentials(SoundCloudProperties.Auth.OAuth1 properties) {
		OAuth1Credentials consumer = OAuth1Credentials.of(properties.getConsumerKey().strip(),
				properties.getConsumerSecret().strip());
		if (AuthenticationSettings.isSet(properties.getToken())) {
			return consumer.withToken(properties.getToken().strip(), properties.getTokenSecret().strip());
		}
		return consumer;
	}

	/**
	 * The flow's endpoints: each one configured, or derived from the API's base URL as scapi
	 * did.
	 */
	static OAuth1Endpoints endpoints(SoundCloudProperties.Auth.OAuth1 properties, URI apiBaseUrl) {
		OAuth1Endpoints derived = OAuth1Endpoints.derivedFrom(apiBaseUrl);
		return new OAuth1Endpoints(
				url("soundcloud.auth.oauth1.request-token-url", properties.getRequestTokenUrl(),
						derived.requestTokenUrl()),
				url("soundcloud.auth.oauth1.access-token-url", properties.getAccessTokenUrl(), derived.accessTokenUrl()),
				url("soundcloud.auth.oauth1.authorize-url", properties.getAuthorizeUrl(), derived.authorizeUrl()));
	}

	private static URI url(String property, @Nullable String configured, URI derived) {
		if (!AuthenticationSettings.isSet(configured)) {
			return derived;
		}
		try {
			URI uri = new URI(configured.strip());
			if (!uri.isAbsolute() || uri.getHost() == null) {
				throw new IllegalArgumentException("not an absolute URL");
			}
			return uri;
		}
		catch (java.net.URISyntaxException | IllegalArgumentException ex) {
			throw new InvalidSoundCloudPropertyException(property, "is not an absolute URL",
					"set it to an absolute http(s) URL, or remove it to derive it from 'soundcloud.api.base-url'.");
		}
	}

}
