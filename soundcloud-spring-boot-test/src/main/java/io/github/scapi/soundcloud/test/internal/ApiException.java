package io.github.scapi.soundcloud.test.internal;

/**
 * Ends a request with an error status; the router turns it into a SoundCloud error body.
 */
final class ApiException extends RuntimeException {

	private final int status;

	ApiException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	static ApiException badRequest(String message) {
		return new ApiException(400, message);
	}

	static ApiException forbidden(String message) {
		return new ApiException(403, message);
	}

	static ApiException unprocessable(String message) {
		return new ApiException(422, message);
	}

	static ApiException notFound() {
		return new ApiException(404, ApiErrors.statusLine(404));
	}

	int status() {
		return this.status;
	}

}
