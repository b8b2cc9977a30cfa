package io.github.scapi.soundcloud.test.internal;

import java.util.Map;

/**
 * {@code POST /oauth/token} (RFC 6749 §3.2): the {@code client_credentials},
 * {@code authorization_code} (with PKCE) and {@code refresh_token} grants. Refresh tokens
 * rotate: each works once and its response carries the next one.
 */
final class TokenEndpoint {

	private final FakeCredentials credentials;

	private final TokenStore tokens;

	private final AuthorizationCodes codes;

	TokenEndpoint(FakeCredentials credentials, TokenStore tokens, AuthorizationCodes codes) {
		this.credentials = credentials;
		this.tokens = tokens;
		this.codes = codes;
	}

	ApiResponse handle(ApiRequest request) {
		QueryParams form = QueryParams.parse(request.raw().getBodyAsString());
		ClientAuthentication client = ClientAuthentication.of(request.header("Authorization"), form, this.credentials);
		if (client == null) {
			return OAuth2Errors.invalidClient("unknown client or wrong secret");
		}
		String grantType = form.first("grant_type");
		if (grantType == null) {
			return OAuth2Errors.invalidRequest("grant_type is missing");
		}
		return switch (grantType) {
			case "client_credentials" -> clientCredentials(client);
			case "authorization_code" -> authorizationCode(form, client);
			case "refresh_token" -> refreshToken(form);
			default -> OAuth2Errors.response(400, "unsupported_grant_type", grantType + " is not supported");
		};
	}

	private ApiResponse clientCredentials(ClientAuthentication client) {
		if (!client.confidential()) {
			return OAuth2Errors.invalidClient("client_credentials needs the client secret");
		}
		return tokenResponse(this.tokens.issue(""));
	}

	private ApiResponse refreshToken(QueryParams form) {
		String refreshToken = form.first("refresh_token");
		if (refreshToken == null) {
			return OAuth2Errors.invalidRequest("refresh_token is missing");
		}
		if (!this.tokens.redeem(refreshToken)) {
			return OAuth2Errors.invalidGrant("unknown or already used refresh token");
		}
		return tokenResponse(this.tokens.issue(""));
	}

	private ApiResponse authorizationCode(QueryParams form, ClientAuthentication client) {
		String code = form.first("code");
		if (code == null) {
			return OAuth2Errors.invalidRequest("code is missing");
		}
		AuthorizationCodes.Grant grant = this.codes.redeem(code);
		if (grant == null) {
			return OAuth2Errors.invalidGrant("unknown, expired or already used authorization code");
		}
		if (!grant.clientId().equals(client.clientId())) {
			return OAuth2Errors.invalidGrant("the code was issued to another client");
		}
		if (!grant.redirectUri().equals(form.first("redirect_uri"))) {
			return OAuth2Errors.invalidGrant("redirect_uri differs from the authorization request's");
		}
		String verifier = form.first("code_verifier");
		if (verifier == null) {
			return OAuth2Errors.invalidGrant("code_verifier is missing");
		}
		if (!Pkce.matches(verifier, grant.codeChallenge())) {
			return OAuth2Errors.invalidGrant("code_verifier does not match the code_challenge");
		}
		return tokenResponse(this.tokens.issue(grant.scope()));
	}

	private static ApiResponse tokenResponse(Map<String, Object> body) {
		return ApiResponse.ok(body).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
	}

}
