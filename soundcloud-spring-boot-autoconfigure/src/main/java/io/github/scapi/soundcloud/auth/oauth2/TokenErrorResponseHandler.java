package io.github.scapi.soundcloud.auth.oauth2;

import java.io.IOException;
import java.net.URI;

import io.github.scapi.soundcloud.ControlCharacters;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Reads the token endpoint's error responses. RFC 6749 §5.2 answers a failed token request
 * with 400, or 401 when client authentication failed, and a JSON body with {@code error},
 * {@code error_description} and {@code error_uri}; both statuses keep the server's error
 * code and description (Spring Security's handler reads only 400 bodies, so a refused
 * client's {@code invalid_client} was lost). What the server wrote is escaped, since it ends
 * up in exception messages and logs. Other answers become {@code invalid_token_response}.
 * Every failure carries the status.
 */
final class TokenErrorResponseHandler implements ResponseErrorHandler {

	/** The most of an error body that is read; OAuth error bodies are a few hundred bytes. */
	private static final int MAX_BODY = 16 * 1024;

	private static final int MAX_TEXT = 200;

	@Override
	public boolean hasError(ClientHttpResponse response) throws IOException {
		return response.getStatusCode().isError();
	}

	@Override
	public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		OAuth2Error error = (status == 400 || status == 401) ? read(response.getBody().readNBytes(MAX_BODY)) : null;
		if (error == null) {
			error = new OAuth2Error("invalid_token_response",
					"The token endpoint answered " + status + " without an OAuth 2.0 error response", null);
		}
		throw new TokenEndpointException(error, status);
	}

	private static @Nullable OAuth2Error read(byte[] body) {
		JsonNode json;
		try {
			json = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
		String code = text(json, "error");
		if (json == null || code == null) {
			return null;
		}
		return new OAuth2Error(code, text(json, "error_description"), text(json, "error_uri"));
	}

	private static @Nullable String text(@Nullable JsonNode json, String field) {
		JsonNode node = (json != null && json.isObject()) ? json.get(field) : null;
		if (node == null || !node.isString() || node.asString().isBlank()) {
			return null;
		}
		String text = node.asString().strip();
		text = (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT - 1) + "…";
		return ControlCharacters.escape(text);
	}

}
