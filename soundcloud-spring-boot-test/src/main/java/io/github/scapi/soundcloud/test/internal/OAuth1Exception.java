package io.github.scapi.soundcloud.test.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An OAuth 1.0a request the fake refuses. The error body's {@code message} (and
 * {@code error}) is the short problem name, e.g. {@code invalid_signature}, so that tests can
 * tell the checks apart; {@code error_description} says more.
 */
final class OAuth1Exception extends RuntimeException {

	private final int status;

	private final String problem;

	private final @Nullable String baseString;

	private OAuth1Exception(int status, String problem, String detail, @Nullable String baseString) {
		super(problem + ": " + detail, null, false, false);
		this.status = status;
		this.problem = problem;
		this.baseString = baseString;
	}

	/**
	 * A malformed request (RFC 5849 §3.2): a missing, duplicated or unreadable parameter,
	 * an unsupported version or signature method.
	 */
	static OAuth1Exception badRequest(String problem, String detail) {
		return new OAuth1Exception(400, problem, detail, null);
	}

	/**
	 * A well-formed request with wrong credentials, signature, timestamp or nonce.
	 */
	static OAuth1Exception unauthorized(String problem, String detail) {
		return new OAuth1Exception(401, problem, detail, null);
	}

	/**
	 * A signature mismatch; the body then shows the base string the fake signed, which is
	 * what a client author needs to find the difference.
	 */
	static OAuth1Exception invalidSignature(String baseString) {
		return new OAuth1Exception(401, "invalid_signature", "the signature does not match the request", baseString);
	}

	String problem() {
		return this.problem;
	}

	ApiResponse toResponse() {
		Map<String, Object> body = ApiErrors.body(this.status, this.problem, ApiErrors.AUTH_LINK);
		body.put("error", this.problem);
		body.put("error_description", getMessage());
		if (this.baseString != null) {
			body.put("signature_base_string", this.baseString);
		}
		ApiResponse response = new ApiResponse(this.status, body, ApiResponse.JSON, Map.of());
		return (this.status == 401) ? response.withHeader("WWW-Authenticate", "OAuth realm=\"SoundCloud\"") : response;
	}

}
