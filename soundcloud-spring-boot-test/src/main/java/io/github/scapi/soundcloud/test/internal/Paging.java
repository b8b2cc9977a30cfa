package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Cuts a result list into the page a request asks for, in the shape the operation's
 * response schema has.
 * <p>
 * Lists whose schema is {@code oneOf} the linked object and a bare array ({@code Tracks},
 * {@code Playlists}): without {@code linked_partitioning=true} the answer is a bare array at
 * {@code offset}. With it, the answer is {@code {"collection": [...], "next_href": "..."}},
 * where {@code next_href} repeats the request's parameters with an opaque {@code cursor}
 * instead of {@code offset}. Lists whose schema is only the linked object ({@code Users},
 * {@code Comments}, {@code Activities}) answer it always, and their operations do not define
 * {@code linked_partitioning} at all, or do not need it. Like SoundCloud, an exactly full last page still gets a {@code next_href};
 * the empty page it leads to has one as well, and only the pages past that have none.
 */
final class Paging {

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 200;

	private static final List<String> REPLACED_BY_CURSOR = List.of("offset", "cursor");

	private Paging() {
	}

	static <T> ApiResponse page(ApiRequest request, List<T> items, Function<T, ?> renderer) {
		return page(request, items, renderer, false);
	}

	/**
	 * Pages a list whose schema is only the linked shape ({@code Users}, {@code Comments}):
	 * {@code {collection, next_href}} whatever {@code linked_partitioning} says.
	 */
	static <T> ApiResponse linked(ApiRequest request, List<T> items, Function<T, ?> renderer) {
		return page(request, items, renderer, true);
	}

	/**
	 * Pages a feed, whose {@code Activities} schema is always the linked shape, with a
	 * {@code future_href} to poll for newer items from the top.
	 */
	static <T> ApiResponse activities(ApiRequest request, List<T> items, Function<T, ?> renderer) {
		ApiResponse response = page(request, items, renderer, true);
		@SuppressWarnings("unchecked")
		Map<String, Object> body = (Map<String, Object>) response.body();
		String query = request.target().query().encodeWithout(REPLACED_BY_CURSOR);
		body.put("future_href", request.origin() + request.target().rawPath() + (query.isEmpty() ? "" : "?" + query));
		return response;
	}

	/**
	 * A list the API does not page: all items, in the shape {@code linked_partitioning} asks for.
	 */
	static <T> ApiResponse unpaged(ApiRequest request, List<T> items, Function<T, ?> renderer) {
		List<Object> all = items.stream().<Object>map(renderer).toList();
		if (!flag(request, "linked_partitioning", false)) {
			return ApiResponse.ok(all);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("collection", all);
		return ApiResponse.ok(body);
	}

	private static <T> ApiResponse page(ApiRequest request, List<T> items, Function<T, ?> renderer,
			boolean alwaysLinked) {
		int limit = limit(request.param("limit"));
		boolean linked = flag(request, "linked_partitioning", false) || alwaysLinked;
		String cursor = linked ? request.param("cursor") : null;
		long requested = (cursor != null) ? Cursor.decode(cursor) : offset(request.param("offset"));
		long start = Math.min(requested, Integer.MAX_VALUE);
		int total = items.size();
		List<Object> page = items.subList((int) Math.min(start, total), (int) Math.min(start + limit, total))
			.stream()
			.<Object>map(renderer)
			.toList();
		if (!linked) {
			return ApiResponse.ok(page);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("collection", page);
		if (hasNext(start, limit, total)) {
			String query = request.target().query().encodeWithout(REPLACED_BY_CURSOR, "cursor",
					Cursor.encode(start + limit));
			body.put("next_href", request.origin() + request.target().rawPath() + "?" + query);
		}
		return ApiResponse.ok(body);
	}

	static boolean hasNext(long start, int limit, int total) {
		long end = start + limit;
		if (end < total) {
			return true;
		}
		// SoundCloud's quirk: a full last page, and the empty page after it, still link onwards
		return total > 0 && (end == total || start == total);
	}

	static int limit(@Nullable String value) {
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		long limit = parse(value, "limit");
		if (limit < 1 || limit > MAX_LIMIT) {
			throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT);
		}
		return (int) limit;
	}

	static long offset(@Nullable String value) {
		if (value == null) {
			return 0;
		}
		long offset = parse(value, "offset");
		if (offset < 0) {
			throw ApiException.badRequest("offset must not be negative");
		}
		return offset;
	}

	/**
	 * Reads a boolean parameter as the specification types it: {@code true} or
	 * {@code false}, nothing else ({@code 1}, {@code yes} and {@code TRUE} are refused, not
	 * read as one or the other).
	 */
	static boolean flag(ApiRequest request, String name, boolean absent) {
		String value = request.param(name);
		if (value == null) {
			return absent;
		}
		if (!value.equals("true") && !value.equals("false")) {
			throw ApiException.badRequest(name + " must be true or false");
		}
		return value.equals("true");
	}

	/**
	 * Reads an integer parameter: decimal digits, a minus sign at most; no spaces, no plus
	 * sign, no fraction.
	 */
	private static long parse(String value, String name) {
		if (!value.matches("-?[0-9]{1,18}")) {
			throw ApiException.badRequest(name + " must be an integer");
		}
		return Long.parseLong(value);
	}

}
