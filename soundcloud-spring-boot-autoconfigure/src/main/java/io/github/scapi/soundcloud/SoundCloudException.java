package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

/**
 * Root of every failure raised by the SoundCloud client. Each instance names the HTTP
 * method, the request URL with its secrets redacted, the HTTP status (0 when no response
 * was received) and the messages the API gave, so that a log line alone explains what
 * went wrong. The message, the URL and the API's messages have line breaks and control
 * characters escaped ({@link ControlCharacters}), so a server cannot forge log lines.
 *
 * @author scapi contributors
 */
public abstract class SoundCloudException extends RuntimeException {

	private final int status;

	private final HttpMethod method;

	private final String url;

	private final List<String> apiMessages;

	/**
	 * Create an exception.
	 * @param status the HTTP status, or 0 when no response was received
	 * @param method the HTTP method of the failed request
	 * @param url the request URL, redacted by the exception; {@code null} when there is none
	 * @param apiMessages the messages of the API's error body (may be empty)
	 * @param detail what went wrong, appended to the message
	 * @param cause the underlying cause, if any
	 */
	protected SoundCloudException(int status, HttpMethod method, @Nullable URI url, List<String> apiMessages,
			String detail, @Nullable Throwable cause) {
		this(status, method, (url != null) ? UrlRedactor.redact(url) : "", apiMessages, detail, cause);
	}

	private SoundCloudException(int status, HttpMethod method, String redactedUrl, List<String> apiMessages, String detail,
			@Nullable Throwable cause) {
		super(describe(status, method, redactedUrl, apiMessages, detail), cause);
		this.status = status;
		this.method = method;
		this.url = ControlCharacters.escape(redactedUrl);
		this.apiMessages = apiMessages.stream().map(ControlCharacters::escape).toList();
	}

	private static String describe(int status, HttpMethod method, String url, List<String> apiMessages,
			String detail) {
		StringBuilder message = new StringBuilder().append(method.name());
		if (!url.isEmpty()) {
			message.append(' ').append(url);
		}
		message.append(": ");
		message.append(detail);
		if (!apiMessages.isEmpty()) {
			message.append(" (").append(String.join("; ", apiMessages)).append(')');
		}
		// servers supply the messages, and sometimes parts of the URL and the detail: one
		// failure must stay one line in a log, whatever they contain
		return ControlCharacters.escape(message.toString());
	}

	/**
	 * Return the HTTP status of the response.
	 * @return the status code, or 0 when the request failed before a response arrived
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Return the HTTP method of the failed request.
	 * @return the method
	 */
	public HttpMethod getMethod() {
		return this.method;
	}

	/**
	 * Return the URL of the failed request with credentials and signatures redacted.
	 * @return the redacted URL, empty when the failure concerns no URL
	 */
	public String getUrl() {
		return this.url;
	}

	/**
	 * Return the messages of the API's error body, in the order given, with line breaks and
	 * control characters escaped.
	 * @return the messages, empty when the body carried none
	 */
	public List<String> getApiMessages() {
		return this.apiMessages;
	}

}
