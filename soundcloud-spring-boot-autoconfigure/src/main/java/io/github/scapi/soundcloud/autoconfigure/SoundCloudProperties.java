package io.github.scapi.soundcloud.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

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

	public Api getApi() {
		return this.api;
	}

	public Auth getAuth() {
		return this.auth;
	}

	public Http getHttp() {
		return this.http;
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
		 * absent: a token means 'token', nothing means 'none'.
		 */
		private @Nullable SoundCloudAuthType type;

		private final Token token = new Token();

		public @Nullable SoundCloudAuthType getType() {
			return this.type;
		}

		public void setType(@Nullable SoundCloudAuthType type) {
			this.type = type;
		}

		public Token getToken() {
			return this.token;
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
		 * Read timeout for API requests. Falls back to 'spring.http.clients.read-timeout'.
		 */
		private @Nullable Duration readTimeout;

		/**
		 * User-Agent header sent with every request. Defaults to the library's name and
		 * version.
		 */
		private @Nullable String userAgent;

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

}
