package io.github.scapi.soundcloud.test.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * {@code POST /oauth/token}: the {@code client_credentials} grant, and the
 * {@code refresh_token} grant for tokens it issued. The client authenticates with HTTP Basic
 * or with {@code client_id} and {@code client_secret} form fields.
 */
final class TokenEndpoint {

	private final FakeSettings settings;

	private final TokenStore tokens;

	TokenEndpoint(FakeSettings settings, TokenStore tokens) {
		this.settings = settings;
		this.tokens = tokens;
	}

	ApiResponse handle(ApiRequest request) {
		QueryParams form = QueryParams.parse(request.raw().getBodyAsString());
		if (!isKnownClient(request.header("Authorization"), form)) {
			return tokenError(401, "invalid_client");
		}
		String grantType = form.first("grant_type");
		if ("client_credentials".equals(grantType)) {
			return ApiResponse.ok(this.tokens.issue());
		}
		if ("refresh_token".equals(grantType)) {
			String refreshToken = form.first("refresh_token");
			return (refreshToken != null && this.tokens.redeem(refreshToken)) ? ApiResponse.ok(this.tokens.issue())
					: tokenError(400, "invalid_grant");
		}
		return tokenError(400, "unsupported_grant");
	}

	private boolean isKnownClient(@Nullable String authorization, QueryParams form) {
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String decoded = decodeBasic(authorization.substring(6).strip());
			int colon = (decoded != null) ? decoded.indexOf(':') : -1;
			return colon >= 0 && matches(decoded.substring(0, colon), decoded.substring(colon + 1));
		}
		String id = form.first("client_id");
		String secret = form.first("client_secret");
		return id != null && secret != null && matches(id, secret);
	}

	/**
	 * RFC 6749 form-encodes both parts before Base64; some clients skip that, so accept both.
	 */
	private boolean matches(String id, String secret) {
		return (this.settings.clientId().equals(id) || this.settings.clientId().equals(formDecode(id)))
				&& (this.settings.clientSecret().equals(secret)
						|| this.settings.clientSecret().equals(formDecode(secret)));
	}

	private static @Nullable String decodeBasic(String encoded) {
		try {
			return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String formDecode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return text;
		}
	}

	private static ApiResponse tokenError(int status, String message) {
		return new ApiResponse(status, ApiErrors.body(status, message, ApiErrors.AUTH_LINK), Map.of());
	}

}
