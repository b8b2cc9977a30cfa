package io.github.scapi.soundcloud.test.internal;

import java.util.Map;

/**
 * Errors of the OAuth 2 endpoints: SoundCloud's error body whose {@code message} is the
 * RFC 6749 error code, plus the standard {@code error} and {@code error_description} that
 * OAuth clients such as Spring Security read.
 */
final class OAuth2Errors {

	private OAuth2Errors() {
	}

	static ApiResponse response(int status, String error, String description) {
		Map<String, Object> body = ApiErrors.body(status, error, ApiErrors.AUTH_LINK);
		body.put("error", error);
		body.put("error_description", description);
		return new ApiResponse(status, body, ApiResponse.JSON, Map.of("Cache-Control", "no-store"));
	}

	static ApiResponse invalidRequest(String description) {
		return response(400, "invalid_request", description);
	}

	static ApiResponse invalidGrant(String description) {
		return response(400, "invalid_grant", description);
	}

	static ApiResponse invalidClient(String description) {
		return response(401, "invalid_client", description).withHeader("WWW-Authenticate", "Basic realm=\"SoundCloud\"");
	}

}
