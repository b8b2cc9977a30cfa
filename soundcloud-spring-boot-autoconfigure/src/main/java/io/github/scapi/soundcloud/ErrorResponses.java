package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Turns an unsuccessful response into the matching {@link SoundCloudException}, reading the
 * messages from SoundCloud's JSON error bodies (current {@code {code, message, link}} and
 * older {@code errors[{error_message}]}) and summarising anything else, such as a CDN's
 * HTML page, instead of dumping it.
 */
final class ErrorResponses {

	/** The most of an error body that is read; error bodies are small, pages are not. */
	private static final int MAX_BODY = 64 * 1024;

	private static final int MAX_SUMMARY = 200;

	private static final Pattern HTML_TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private static final DateTimeFormatter LEGACY_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss Z");

	// the connector's, made when first needed
	private final Supplier<JsonMapper> jsonMapper;

	private final Clock clock;

	ErrorResponses(Supplier<JsonMapper> jsonMapper, Clock clock) {
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	SoundCloudException create(HttpMethod method, URI url, int status, HttpHeaders headers, InputStream body)
			throws IOException {
		byte[] bytes = body.readNBytes(MAX_BODY);
		@Nullable JsonNode json = isJson(contentType(headers)) ? parse(bytes) : null;
		List<String> messages = (json != null) ? messages(json) : summary(bytes);
		String detail = status + " " + reason(status);
		return switch (status) {
			case 401 -> new SoundCloudUnauthorizedException(status, method, url, messages, detail, null);
			case 403 -> new SoundCloudForbiddenException(status, method, url, messages, detail, null);
			case 404 -> new SoundCloudNotFoundException(status, method, url, messages, detail, null);
			case 429 -> new RateLimitedException(method, url, messages, resetTime(headers, json), group(json));
			default -> (status >= 500) ? new SoundCloudServerErrorException(status, method, url, messages, detail, null)
					: new SoundCloudClientErrorException(status, method, url, messages, detail, null);
		};
	}

	/**
	 * The response's media type, or {@code null} when there is none or the header is not a
	 * valid media type (a server's mistake, which must not escape as Spring's
	 * {@code InvalidMediaTypeException}).
	 */
	static @Nullable MediaType contentType(HttpHeaders headers) {
		try {
			return headers.getContentType();
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max) + "...";
	}

	/**
	 * Whether a {@code Content-Type} is {@code application/json}, with parameters or none:
	 * what SoundCloud sends, told without parsing a media type for every response.
	 */
	static boolean isPlainJson(String contentType) {
		int length = "application/json".length();
		return contentType.regionMatches(true, 0, "application/json", 0, length)
				&& (contentType.length() == length || contentType.charAt(length) == ';'
						|| contentType.charAt(length) == ' ');
	}

	static boolean isJson(@Nullable MediaType contentType) {
		return contentType != null && (MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
				|| contentType.getSubtype().endsWith("+json"));
	}

	private @Nullable JsonNode parse(byte[] bytes) {
		try {
			return this.jsonMapper.get().readTree(bytes);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static List<String> messages(JsonNode json) {
		List<String> messages = new ArrayList<>();
		addText(messages, json.get("message"));
		JsonNode errors = json.get("errors");
		if (errors != null && errors.isArray()) {
			for (JsonNode error : errors) {
				addText(messages, error.isObject() ? error.get("error_message") : error);
			}
		}
		if (messages.isEmpty()) {
			addText(messages, json.get("error"));
		}
		return messages;
	}

	private static void addText(List<String> messages, @Nullable JsonNode node) {
		if (node != null && node.isString() && !node.asString().isBlank()) {
			String text = abbreviate(node.asString().strip());
			if (!messages.contains(text)) {
				messages.add(text);
			}
		}
	}

	/**
	 * Summarise a body that is not JSON: an HTML page's title, or else the first non-blank
	 * line of text, never more than 200 characters.
	 */
	static List<String> summary(byte[] bytes) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		Matcher title = HTML_TITLE.matcher(text);
		String candidate = title.find() ? title.group(1) : TAG.matcher(text).replaceAll(" ");
		for (String line : candidate.split("\\R")) {
			String stripped = line.strip().replaceAll("\\s+", " ");
			if (!stripped.isEmpty()) {
				return List.of(abbreviate(stripped));
			}
		}
		return List.of();
	}

	private static String abbreviate(String text) {
		return (text.length() <= MAX_SUMMARY) ? text : text.substring(0, MAX_SUMMARY - 1) + "…";
	}

	private @Nullable Instant resetTime(HttpHeaders headers, @Nullable JsonNode json) {
		String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (retryAfter != null && retryAfter.strip().matches("\\d{1,9}")) {
			return this.clock.instant().plusSeconds(Long.parseLong(retryAfter.strip()));
		}
		if (retryAfter != null) {
			try {
				return ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				// neither seconds nor an HTTP date: fall back to the body
			}
		}
		JsonNode reset = (json != null) ? json.findValue("reset_time") : null;
		if (reset != null && reset.isString()) {
			try {
				return ZonedDateTime.parse(reset.asString(), LEGACY_TIME).toInstant();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

	/** The limit's group, from {@code errors[].meta.rate_limit.group} in SoundCloud's 429 body. */
	private static @Nullable String group(@Nullable JsonNode json) {
		JsonNode limit = (json != null) ? json.findValue("rate_limit") : null;
		JsonNode group = (limit != null) ? limit.get("group") : null;
		if (group == null || !group.isString()) {
			return null;
		}
		String name = group.asString().strip();
		// a name goes into messages and metrics: a short word, nothing a server could forge lines with
		return name.matches("[A-Za-z0-9_.-]{1,64}") ? name : null;
	}

	private static String reason(int status) {
		org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
		return (known != null) ? known.getReasonPhrase() : "";
	}

}
