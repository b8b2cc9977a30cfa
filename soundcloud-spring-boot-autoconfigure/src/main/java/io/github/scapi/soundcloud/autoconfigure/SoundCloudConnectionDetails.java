package io.github.scapi.soundcloud.autoconfigure;

import java.net.URI;

import io.github.scapi.soundcloud.auth.oauth1.OAuth1Endpoints;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.Assert;

/**
 * Details of the connection to the SoundCloud API: where the API and its authorization
 * server are, and the credentials the connector sends. The auto-configuration reads the
 * connector's base URL, its credentials and the token endpoints from this bean; by default it
 * is built from {@code soundcloud.api.base-url} and {@code soundcloud.auth.*}. Define a bean
 * of this type to take them from elsewhere: test support does, so that a test talks to a fake
 * whatever {@code application.yml} configures. Everything else ({@code soundcloud.http.*},
 * {@code soundcloud.retry.*}, paging...) stays with the properties.
 *
 * @author scapi contributors
 */
public interface SoundCloudConnectionDetails extends ConnectionDetails {

	/**
	 * SoundCloud's OAuth 2.1 token endpoint.
	 */
	String SOUNDCLOUD_TOKEN_URI = "https://secure.soundcloud.com/oauth/token";

	/**
	 * SoundCloud's OAuth 2.1 authorization endpoint.
	 */
	String SOUNDCLOUD_AUTHORIZATION_URI = "https://secure.soundcloud.com/authorize";

	/**
	 * Return the base URL of the API, such as {@code https://api.soundcloud.com}; a path is
	 * kept in front of every request path.
	 * @return the base URL
	 */
	String getBaseUrl();

	/**
	 * Return the OAuth 2.1 token endpoint, SoundCloud's by default.
	 * @return the token endpoint
	 */
	default String getTokenUri() {
		return SOUNDCLOUD_TOKEN_URI;
	}

	/**
	 * Return the OAuth 2.1 authorization endpoint users are sent to when they sign in,
	 * SoundCloud's by default.
	 * @return the authorization endpoint
	 */
	default String getAuthorizationUri() {
		return SOUNDCLOUD_AUTHORIZATION_URI;
	}

	/**
	 * Return the user-info endpoint read when a user signs in: the API's {@code /me}.
	 * @return the user-info endpoint
	 */
	default String getUserInfoUri() {
		String base = getBaseUrl().strip();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/me";
	}

	/**
	 * Return the endpoints of the OAuth 1.0a three-legged flow, derived from the base URL by
	 * default.
	 * @return the OAuth 1.0a endpoints
	 */
	default OAuth1Endpoints getOAuth1Endpoints() {
		return OAuth1Endpoints.derivedFrom(URI.create(getBaseUrl().strip()));
	}

	/**
	 * Return the credentials the connector sends.
	 * @return the credentials
	 */
	Credentials getCredentials();

	/**
	 * The credentials of one kind. Their {@code toString()} never shows a secret.
	 */
	sealed interface Credentials permits None, AccessToken, Basic, OAuth1, ClientCredentials, RefreshToken,
			Registration {

		/**
		 * Return the credentials the application configures, checked as at startup:
		 * {@code soundcloud.auth.*}, or, when nothing is set there, the Spring Security
		 * client registration named {@code soundcloud} if there is one (requests then act
		 * for the user signed in with it). For a connection details bean that keeps the
		 * configured credentials and changes the endpoints.
		 * @param environment the application's environment
		 * @return the credentials
		 * @throws InvalidSoundCloudPropertyException if the properties are incomplete or
		 * name credentials of several kinds
		 */
		static Credentials configured(Environment environment) {
			Assert.notNull(environment, "'environment' must not be null");
			SoundCloudProperties.Auth auth = Binder.get(environment)
				.bind("soundcloud.auth", SoundCloudProperties.Auth.class)
				.orElseGet(SoundCloudProperties.Auth::new);
			return AuthenticationSettings.credentials(auth, environment);
		}

	}

	/**
	 * No credentials: requests are sent without {@code Authorization}.
	 */
	record None() implements Credentials {

	}

	/**
	 * A static access token, sent as {@code Authorization: OAuth <token>}.
	 *
	 * @param token the bare access token
	 */
	record AccessToken(String token) implements Credentials {

		/**
		 * Create the credentials.
		 * @param token the access token
		 */
		public AccessToken {
			Assert.hasText(token, "'token' must not be empty");
		}

		@Override
		public String toString() {
			return "AccessToken[token=******]";
		}

	}

	/**
	 * HTTP Basic credentials.
	 *
	 * @param username the user name
	 * @param password the password
	 */
	record Basic(String username, String password) implements Credentials {

		/**
		 * Create the credentials.
		 * @param username the user name
		 * @param password the password
		 */
		public Basic {
			Assert.hasText(username, "'username' must not be empty");
			Assert.hasText(password, "'password' must not be empty");
		}

		@Override
		public String toString() {
			return "Basic[username=" + this.username + ", password=******]";
		}

	}

	/**
	 * OAuth 1.0a consumer credentials and, once a user has authorized the application, an
	 * access token.
	 *
	 * @param consumerKey the consumer key
	 * @param consumerSecret the consumer secret
	 * @param token the access token, or {@code null} to use only the three-legged flow
	 * @param tokenSecret the access token's secret, set exactly when the token is
	 */
	record OAuth1(String consumerKey, String consumerSecret, @Nullable String token,
			@Nullable String tokenSecret) implements Credentials {

		/**
		 * Create the credentials.
		 * @param consumerKey the consumer key
		 * @param consumerSecret the consumer secret
		 * @param token the access token, or {@code null}
		 * @param tokenSecret the access token's secret, or {@code null}
		 */
		public OAuth1 {
			Assert.hasText(consumerKey, "'consumerKey' must not be empty");
			Assert.hasText(consumerSecret, "'consumerSecret' must not be empty");
			Assert.isTrue((token == null) == (tokenSecret == null), "'token' and 'tokenSecret' go together");
		}

		@Override
		public String toString() {
			return "OAuth1[consumerKey=" + this.consumerKey + ", consumerSecret=******, token="
					+ ((this.token != null) ? "******" : "none") + "]";
		}

	}

	/**
	 * An OAuth 2.1 client that acts for itself (the {@code client_credentials} grant).
	 *
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 */
	record ClientCredentials(String clientId, String clientSecret) implements Credentials {

		/**
		 * Create the credentials.
		 * @param clientId the client id
		 * @param clientSecret the client secret
		 */
		public ClientCredentials {
			Assert.hasText(clientId, "'clientId' must not be empty");
			Assert.hasText(clientSecret, "'clientSecret' must not be empty");
		}

		@Override
		public String toString() {
			return "ClientCredentials[clientId=" + this.clientId + ", clientSecret=******]";
		}

	}

	/**
	 * An OAuth 2.1 client that acts for the one user whose refresh token it holds.
	 *
	 * @param clientId the client id
	 * @param clientSecret the client secret, or {@code null} for a public client
	 * @param refreshToken the user's refresh token, spent and replaced on first use
	 */
	record RefreshToken(String clientId, @Nullable String clientSecret, String refreshToken) implements Credentials {

		/**
		 * Create the credentials.
		 * @param clientId the client id
		 * @param clientSecret the client secret, or {@code null}
		 * @param refreshToken the refresh token
		 */
		public RefreshToken {
			Assert.hasText(clientId, "'clientId' must not be empty");
			Assert.hasText(refreshToken, "'refreshToken' must not be empty");
		}

		@Override
		public String toString() {
			return "RefreshToken[clientId=" + this.clientId + ", clientSecret=******, refreshToken=******]";
		}

	}

	/**
	 * A Spring Security client registration of the application: requests act for the user
	 * signed in with it, else for the headless principal (with the refresh token, if given).
	 *
	 * @param registrationId the id of the registration
	 * @param refreshToken a refresh token that seeds the headless principal's tokens, or
	 * {@code null}
	 */
	record Registration(String registrationId, @Nullable String refreshToken) implements Credentials {

		/**
		 * Create the credentials.
		 * @param registrationId the registration id
		 * @param refreshToken the refresh token, or {@code null}
		 */
		public Registration {
			Assert.hasText(registrationId, "'registrationId' must not be empty");
		}

		@Override
		public String toString() {
			return "Registration[registrationId=" + this.registrationId + ", refreshToken="
					+ ((this.refreshToken != null) ? "******" : "none") + "]";
		}

	}

}
