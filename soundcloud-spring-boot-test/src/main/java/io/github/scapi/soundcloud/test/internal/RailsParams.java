package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Nests form parameters the way Rails (Rack) does: {@code track[title]=x} becomes
 * {@code {"track": {"title": "x"}}}, {@code permissions[user_id][]=1&permissions[user_id][]=2}
 * a list, and {@code a[][address]=x&a[][address]=y} a list of two maps, because a key that
 * the last map of a list already has starts a new one. Leaves are strings or
 * {@link FormFile}s; a plain name sent twice keeps the last value.
 */
final class RailsParams {

	private static final String LIST = "[]";

	private RailsParams() {
	}

	/**
	 * Builds the tree of nested maps and lists.
	 * @param pairs the parameters in the order sent; values are strings or {@link FormFile}s
	 * @return the tree, its maps in the order their keys first appeared
	 * @throws IllegalArgumentException when names conflict, e.g. {@code a=1&a[b]=2}
	 */
	static Map<String, @Nullable Object> nest(List<Map.Entry<String, Object>> pairs) {
		Map<String, @Nullable Object> root = new LinkedHashMap<>();
		for (Map.Entry<String, Object> pair : pairs) {
			List<String> keys = keys(pair.getKey());
			if (!keys.isEmpty() && !keys.get(0).isEmpty() && !keys.get(0).equals(LIST)) {
				put(root, keys.get(0), keys.subList(1, keys.size()), pair.getValue());
			}
		}
		return root;
	}

	/**
	 * Splits {@code a[b][][c]} into {@code a}, {@code b}, {@code []}, {@code c}; a name whose
	 * brackets do not pair up is one plain key.
	 */
	static List<String> keys(String name) {
		int open = name.indexOf('[');
		if (open <= 0) {
			return List.of(name);
		}
		List<String> keys = new ArrayList<>();
		keys.add(name.substring(0, open));
		int position = open;
		while (position < name.length()) {
			int close = name.indexOf(']', position);
			if (name.charAt(position) != '[' || close < 0 || name.indexOf('[', position + 1) > -1
					&& name.indexOf('[', position + 1) < close) {
				return List.of(name);
			}
			String key = name.substring(position + 1, close);
			keys.add(key.isEmpty() ? LIST : key);
			position = close + 1;
		}
		return keys;
	}

	private static void put(Map<String, @Nullable Object> map, String key, List<String> rest, Object value) {
		if (rest.isEmpty()) {
			map.put(key, value);
			return;
		}
		if (rest.get(0).equals(LIST)) {
			List<Object> list = child(map, key, List.class, ArrayList::new);
			List<String> after = rest.subList(1, rest.size());
			if (after.isEmpty()) {
				list.add(value);
				return;
			}
			if (after.get(0).equals(LIST)) {
				throw new IllegalArgumentException("Lists of lists are not supported: " + key);
			}
			Object last = list.isEmpty() ? null : list.get(list.size() - 1);
			Map<String, @Nullable Object> target;
			if (last instanceof Map<?, ?> lastMap && !hasPath(lastMap, after)) {
				target = cast(lastMap);
			}
			else {
				target = new LinkedHashMap<>();
				list.add(target);
			}
			put(target, after.get(0), after.subList(1, after.size()), value);
			return;
		}
		Map<String, @Nullable Object> nested = cast(child(map, key, Map.class, LinkedHashMap::new));
		put(nested, rest.get(0), rest.subList(1, rest.size()), value);
	}

	@SuppressWarnings("unchecked")
	private static <T> T child(Map<String, @Nullable Object> map, String key, Class<?> type,
			java.util.function.Supplier<T> factory) {
		Object existing = map.get(key);
		if (existing == null) {
			T created = factory.get();
			map.put(key, created);
			return created;
		}
		if (!type.isInstance(existing)) {
			throw new IllegalArgumentException("Conflicting parameters for '" + key + "'");
		}
		return (T) existing;
	}

	/**
	 * Whether a map already holds a path; like Rack, never for a path with a list in it.
	 */
	private static boolean hasPath(Map<?, ?> map, List<String> keys) {
		if (keys.contains(LIST)) {
			return false;
		}
		Object current = map;
		for (String key : keys) {
			if (!(current instanceof Map<?, ?> currentMap) || !currentMap.containsKey(key)) {
				return false;
			}
			current = currentMap.get(key);
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> cast(Map<?, ?> map) {
		return (Map<String, @Nullable Object>) map;
	}

}
