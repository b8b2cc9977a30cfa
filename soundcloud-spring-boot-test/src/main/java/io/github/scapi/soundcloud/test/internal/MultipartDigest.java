package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A multipart body reduced to what the fake needs: each text field with its value and each
 * file with its name, content type and size, in the order sent. {@link MultipartDigestFilter}
 * puts it in place of the body, so that uploads do not stay in WireMock's request journal.
 */
final class MultipartDigest {

	static final String MARKER = "soundcloud-fake-multipart-digest";

	private static final byte[] PREFIX = ("{\"" + MARKER + "\"").getBytes(StandardCharsets.US_ASCII);

	private MultipartDigest() {
	}

	/**
	 * Reads the parts of a multipart request into name-value pairs, values being strings or
	 * {@link FormFile}s.
	 */
	static List<Map.Entry<String, Object>> pairs(Collection<Request.Part> parts) {
		List<Map.Entry<String, Object>> pairs = new ArrayList<>();
		for (Request.Part part : parts) {
			String contentType = contentType(part);
			byte[] bytes = part.getBody().asBytes();
			bytes = (bytes != null) ? bytes : new byte[0];
			String filename = part.getFileName();
			Object value = (filename != null) ? new FormFile(part.getName(), filename, contentType, bytes.length)
					: new String(bytes, charset(contentType));
			pairs.add(new SimpleImmutableEntry<>(part.getName(), value));
		}
		return pairs;
	}

	/**
	 * Encodes the digest.
	 * @param bodyHash the OAuth 1.0a body hash of the original body, kept when the request
	 * asks for one to be checked, else {@code null}
	 */
	static byte[] encode(List<Map.Entry<String, Object>> pairs, @Nullable String bodyHash) {
		List<Map<String, @Nullable Object>> items = new ArrayList<>();
		for (Map.Entry<String, Object> pair : pairs) {
			Map<String, @Nullable Object> item = new LinkedHashMap<>();
			item.put("name", pair.getKey());
			if (pair.getValue() instanceof FormFile file) {
				item.put("filename", file.filename());
				item.put("content_type", file.contentType());
				item.put("size", file.size());
			}
			else {
				item.put("value", pair.getValue());
			}
			items.add(item);
		}
		Map<String, Object> digest = new LinkedHashMap<>();
		digest.put(MARKER, items);
		if (bodyHash != null) {
			digest.put("oauth_body_hash", bodyHash);
		}
		return Json.write(digest);
	}

	/**
	 * Returns the body hash of the original body, if the digest kept one.
	 */
	static @Nullable String bodyHash(byte[] digest) {
		JsonNode hash = Json.read(digest).get("oauth_body_hash");
		return (hash != null) ? hash.asString() : null;
	}

	static boolean isDigest(byte[] body) {
		if (body.length < PREFIX.length) {
			return false;
		}
		for (int i = 0; i < PREFIX.length; i++) {
			if (body[i] != PREFIX[i]) {
				return false;
			}
		}
		return true;
	}

	static List<Map.Entry<String, Object>> decode(byte[] body) {
		List<Map.Entry<String, Object>> pairs = new ArrayList<>();
		for (JsonNode item : Json.read(body).path(MARKER)) {
			String name = item.path("name").asString();
			if (item.has("size")) {
				pairs.add(new SimpleImmutableEntry<>(name, new FormFile(name, text(item, "filename"),
						text(item, "content_type"), item.path("size").asLong())));
			}
			else {
				pairs.add(new SimpleImmutableEntry<>(name, item.path("value").asString()));
			}
		}
		return pairs;
	}

	private static @Nullable String text(JsonNode item, String name) {
		JsonNode value = item.get(name);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static @Nullable String contentType(Request.Part part) {
		HttpHeader header = part.getHeader("Content-Type");
		return (header != null && header.isPresent()) ? header.firstValue() : null;
	}

	private static Charset charset(@Nullable String contentType) {
		if (contentType != null) {
			for (String parameter : contentType.split(";")) {
				String trimmed = parameter.strip();
				if (trimmed.regionMatches(true, 0, "charset=", 0, 8)) {
					try {
						return Charset.forName(trimmed.substring(8).replace("\"", ""));
					}
					catch (IllegalArgumentException ex) {
						return StandardCharsets.UTF_8;
					}
				}
			}
		}
		return StandardCharsets.UTF_8;
	}

}
