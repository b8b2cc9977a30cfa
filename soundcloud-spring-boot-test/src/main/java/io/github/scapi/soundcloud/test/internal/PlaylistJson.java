package io.github.scapi.soundcloud.test.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * JSON of the {@code Playlist} schema, with its owner and, unless left out, its tracks.
 */
final class PlaylistJson {

	private PlaylistJson() {
	}

	/**
	 * @param tracks the tracks to nest, already rendered, or {@code null} to leave them out
	 * @param duration the summed duration of all its tracks
	 */
	static Map<String, @Nullable Object> of(PlaylistRow row, FakeUser owner, Map<String, @Nullable Object> ownerJson,
			@Nullable List<Map<String, @Nullable Object>> tracks, long duration, int likes, int reposts,
			String apiBase) {
		Map<String, @Nullable Object> fields = row.fields();
		String uri = apiBase + "/playlists/" + row.urn();
		String setType = text(fields, "set_type", "playlist");
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("artwork_url", fields.get("artwork_url"));
		json.put("created_at", LegacyDates.format(row.createdAt()));
		json.put("description", fields.get("description"));
		json.put("downloadable", true);
		json.put("duration", duration);
		json.put("ean", fields.get("ean"));
		json.put("embeddable_by", text(fields, "embeddable_by", "all"));
		json.put("genre", text(fields, "genre", ""));
		json.put("id", row.id());
		json.put("kind", "playlist");
		json.put("label", null);
		json.put("label_id", null);
		json.put("label_name", fields.get("label_name"));
		json.put("last_modified", LegacyDates.format(row.lastModified()));
		json.put("license", text(fields, "license", "all-rights-reserved"));
		json.put("likes_count", likes);
		json.put("permalink", row.permalink());
		json.put("permalink_url", "https://soundcloud.com/" + owner.permalink() + "/sets/" + row.permalink());
		json.put("playlist_type", setType);
		json.put("purchase_title", fields.get("purchase_title"));
		json.put("purchase_url", fields.get("purchase_url"));
		json.put("release", fields.get("release"));
		LocalDate release = releaseDate(fields.get("release_date"));
		json.put("release_day", (release != null) ? release.getDayOfMonth() : null);
		json.put("release_month", (release != null) ? release.getMonthValue() : null);
		json.put("release_year", (release != null) ? release.getYear() : null);
		json.put("reposts_count", reposts);
		json.put("secret_uri", row.isPublic() ? null : uri + "?secret_token=" + TrackJson.secretToken(row.id()));
		json.put("sharing", row.sharing());
		json.put("streamable", true);
		json.put("tag_list", text(fields, "tag_list", ""));
		json.put("tags", text(fields, "tag_list", ""));
		json.put("title", row.title());
		json.put("track_count", row.trackIds().size());
		if (tracks != null) {
			json.put("tracks", tracks);
		}
		json.put("tracks_uri", uri + "/tracks");
		json.put("type", setType);
		json.put("uri", uri);
		json.put("urn", row.urn());
		json.put("user", ownerJson);
		json.put("user_id", owner.id());
		json.put("user_urn", owner.urn());
		return json;
	}

	private static String text(Map<String, @Nullable Object> fields, String name, String fallback) {
		Object value = fields.get(name);
		return (value != null) ? value.toString() : fallback;
	}

	private static @Nullable LocalDate releaseDate(@Nullable Object value) {
		return (value instanceof String text && text.length() >= 10) ? LocalDate.parse(text.substring(0, 10)) : null;
	}

}
