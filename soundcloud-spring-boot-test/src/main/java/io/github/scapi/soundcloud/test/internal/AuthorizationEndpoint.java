package io.github.scapi.soundcloud.test.internal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * {@code GET /authorize}, SoundCloud's {@code https://secure.soundcloud.com/authorize}: the
 * authorization code request of OAuth 2.1 with PKCE {@code S256}, approved at once as if the
 * user had clicked "connect", answered by a 302 to the redirect URI with {@code code} and
 * {@code state}. Bad requests get a 400 instead of a redirect.
 */
final class AuthorizationEndpoint {

	private final FakeCredentials credentials;

	private final AuthorizationCodes codes;

	AuthorizationEndpoint(FakeCredentials credentials, AuthorizationCodes codes) {
		this.credentials = credentials;
		this.codes = codes;
	}

	ApiResponse handle(ApiRequest request) {
		String clientId = request.param("client_id");
		if (!this.credentials.clientId().equals(clientId)) {
			return OAuth2Errors.response(400, "invalid_client", "unknown client_id " + clientId);
		}
		String redirectUri = request.param("redirect_uri");
		if (redirectUri == null || !isValidRedirect(redirectUri)) {
			return OAuth2Errors.invalidRequest("redirect_uri must be an absolute URI without a fragment");
		}
		if (!"code".equals(request.param("response_type"))) {
			return OAuth2Errors.response(400, "unsupported_response_type", "response_type must be code");
		}
		String challenge = request.param("code_challenge");
		if (challenge == null) {
			return OAuth2Errors.invalidRequest("code_challenge is required (PKCE)");
		}
		if (!Pkce.S256.equals(request.param("code_challenge_method"))) {
			return OAuth2Errors.invalidRequest("code_challenge_method must be S256");
		}
		if (!Pkce.isValidChallenge(challenge)) {
			return OAuth2Errors.invalidRequest("code_challenge must be 43 base64url characters");
		}
		String scope = request.param("scope");
		String code = this.codes.issue(clientId, redirectUri, challenge, (scope != null) ? scope : "");
		StringBuilder location = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?')
			.append("code=")
			.append(PercentEncoding.encode(code));
		String state = request.param("state");
		if (state != null) {
			location.append("&state=").append(PercentEncoding.encode(state));
		}
		return ApiResponse.redirect(location.toString());
	}

	private static boolean isValidRedirect(String uri) {
		try {
			URI parsed = new URI(uri);
			return parsed.isAbsolute() && parsed.getRawFragment() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
