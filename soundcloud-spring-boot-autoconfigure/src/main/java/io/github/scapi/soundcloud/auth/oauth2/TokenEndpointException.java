package io.github.scapi.soundcloud.auth.oauth2;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The token endpoint answered with an error status; carries that status, which Spring
 * Security's exception does not, so that the failure reported to the application can.
 */
final class TokenEndpointException extends OAuth2AuthorizationException {

	private final int status;

	TokenEndpointException(OAuth2Error error, int status) {
		super(error);
		this.status = status;
	}

	int getStatus() {
		return this.status;
	}

	/**
	 * The token endpoint's status in a failure's causes, 0 when none carries one.
	 */
	static int statusOf(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TokenEndpointException tokenEndpoint) {
				return tokenEndpoint.getStatus();
			}
		}
		return 0;
	}

}
