package io.github.scapi.soundcloud.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for the SoundCloud client.
 *
 * @author scapi contributors
 */
@ConfigurationProperties("soundcloud")
public class SoundCloudProperties {

	private final Api api = new Api();

	private final Auth auth = new Auth();

	private final Http http = new Http();

	private final Retry retry = new Retry();

	private final Health health = new Health();

	private final Paging paging = new Paging();

	public Api getApi() {
		return this.api;
	}

	public Auth getAuth() {
		return this.auth;
	}

	public Http getHttp() {
		return this.http;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public Health getHealth() {
		return this.health;
	}

	public Paging getPaging() {
		return this.paging;
	}

	/**
	 * Where the API is and how lists are paged.
	 */
	public static class Api {

		/**
		 * Base URL of the SoundCloud API; a path is kept as a base path in front of every
		 * request path.
		 */
		private String baseUrl = "https://api.soundcloud.com";

		/**
		 * Number of items requested per page when the caller does not choose one, from 1 to
		 * 200.
		 */
		private int pageSize = 50;

		/**
		 * Hosts besides the base URL's that may receive credentials over HTTPS.
		 */
		private List<String> trustedHosts = new ArrayList<>();

		/**
		 * Whether nested scopes of the generic scope API address a resource by itself
		 * ('/tracks/5') rather than through its parents ('/users/1/tracks/5').
		 */
		private boolean collapseScope = true;

		public boolean isCollapseScope() {
			return this.collapseScope;
		}

		public void setCollapseScope(boolean collapseScope) {
			this.collapseScope = collapseScope;
		}

		public String getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(String baseUrl) {
			this.baseUrl = baseUrl;
		}

		public int getPageSize() {
			return this.pageSize;
		}

		public void setPageSize(int pageSize) {
			this.pageSize = pageSize;
		}

		public List<String> getTrustedHosts() {
			return this.trustedHosts;
		}

		public void setTrustedHosts(List<String> trustedHosts) {
			this.trustedHosts = trustedHosts;
		}

	}

	/**
	 * Which credentials requests carry.
	 */
	public static class Auth {

		/**
		 * Kind of credentials to send. Inferred from the credentials that are set when
		 * absent; setting credentials of more than one kind then fails startup.
		 */
		private @Nullable SoundCloudAuthType type;

		private final Token token = new Token();

		private final Basic basic = new Basic();

		private final OAuth1 oauth1 = new OAuth1();

		private final OAuth2 oauth2 = new OAuth2();

		public @Nullable SoundCloudAuthType getType() {
			return this.type;
		}

		public void setType(@Nullable SoundCloudAuthType type) {
			this.type = type;
		}

		public Token getToken() {
			return this.token;
		}

		public Basic getBasic() {
			return this.basic;
		}

		public OAuth1 getOauth1() {
			return this.oauth1;
		}

		public OAuth2 getOauth2() {
			return this.oauth2;
		}

		/**
		 * HTTP Basic credentials.
		 */
		public static class Basic {

			/**
			 * User name for HTTP Basic authentication.
			 */
			private @Nullable String username;

			/**
			 * Password for HTTP Basic authentication.
			 */
			private @Nullable String password;

			public @Nullable String getUsername() {
				return this.username;
			}

			public void setUsername(@Nullable String username) {
				this.username = username;
			}

			public @Nullable String getPassword() {
				return this.password;
			}

			public void setPassword(@Nullable String password) {
				this.password = password;
			}

		}

		/**
		 * OAuth 1.0a credentials and endpoints.
		 */
		public static class OAuth1 {

			/**
			 * Consumer key of the registered application.
			 */
			private @Nullable String consumerKey;

			/**
			 * Consumer secret of the registered application.
			 */
			private @Nullable String consumerSecret;

			/**
			 * Access token, once the user has authorized the application. Without it only
			 * the three-legged flow helper can be used.
			 */
			private @Nullable String token;

			/**
			 * Secret of the access token.
			 */
			private @Nullable String tokenSecret;

			/**
			 * Where request tokens are fetched. Defaults to '<base-url>/oauth/request_token'.
			 */
			private @Nullable String requestTokenUrl;

			/**
			 * Where a request token is exchanged for an access token. Defaults to
			 * '<base-url>/oauth/access_token'.
			 */
			private @Nullable String accessTokenUrl;

			/**
			 * Where users authorize a request token. Defaults to '<base-url>/oauth/authorize'
			 * with a leading 'api.' removed from the host.
			 */
			private @Nullable String authorizeUrl;

			public @Nullable String getConsumerKey() {
				return this.consumerKey;
			}

			public void setConsumerKey(@Nullable String consumerKey) {
				this.consumerKey = consumerKey;
			}

			public @Nullable String getConsumerSecret() {
				return this.consumerSecret;
			}

			public void setConsumerSecret(@Nullable String consumerSecret) {
				this.consumerSecret = consumerSecret;
			}

			public @Nullable String getToken() {
				return this.token;
			}

			public void setToken(@Nullable String token) {
				this.token = token;
			}

			public @Nullable String getTokenSecret() {
				return this.tokenSecret;
			}

			public void setTokenSecret(@Nullable String tokenSecret) {
				this.tokenSecret = tokenSecret;
			}

			public @Nullable String getRequestTokenUrl() {
				return this.requestTokenUrl;
			}

			public void setRequestTokenUrl(@Nullable String requestTokenUrl) {
				this.requestTokenUrl = requestTokenUrl;
			}

			public @Nullable String getAccessTokenUrl() {
				return this.accessTokenUrl;
			}

			public void setAccessTokenUrl(@Nullable String accessTokenUrl) {
				this.accessTokenUrl = accessTokenUrl;
			}

			public @Nullable String getAuthorizeUrl() {
				return this.authorizeUrl;
			}

			public void setAuthorizeUrl(@Nullable String authorizeUrl) {
				this.authorizeUrl = authorizeUrl;
			}

		}

		/**
		 * OAuth 2.1 client, built on Spring Security's OAuth2 client.
		 */
		public static class OAuth2 {

			/**
			 * Id of a Spring Security client registration
			 * ('spring.security.oauth2.client.registration.<id>') to use instead of the other
			 * 'soundcloud.auth.oauth2' properties. Also the id under which tokens are stored,
			 * 'soundcloud' by default, or 'soundcloud-connector' for a client of the
			 * connector's own when users sign in with the registration 'soundcloud'.
			 */
			private @Nullable String registrationId;

			/**
			 * Client id of the registered SoundCloud application.
			 */
			private @Nullable String clientId;

			/**
			 * Client secret of the registered SoundCloud application, sent with HTTP Basic to
			 * the token endpoint.
			 */
			private @Nullable String clientSecret;

			/**
			 * Grant used to obtain tokens: 'client_credentials' for the application itself,
			 * 'authorization_code' for a user. Defaults to 'authorization_code' when a
			 * refresh token is set, else 'client_credentials'.
			 */
			private @Nullable GrantType grantType;

			/**
			 * Token endpoint.
			 */
			private String tokenUri = "https://secure.soundcloud.com/oauth/token";

			/**
			 * Authorization endpoint users are sent to (authorization code grant, PKCE S256).
			 */
			private String authorizationUri = "https://secure.soundcloud.com/authorize";

			/**
			 * Redirect URI registered for the application (authorization code grant).
			 */
			private String redirectUri = "{baseUrl}/login/oauth2/code/{registrationId}";

			/**
			 * Refresh token of a user who authorized the application, for headless use of the
			 * authorization code grant. SoundCloud refresh tokens are single use: each refresh
			 * stores the new one in the authorized client service.
			 */
			private @Nullable String refreshToken;

			public @Nullable String getRegistrationId() {
				return this.registrationId;
			}

			public void setRegistrationId(@Nullable String registrationId) {
				this.registrationId = registrationId;
			}

			public @Nullable String getClientId() {
				return this.clientId;
			}

			public void setClientId(@Nullable String clientId) {
				this.clientId = clientId;
			}

			public @Nullable String getClientSecret() {
				return this.clientSecret;
			}

			public void setClientSecret(@Nullable String clientSecret) {
				this.clientSecret = clientSecret;
			}

			public @Nullable GrantType getGrantType() {
				return this.grantType;
			}

			public void setGrantType(@Nullable GrantType grantType) {
				this.grantType = grantType;
			}

			public String getTokenUri() {
				return this.tokenUri;
			}

			public void setTokenUri(String tokenUri) {
				this.tokenUri = tokenUri;
			}

			public String getAuthorizationUri() {
				return this.authorizationUri;
			}

			public void setAuthorizationUri(String authorizationUri) {
				this.authorizationUri = authorizationUri;
			}

			public String getRedirectUri() {
				return this.redirectUri;
			}

			public void setRedirectUri(String redirectUri) {
				this.redirectUri = redirectUri;
			}

			public @Nullable String getRefreshToken() {
				return this.refreshToken;
			}

			public void setRefreshToken(@Nullable String refreshToken) {
				this.refreshToken = refreshToken;
			}

			/**
			 * OAuth 2.1 grants SoundCloud supports for obtaining tokens.
			 */
			public enum GrantType {

				/**
				 * The application acts for itself, with its client id and secret.
				 */
				CLIENT_CREDENTIALS,

				/**
				 * The application acts for a user who authorized it (with PKCE); headless
				 * clients start from a refresh token.
				 */
				AUTHORIZATION_CODE

			}

			/**
			 * Where tokens are kept: 'memory' for each instance on its own, 'jdbc' for every
			 * instance sharing them in the application's PostgreSQL database, with one token
			 * request at a time across instances (see 'soundcloud.jdbc.*').
			 */
			private TokenStore tokenStore = TokenStore.MEMORY;

			public TokenStore getTokenStore() {
				return this.tokenStore;
			}

			public void setTokenStore(TokenStore tokenStore) {
				this.tokenStore = tokenStore;
			}

			/**
			 * Where OAuth 2.1 tokens are kept.
			 */
			public enum TokenStore {

				/**
				 * In the instance's memory (or the application's own authorized client
				 * service, when it defines one).
				 */
				MEMORY,

				/**
				 * In Spring Security's JDBC store on the application's DataSource, shared by
				 * every instance.
				 */
				JDBC

			}

		}

		/**
		 * A static access token.
		 */
		public static class Token {

			/**
			 * Access token sent as 'Authorization: OAuth <token>'. Tokens expire after about
			 * an hour.
			 */
			private @Nullable String value;

			public @Nullable String getValue() {
				return this.value;
			}

			public void setValue(@Nullable String value) {
				this.value = value;
			}

		}

	}

	/**
	 * HTTP transport settings.
	 */
	public static class Http {

		/**
		 * Connect timeout for API requests. Falls back to 'spring.http.clients.connect-timeout'.
		 */
		private @Nullable Duration connectTimeout;

		/**
		 * Read timeout for API and token requests: the longest wait for the response headers,
		 * then for more of the body. Falls back to 'spring.http.clients.read-timeout'.
		 */
		private @Nullable Duration readTimeout;

		/**
		 * User-Agent header sent with every request. Defaults to the library's name and
		 * version.
		 */
		private @Nullable String userAgent;

		/**
		 * HTTP proxy for API and token requests, as 'http://host:port'. Supported with the
		 * JDK and simple (HttpURLConnection) transports.
		 */
		private @Nullable String proxy;

		/**
		 * Largest JSON response body read, of a resource or a page. A larger body fails with
		 * UnexpectedResponseException and its connection is closed. A full page of 200 tracks
		 * is about 400 KB. Downloads (audio) are not limited.
		 */
		private DataSize maxResponseSize = DataSize.ofMegabytes(4);

		public DataSize getMaxResponseSize() {
			return this.maxResponseSize;
		}

		public void setMaxResponseSize(DataSize maxResponseSize) {
			this.maxResponseSize = maxResponseSize;
		}

		public @Nullable String getProxy() {
			return this.proxy;
		}

		public void setProxy(@Nullable String proxy) {
			this.proxy = proxy;
		}

		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public @Nullable Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(@Nullable Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public @Nullable String getUserAgent() {
			return this.userAgent;
		}

		public void setUserAgent(@Nullable String userAgent) {
			this.userAgent = userAgent;
		}

	}

	/**
	 * Retries of failed requests.
	 */
	public static class Retry {

		/**
		 * Most attempts per request, including the first; 1 disables retries.
		 */
		private int maxAttempts = 3;

		/**
		 * Upper bound of the first, randomly jittered wait between attempts; it doubles for
		 * each further attempt.
		 */
		private Duration initialBackoff = Duration.ofMillis(200);

		/**
		 * Longest wait between two attempts. A 429 asking for a longer wait is not retried.
		 */
		private Duration maxBackoff = Duration.ofSeconds(10);

		/**
		 * Longest time one request may take over all its attempts and waits.
		 */
		private Duration deadline = Duration.ofSeconds(30);

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public Duration getDeadline() {
			return this.deadline;
		}

		public void setDeadline(Duration deadline) {
			this.deadline = deadline;
		}

	}

	/**
	 * The Actuator health indicator, switched on with
	 * {@code management.health.soundcloud.enabled}.
	 */
	public static class Health {

		/**
		 * How long a health check's result is reused before the API is asked again.
		 */
		private Duration cacheDuration = Duration.ofMinutes(1);

		public Duration getCacheDuration() {
			return this.cacheDuration;
		}

		public void setCacheDuration(Duration cacheDuration) {
			this.cacheDuration = cacheDuration;
		}

	}

	/**
	 * Paging of Stream walks.
	 */
	public static class Paging {

		/**
		 * Whether Stream walks fetch the next page in the background while the current one
		 * is consumed (at most two pages held).
		 */
		private boolean prefetch = true;

		/**
		 * Most platform threads that fetch ahead, shared by all walks, from Boot's
		 * ThreadPoolTaskExecutorBuilder; with 'spring.threads.virtual.enabled' (Java 21+) a
		 * virtual thread per fetch is used instead. A bean named 'soundCloudPrefetchExecutor'
		 * replaces both.
		 */
		private int prefetchThreads = 8;

		public boolean isPrefetch() {
			return this.prefetch;
		}

		public void setPrefetch(boolean prefetch) {
			this.prefetch = prefetch;
		}

		public int getPrefetchThreads() {
			return this.prefetchThreads;
		}

		public void setPrefetchThreads(int prefetchThreads) {
			this.prefetchThreads = prefetchThreads;
		}

	}

}
