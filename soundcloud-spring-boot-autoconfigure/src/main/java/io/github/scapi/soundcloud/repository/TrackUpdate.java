package io.github.scapi.soundcloud.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.util.Assert;

/**
 * Changes to a track's metadata, and the metadata of an upload: only the fields that are set
 * are sent. An update without files is sent as the JSON object
 * {@code {"track": {"title": ...}}}; with the artwork, and in an upload, the fields go as
 * Rails-style multipart parts ({@code track[title]}, {@code track[tag_list]}, ...). Build one
 * with {@link #builder()}.
 *
 * <pre class="code">
 * TrackUpdate changes = TrackUpdate.builder().title("Night Bus (remastered)").tags("deep house", "night").build();
 * </pre>
 *
 * @author scapi contributors
 */
public final class TrackUpdate {

	private final Map<String, Object> fields;

	private TrackUpdate(Map<String, Object> fields) {
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * Start building changes.
	 * @return a builder without fields
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the fields in the API's names, nested for the Rails-style encoder; an artwork
	 * is a {@link Resource}.
	 * @return the fields, in the order they were set
	 */
	public Map<String, Object> fields() {
		return this.fields;
	}

	/**
	 * Return whether a field is a file (the artwork), which only a multipart body can carry.
	 */
	boolean hasFiles() {
		return hasFiles(this.fields);
	}

	private static boolean hasFiles(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().anyMatch(TrackUpdate::hasFiles);
		}
		if (value instanceof Collection<?> list) {
			return list.stream().anyMatch(TrackUpdate::hasFiles);
		}
		return value instanceof Resource || value instanceof HttpEntity<?>;
	}

	/**
	 * Return the fields as the specification's {@code TrackMetadataRequest} JSON object
	 * {@code {"track": {...}}}, the body of an update without files: the same values the
	 * Rails-style form carries (enums lower-cased, dates in ISO-8601, {@code null} left out),
	 * with booleans and numbers as JSON's own.
	 */
	Map<String, Object> json() {
		return Map.of("track", jsonValue(this.fields));
	}

	private static Object jsonValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> object = new LinkedHashMap<>();
			map.forEach((key, nested) -> {
				Assert.isTrue(key instanceof String && !((String) key).isEmpty(), "keys must be non-empty strings");
				if (nested != null) {
					object.put((String) key, jsonValue(nested));
				}
			});
			return object;
		}
		if (value instanceof Collection<?> list) {
			return list.stream().filter(Objects::nonNull).map(TrackUpdate::jsonValue).toList();
		}
		if (value instanceof Enum<?> constant) {
			return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
		if (value instanceof String || value instanceof Boolean || value instanceof Number) {
			return value;
		}
		// dates and times write themselves in ISO-8601, as the API reads them
		return value.toString();
	}

	/**
	 * Return the title, if set.
	 * @return the title or {@code null}
	 */
	public @Nullable String title() {
		return (String) this.fields.get("title");
	}

	@Override
	public String toString() {
		return "TrackUpdate" + this.fields.keySet();
	}

	/**
	 * Builds a {@link TrackUpdate}.
	 */
	public static final class Builder {

		private final Map<String, Object> fields = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Set the title.
		 * @param title the title, any text
		 * @return this builder
		 */
		public Builder title(String title) {
			Assert.hasText(title, "'title' must not be empty");
			return put("title", title);
		}

		/**
		 * Set the description.
		 * @param description the description
		 * @return this builder
		 */
		public Builder description(String description) {
			return put("description", description);
		}

		/**
		 * Set the genre.
		 * @param genre the genre
		 * @return this builder
		 */
		public Builder genre(String genre) {
			return put("genre", genre);
		}

		/**
		 * Set the tags. Tags with spaces are quoted, as SoundCloud's {@code tag_list} expects.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			for (String tag : tags) {
				Assert.hasText(tag, "tags must not be empty");
				Assert.isTrue(tag.indexOf('"') < 0, "tags must not contain '\"'");
			}
			return put("tag_list", List.of(tags)
				.stream()
				.map(String::strip)
				.map((tag) -> tag.contains(" ") ? "\"" + tag + "\"" : tag)
				.collect(Collectors.joining(" ")));
		}

		/**
		 * Set who can see the track.
		 * @param sharing {@code public} or {@code private}
		 * @return this builder
		 */
		public Builder sharing(String sharing) {
			return put("sharing", sharing);
		}

		/**
		 * Set who may embed the track's player.
		 * @param embeddableBy {@code all}, {@code me} or {@code none}
		 * @return this builder
		 */
		public Builder embeddableBy(String embeddableBy) {
			return put("embeddable_by", embeddableBy);
		}

		/**
		 * Set where the track can be bought.
		 * @param purchaseUrl the URL
		 * @return this builder
		 */
		public Builder purchaseUrl(String purchaseUrl) {
			return put("purchase_url", purchaseUrl);
		}

		/**
		 * Set the record label.
		 * @param labelName the label
		 * @return this builder
		 */
		public Builder labelName(String labelName) {
			return put("label_name", labelName);
		}

		/**
		 * Set the release (catalogue) name or number.
		 * @param release the release
		 * @return this builder
		 */
		public Builder release(String release) {
			return put("release", release);
		}

		/**
		 * Set the release date.
		 * @param releaseDate the date
		 * @return this builder
		 */
		public Builder releaseDate(LocalDate releaseDate) {
			return put("release_date", releaseDate);
		}

		/**
		 * Set the licence, e.g. {@code all-rights-reserved} or {@code cc-by-nc}.
		 * @param license the licence
		 * @return this builder
		 */
		public Builder license(String license) {
			return put("license", license);
		}

		/**
		 * Set the International Standard Recording Code.
		 * @param isrc the code
		 * @return this builder
		 */
		public Builder isrc(String isrc) {
			return put("isrc", isrc);
		}

		/**
		 * Set the last part of the track's URL on soundcloud.com.
		 * @param permalink the permalink
		 * @return this builder
		 */
		public Builder permalink(String permalink) {
			return put("permalink", permalink);
		}

		/**
		 * Set whether the track can be streamed.
		 * @param streamable whether it can
		 * @return this builder
		 */
		public Builder streamable(boolean streamable) {
			return put("streamable", streamable);
		}

		/**
		 * Set whether the original file can be downloaded.
		 * @param downloadable whether it can
		 * @return this builder
		 */
		public Builder downloadable(boolean downloadable) {
			return put("downloadable", downloadable);
		}

		/**
		 * Set whether listeners may comment.
		 * @param commentable whether they may
		 * @return this builder
		 */
		public Builder commentable(boolean commentable) {
			return put("commentable", commentable);
		}

		/**
		 * Set whether play and like counts are public.
		 * @param revealStats whether they are
		 * @return this builder
		 */
		public Builder revealStats(boolean revealStats) {
			return put("reveal_stats", revealStats);
		}

		/**
		 * Set whether comments are public.
		 * @param revealComments whether they are
		 * @return this builder
		 */
		public Builder revealComments(boolean revealComments) {
			return put("reveal_comments", revealComments);
		}

		/**
		 * Set (or replace) the artwork: a JPEG or PNG, streamed from the resource. The
		 * request then becomes multipart.
		 * @param artwork the image
		 * @return this builder
		 */
		public Builder artwork(Resource artwork) {
			Assert.notNull(artwork, "'artwork' must not be null");
			return put("artwork_data", artwork);
		}

		/**
		 * Set a field this builder has no method for, such as the legacy
		 * {@code shared_to}; nested maps and lists are encoded Rails-style, e.g.
		 * {@code field("shared_to", Map.of("emails", List.of(Map.of("address", "a@example.com"))))}
		 * sends {@code track[shared_to][emails][][address]}.
		 * @param name the field's API name
		 * @param value the value
		 * @return this builder
		 */
		public Builder field(String name, Object value) {
			Assert.hasText(name, "'name' must not be empty");
			return put(name, value);
		}

		/**
		 * Build the changes.
		 * @return the changes
		 */
		public TrackUpdate build() {
			return new TrackUpdate(this.fields);
		}

		private Builder put(String name, Object value) {
			Assert.notNull(value, () -> "'" + name + "' must not be null");
			this.fields.put(name, value);
			return this;
		}

	}

}
