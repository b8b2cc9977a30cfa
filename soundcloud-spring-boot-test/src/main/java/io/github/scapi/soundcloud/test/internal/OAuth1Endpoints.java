package io.github.scapi.soundcloud.test.internal;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The OAuth 1.0a provider endpoints of RFC 5849 §2, at scapi's paths:
 * {@code /oauth/request_token}, {@code /oauth/authorize} (approved at once, as if the user had
 * clicked "allow") and {@code /oauth/access_token}.
 */
final class OAuth1Endpoints {

	private final OAuth1Verifier verifier;

	private final OAuth1Tokens tokens;

	OAuth1Endpoints(OAuth1Verifier verifier, OAuth1Tokens tokens) {
		this.verifier = verifier;
		this.tokens = tokens;
	}

	/**
	 * Temporary credentials: signed with the client credentials alone, carrying
	 * {@code oauth_callback}.
	 */
	ApiResponse requestToken(ApiRequest request) {
		OAuth1Request signed = OAuth1Request.of(request);
		this.verifier.verify(signed, OAuth1Verifier.TokenKind.NONE);
		String callback = signed.protocolParameter("oauth_callback");
		if (callback == null || callback.isEmpty()) {
			throw OAuth1Exception.badRequest("parameter_absent", "oauth_callback is missing (use oob without one)");
		}
		if (!"oob".equals(callback) && !isHttpUrl(callback)) {
			throw OAuth1Exception.badRequest("parameter_rejected", "oauth_callback must be an http(s) URL or oob");
		}
		OAuth1Tokens.RequestToken token = this.tokens.createRequestToken(callback);
		return form("oauth_token=" + PercentEncoding.encode(token.token()) + "&oauth_token_secret="
				+ PercentEncoding.encode(token.secret()) + "&oauth_callback_confirmed=true");
	}

	/**
	 * Resource owner authorization: redirects to the callback with {@code oauth_token} and
	 * {@code oauth_verifier}, or shows the verifier for {@code oob}.
	 */
	ApiResponse authorize(ApiRequest request) {
		String token = request.param("oauth_token");
		if (token == null || token.isEmpty()) {
			throw OAuth1Exception.badRequest("parameter_absent", "oauth_token is missing");
		}
		OAuth1Tokens.RequestToken approved = this.tokens.authorize(token);
		String verifier = PercentEncoding.encode(approved.verifier());
		if (approved.isOutOfBand()) {
			return ApiResponse.text(200, ApiResponse.HTML,
					"<!DOCTYPE html>\n<html><head><title>SoundCloud fake: access granted</title></head><body>\n"
							+ "<p>Enter this code in the application: <code id=\"oauth_verifier\">" + verifier
							+ "</code></p>\n</body></html>\n");
		}
		String callback = approved.callback();
		return ApiResponse.redirect(callback + (callback.contains("?") ? "&" : "?") + "oauth_token="
				+ PercentEncoding.encode(approved.token()) + "&oauth_verifier=" + verifier);
	}

	/**
	 * Token credentials: signed with the approved request token, carrying
	 * {@code oauth_verifier}; the request token works once.
	 */
	ApiResponse accessToken(ApiRequest request) {
		OAuth1Request signed = OAuth1Request.of(request);
		String requestToken = this.verifier.verify(signed, OAuth1Verifier.TokenKind.REQUEST);
		OAuth1Tokens.AccessToken access = this.tokens.exchange(requestToken,
				signed.protocolParameter("oauth_verifier"));
		return form("oauth_token=" + PercentEncoding.encode(access.token()) + "&oauth_token_secret="
				+ PercentEncoding.encode(access.secret()));
	}

	private static ApiResponse form(String body) {
		return ApiResponse.text(200, ApiResponse.FORM, body).withHeader("Cache-Control", "no-store");
	}

	private static boolean isHttpUrl(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
