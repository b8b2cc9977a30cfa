package io.github.scapi.soundcloud.auth;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.util.Assert;

/**
 * Sends a user name and password with HTTP Basic authentication, as scapi's
 * {@code BasicAuthenticator} did. Today's SoundCloud API expects OAuth 2.1; Basic remains
 * for servers that still accept it, such as self-hosted compatible APIs and the embedded
 * fake. The header is encoded once, with UTF-8, by Spring's own support.
 *
 * @author scapi contributors
 */
public final class BasicAuthenticator implements SoundCloudAuthenticator {

	private final String username;

	private final String headerValue;

	/**
	 * Create an authenticator.
	 * @param username the user name; must not contain a colon
	 * @param password the password
	 */
	public BasicAuthenticator(String username, String password) {
		Assert.hasText(username, "'username' must not be empty");
		Assert.isTrue(username.indexOf(':') < 0, "'username' must not contain ':'");
		Assert.notNull(password, "'password' must not be null");
		this.username = username;
		this.headerValue = "Basic " + HttpHeaders.encodeBasicAuth(username, password, StandardCharsets.UTF_8);
	}

	@Override
	public void authenticate(HttpRequest request) {
		request.getHeaders().set(HttpHeaders.AUTHORIZATION, this.headerValue);
	}

	@Override
	public SoundCloudAuthType type() {
		return SoundCloudAuthType.BASIC;
	}

	@Override
	public String toString() {
		return "SoundCloudAuthenticator[basic, username=" + this.username + ", password=***]";
	}

}
