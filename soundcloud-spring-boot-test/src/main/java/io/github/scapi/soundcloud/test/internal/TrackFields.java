package io.github.scapi.soundcloud.test.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.github.scapi.soundcloud.test.FakeTrack;
import org.jspecify.annotations.Nullable;

/**
 * The {@code track[...]} fields of an upload or an update, as the spec's
 * {@code TrackDataRequest}, {@code TrackUpdateFormRequest} and {@code TrackMetadataRequest}
 * list them, checked; plus scapi's {@code bpm} and {@code shared_to}, which the legacy API
 * took. Unknown fields are ignored, as Rails ignores unpermitted ones.
 */
final class TrackFields {

	static final Set<String> SHARING = Set.of("public", "private");

	static final Set<String> LICENSES = Set.of("no-rights-reserved", "all-rights-reserved", "cc-by", "cc-by-nc",
			"cc-by-nd", "cc-by-sa", "cc-by-nc-nd", "cc-by-nc-sa");

	private static final Set<String> EMBEDDABLE_BY = Set.of("all", "me", "none");

	private static final List<String> TEXTS = List.of("purchase_url", "purchase_title", "description", "label_name",
			"release", "isrc");

	private static final List<String> FLAGS = List.of("streamable", "downloadable", "commentable", "reveal_stats",
			"reveal_comments");

	private final int invalidStatus;

	private @Nullable String title;

	private @Nullable String genre;

	private @Nullable List<String> tags;

	private boolean bpmGiven;

	private @Nullable Integer bpm;

	private @Nullable String permalink;

	private @Nullable FormFile artwork;

	private final Map<String, @Nullable Object> json = new LinkedHashMap<>();

	private TrackFields(int invalidStatus) {
		this.invalidStatus = invalidStatus;
	}

	/**
	 * Reads the fields under {@code track}.
	 * @param invalidStatus the status of a request with an invalid value: 422 for uploads,
	 * 400 for updates, as the spec lists them
	 */
	static TrackFields read(FormTree track, int invalidStatus) {
		TrackFields fields = new TrackFields(invalidStatus);
		fields.parse(track);
		return fields;
	}

	private void parse(FormTree track) {
		if (track.has("title")) {
			this.title = required(track.text("title"), "title");
		}
		if (track.has("genre")) {
			String value = track.text("genre");
			this.genre = (value != null) ? value : "";
		}
		if (track.has("tag_list")) {
			String value = track.text("tag_list");
			this.tags = TagList.parse((value != null) ? value : "");
		}
		if (track.has("bpm")) {
			this.bpmGiven = true;
			this.bpm = bpm(track.text("bpm"));
		}
		if (track.has("permalink")) {
			this.permalink = permalink(track.text("permalink"));
		}
		oneOf(track, "sharing", SHARING);
		oneOf(track, "embeddable_by", EMBEDDABLE_BY);
		oneOf(track, "license", LICENSES);
		TEXTS.stream().filter(track::has).forEach((name) -> this.json.put(name, track.text(name)));
		FLAGS.stream().filter(track::has).forEach((name) -> this.json.put(name, flag(track.text(name), name)));
		if (track.has("release_date")) {
			releaseDate(track.text("release_date"));
		}
		if (track.has("shared_to")) {
			this.json.put("shared_to", track.plain("shared_to"));
		}
		this.artwork = track.file("artwork_data");
	}

	@Nullable String title() {
		return this.title;
	}

	@Nullable String permalink() {
		return this.permalink;
	}

	@Nullable FormFile artwork() {
		return this.artwork;
	}

	/**
	 * The JSON fields to set on the track.
	 */
	Map<String, @Nullable Object> json() {
		return this.json;
	}

	/**
	 * Returns the track with the title, genre, tags and tempo given.
	 */
	FakeTrack applyTo(FakeTrack track) {
		return new FakeTrack(track.urn(), track.id(), (this.title != null) ? this.title : track.title(),
				(this.genre != null) ? this.genre : track.genre(), (this.tags != null) ? this.tags : track.tags(),
				this.bpmGiven ? this.bpm : track.bpm(), track.duration(), track.createdAt(), track.access(),
				track.userUrn());
	}

	ApiException invalid(String message) {
		return new ApiException(this.invalidStatus, message);
	}

	private String required(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw invalid("track[" + name + "] must not be blank");
		}
		return value;
	}

	private void oneOf(FormTree track, String name, Set<String> allowed) {
		if (track.has(name)) {
			String value = track.text(name);
			if (value == null || !allowed.contains(value.strip().toLowerCase(Locale.ROOT))) {
				String choices = String.join(", ", allowed.stream().sorted().toList());
				throw invalid("track[" + name + "] must be one of " + choices);
			}
			this.json.put(name, value.strip().toLowerCase(Locale.ROOT));
		}
	}

	private boolean flag(@Nullable String value, String name) {
		String text = (value != null) ? value.strip().toLowerCase(Locale.ROOT) : "";
		return switch (text) {
			case "true", "1" -> true;
			case "false", "0" -> false;
			default -> throw invalid("track[" + name + "] must be true or false");
		};
	}

	private @Nullable Integer bpm(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return (int) Math.round(Double.parseDouble(value.strip()));
		}
		catch (NumberFormatException ex) {
			throw invalid("track[bpm] must be a number");
		}
	}

	private String permalink(@Nullable String value) {
		String text = required(value, "permalink").strip();
		if (!text.matches("[a-z0-9_-]+")) {
			throw invalid("track[permalink] may only contain lower-case letters, digits, '-' and '_'");
		}
		return text;
	}

	private void releaseDate(@Nullable String value) {
		LocalDate date = null;
		if (value != null && !value.isBlank()) {
			try {
				date = LocalDate.parse(value.strip().substring(0, Math.min(10, value.strip().length())));
			}
			catch (DateTimeParseException ex) {
				throw invalid("track[release_date] must look like yyyy-mm-dd");
			}
		}
		this.json.put("release_day", (date != null) ? date.getDayOfMonth() : null);
		this.json.put("release_month", (date != null) ? date.getMonthValue() : null);
		this.json.put("release_year", (date != null) ? date.getYear() : null);
	}

}
