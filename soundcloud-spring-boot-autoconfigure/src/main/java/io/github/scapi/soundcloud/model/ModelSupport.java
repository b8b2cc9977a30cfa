package io.github.scapi.soundcloud.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Helpers shared by the records of this package: normalising collections handed over by
 * Jackson (or by callers) and building the short {@code toString()} summaries.
 *
 * @author scapi contributors
 */
final class ModelSupport {

	/**
	 * JSON name given to every {@code extra} component. Jackson still registers an
	 * any-setter constructor parameter as a regular property under its own name; with the
	 * plain name {@code extra}, an API field called "extra" would be bound to the map
	 * itself (and fail) instead of being kept as an unknown field. No SoundCloud key
	 * contains spaces or angle brackets, so this name can never be claimed by a payload.
	 */
	static final String UNKNOWN_FIELDS = "<unknown fields>";

	private ModelSupport() {
	}

	/**
	 * Copy a list into an unmodifiable one, turning {@code null} into an empty list and
	 * dropping {@code null} elements (a {@code null} inside a JSON array carries no
	 * resource and would only force null checks on every caller).
	 * @param <T> the element type
	 * @param list the list as received, possibly {@code null}
	 * @return an unmodifiable list, never {@code null}
	 */
	static <T> List<T> list(@Nullable List<? extends @Nullable T> list) {
		if (list == null || list.isEmpty()) {
			return List.of();
		}
		List<T> copy = new ArrayList<>(list.size());
		for (T element : list) {
			if (element != null) {
				copy.add(element);
			}
		}
		return Collections.unmodifiableList(copy);
	}

	/**
	 * Copy a JSON object map into an unmodifiable one, keeping its order. Unlike
	 * {@link Map#copyOf(Map)} this accepts {@code null} values, which JSON objects
	 * routinely contain.
	 * @param map the map as received, possibly {@code null}
	 * @return an unmodifiable map, never {@code null}
	 */
	static Map<String, @Nullable Object> map(@Nullable Map<String, ? extends @Nullable Object> map) {
		if (map == null || map.isEmpty()) {
			return Map.of();
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(map));
	}

	/**
	 * Build a summary such as {@code Track[urn=soundcloud:tracks:1, title=Intro]}, leaving
	 * out entries whose value is {@code null}.
	 * @param type the simple type name to start with
	 * @param namesAndValues alternating entry names and values
	 * @return the summary
	 */
	static String summary(String type, @Nullable Object... namesAndValues) {
		StringBuilder summary = new StringBuilder(type).append('[');
		boolean first = true;
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value == null) {
				continue;
			}
			if (!first) {
				summary.append(", ");
			}
			summary.append(Objects.requireNonNull(namesAndValues[i])).append('=').append(value);
			first = false;
		}
		return summary.append(']').toString();
	}

	/**
	 * The username of a possibly absent user, for summaries that name the owner of a
	 * resource without printing the whole user.
	 * @param user the user, possibly {@code null}
	 * @return the username, or {@code null}
	 */
	static @Nullable String username(@Nullable User user) {
		return (user != null) ? user.username() : null;
	}

}
