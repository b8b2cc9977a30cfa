package io.github.scapi.soundcloud.test.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The {@code playlist} fields of a create or an update, as the spec's
 * {@code CreateUpdatePlaylistRequest} (JSON) and {@code CreateUpdatePlaylistFormRequest}
 * (form) list them, checked. Tracks come as {@code [{"urn": ...}]}, as
 * {@code playlist[tracks][][urn]} parts (each may hold several comma-separated URNs), or,
 * as scapi sent them, with {@code id} instead of {@code urn}.
 */
final class PlaylistFields {

	private static final List<String> TEXTS = List.of("description", "ean", "genre", "label_name", "license",
			"purchase_title", "purchase_url", "release", "tag_list");

	private static final Set<String> SET_TYPES = Set.of("album", "playlist");

	private final Map<String, @Nullable Object> json = new LinkedHashMap<>();

	private @Nullable List<String> tracks;

	private @Nullable FormFile artwork;

	private PlaylistFields() {
	}

	static PlaylistFields read(FormTree playlist) {
		PlaylistFields fields = new PlaylistFields();
		fields.parse(playlist);
		return fields;
	}

	private void parse(FormTree playlist) {
		if (playlist.has("title")) {
			String title = playlist.text("title");
			if (title == null || title.isBlank()) {
				throw ApiException.unprocessable("playlist[title] must not be blank");
			}
			this.json.put("title", title);
		}
		TEXTS.stream().filter(playlist::has).forEach((name) -> this.json.put(name, playlist.text(name)));
		if (playlist.has("sharing")) {
			this.json.put("sharing", oneOf(playlist.text("sharing"), TrackFields.SHARING, "sharing"));
		}
		if (playlist.has("set_type")) {
			this.json.put("set_type", oneOf(playlist.text("set_type"), SET_TYPES, "set_type"));
		}
		if (playlist.has("permalink")) {
			String permalink = playlist.text("permalink");
			if (permalink == null || !permalink.matches("[a-z0-9_-]+")) {
				throw ApiException.unprocessable(
						"playlist[permalink] may only contain lower-case letters, digits, '-' and '_'");
			}
			this.json.put("permalink", permalink);
		}
		if (playlist.has("release_date")) {
			this.json.put("release_date", releaseDate(playlist.text("release_date")));
		}
		if (playlist.has("tracks")) {
			this.tracks = trackUrns(playlist.list("tracks"));
		}
		this.artwork = playlist.file("artwork_data");
	}

	boolean hasTitle() {
		return this.json.containsKey("title");
	}

	Map<String, @Nullable Object> json() {
		return this.json;
	}

	/**
	 * The track URNs or ids sent, in order, or {@code null} when the request left the
	 * tracks alone.
	 */
	@Nullable List<String> tracks() {
		return this.tracks;
	}

	@Nullable FormFile artwork() {
		return this.artwork;
	}

	private static List<String> trackUrns(List<@Nullable Object> items) {
		List<String> urns = new ArrayList<>();
		for (Object item : items) {
			Object value = item;
			if (item instanceof Map<?, ?> map) {
				value = map.containsKey("urn") ? map.get("urn") : map.get("id");
			}
			if (value instanceof String text) {
				for (String urn : text.split(",")) {
					if (!urn.isBlank()) {
						urns.add(urn.strip());
					}
				}
			}
			else if (value != null) {
				throw ApiException.unprocessable("playlist[tracks] must list {\"urn\": ...} objects");
			}
		}
		return urns;
	}

	private static String oneOf(@Nullable String value, Set<String> allowed, String name) {
		String text = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		if (!allowed.contains(text)) {
			throw ApiException.unprocessable(
					"playlist[" + name + "] must be one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return text;
	}

	private static @Nullable String releaseDate(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return LocalDate.parse(text.substring(0, Math.min(10, text.length()))).toString();
		}
		catch (DateTimeParseException ex) {
			throw ApiException.unprocessable("playlist[release_date] must look like yyyy-mm-dd");
		}
	}

}
