package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a write request's parameters into one {@link FormTree}, whatever the encoding:
 * {@code application/x-www-form-urlencoded} (and the spec's
 * {@code multipart/x-www-form-urlencoded}), {@code multipart/form-data} and JSON. Query
 * parameters come first and body parameters override them, as in Rails.
 */
final class RequestForms {

	private RequestForms() {
	}

	static FormTree read(ApiRequest request) {
		String url = request.raw().getUrl();
		int question = url.indexOf('?');
		List<Map.Entry<String, Object>> pairs = new ArrayList<>(
				FormPairs.parse((question < 0) ? null : url.substring(question + 1)));
		byte[] body = request.raw().getBody();
		body = (body != null) ? body : new byte[0];
		String contentType = mediaType(request.header("Content-Type"));
		Map<String, @Nullable Object> json = null;
		if (body.length > 0 || contentType.startsWith("multipart/form-data")) {
			if (contentType.equals("application/json") || contentType.endsWith("+json")) {
				json = jsonObject(Json.read(body));
			}
			else if (contentType.startsWith("multipart/form-data")) {
				pairs.addAll(MultipartDigest.isDigest(body) ? MultipartDigest.decode(body) : parts(request));
			}
			else if (contentType.isEmpty() || contentType.equals(ApiResponse.FORM)
					|| contentType.equals("multipart/x-www-form-urlencoded")) {
				pairs.addAll(FormPairs.parse(new String(body, StandardCharsets.UTF_8)));
			}
			else {
				throw ApiException.badRequest("unsupported content type " + contentType);
			}
		}
		Map<String, @Nullable Object> tree;
		try {
			tree = RailsParams.nest(pairs);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badRequest(ex.getMessage());
		}
		if (json != null) {
			tree.putAll(json);
		}
		return new FormTree(tree);
	}

	private static List<Map.Entry<String, Object>> parts(ApiRequest request) {
		try {
			return MultipartDigest.pairs(request.raw().getParts());
		}
		catch (RuntimeException ex) {
			throw ApiException.badRequest("malformed multipart body");
		}
	}

	private static String mediaType(@Nullable String contentType) {
		if (contentType == null) {
			return "";
		}
		int semicolon = contentType.indexOf(';');
		return ((semicolon < 0) ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
	}

	private static Map<String, @Nullable Object> jsonObject(JsonNode node) {
		if (!node.isObject()) {
			throw ApiException.badRequest("the JSON body must be an object");
		}
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		node.properties().forEach((entry) -> map.put(entry.getKey(), plain(entry.getValue())));
		return map;
	}

	private static @Nullable Object plain(JsonNode node) {
		if (node.isObject()) {
			return jsonObject(node);
		}
		if (node.isArray()) {
			List<@Nullable Object> list = new ArrayList<>();
			node.forEach((item) -> list.add(plain(item)));
			return list;
		}
		return node.isNull() ? null : node.asString();
	}

}
