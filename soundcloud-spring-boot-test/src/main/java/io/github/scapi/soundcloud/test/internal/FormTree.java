package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Typed access to nested request parameters, whether they came as a form, a multipart body
 * or JSON: maps, lists, strings (JSON numbers and booleans as their text), {@code null} for
 * JSON {@code null}, and {@link FormFile}s. A value of the wrong shape is a 400.
 */
final class FormTree {

	private static final FormTree EMPTY = new FormTree(Map.of());

	private final Map<String, @Nullable Object> values;

	FormTree(Map<String, @Nullable Object> values) {
		this.values = values;
	}

	static FormTree empty() {
		return EMPTY;
	}

	boolean has(String key) {
		return this.values.containsKey(key);
	}

	Set<String> keys() {
		return this.values.keySet();
	}

	boolean isEmpty() {
		return this.values.isEmpty();
	}

	/**
	 * Returns the map under a key, empty when absent.
	 */
	@SuppressWarnings("unchecked")
	FormTree child(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return EMPTY;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw ApiException.badRequest("'" + key + "' must be an object");
		}
		return new FormTree((Map<String, @Nullable Object>) map);
	}

	/**
	 * Returns a text value; {@code null} when absent or JSON {@code null}.
	 */
	@Nullable String text(String key) {
		Object value = this.values.get(key);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw ApiException.badRequest("'" + key + "' must be a text value");
	}

	@Nullable FormFile file(String key) {
		Object value = this.values.get(key);
		return (value instanceof FormFile file) ? file : null;
	}

	/**
	 * Returns the values under a key as a list: a list as it is, a single value as a list
	 * of one, nothing as an empty list.
	 */
	List<@Nullable Object> list(String key) {
		Object value = this.values.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		List<@Nullable Object> single = new ArrayList<>();
		single.add(value);
		return single;
	}

	/**
	 * Returns the subtree under a key as plain maps, lists and strings, files left out,
	 * e.g. to echo it back in JSON.
	 */
	@Nullable Object plain(String key) {
		return plainCopy(this.values.get(key));
	}

	/**
	 * Returns every file anywhere in the tree, in the order sent.
	 */
	List<FormFile> files() {
		List<FormFile> files = new ArrayList<>();
		collect(this.values, files);
		return files;
	}

	private static void collect(@Nullable Object value, List<FormFile> files) {
		if (value instanceof FormFile file) {
			files.add(file);
		}
		else if (value instanceof Map<?, ?> map) {
			map.values().forEach((item) -> collect(item, files));
		}
		else if (value instanceof List<?> list) {
			list.forEach((item) -> collect(item, files));
		}
	}

	private static @Nullable Object plainCopy(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, @Nullable Object> copy = new LinkedHashMap<>();
			map.forEach((name, item) -> {
				if (!(item instanceof FormFile)) {
					copy.put(String.valueOf(name), plainCopy(item));
				}
			});
			return copy;
		}
		if (value instanceof List<?> list) {
			return list.stream().filter((item) -> !(item instanceof FormFile)).map(FormTree::plainCopy).toList();
		}
		return (value instanceof FormFile) ? null : value;
	}

}
