package io.github.scapi.soundcloud.repository;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.SoundCloudUrns;

import org.springframework.util.Assert;

/**
 * A new playlist, or changes to one: only the fields that are set are sent, as the JSON
 * body {@code {"playlist": {...}}} the API documents. Titles and descriptions may hold any
 * text, apostrophes and commas included.
 *
 * <pre class="code">
 * PlaylistUpdate draft = PlaylistUpdate.builder().title("Rock'n'roll, baby").tracks("soundcloud:tracks:1").build();
 * </pre>
 *
 * @author scapi contributors
 */
public final class PlaylistUpdate {

	private final Map<String, Object> fields;

	private PlaylistUpdate(Map<String, Object> fields) {
		this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * Start building.
	 * @return a builder without fields
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the request body.
	 * @return {@code {"playlist": {fields}}}
	 */
	public Map<String, Object> body() {
		return Map.of("playlist", this.fields);
	}

	/**
	 * Return whether a title is set.
	 * @return {@code true} if so
	 */
	public boolean hasTitle() {
		return this.fields.containsKey("title");
	}

	@Override
	public String toString() {
		return "PlaylistUpdate" + this.fields.keySet();
	}

	/**
	 * Builds a {@link PlaylistUpdate}.
	 */
	public static final class Builder {

		private final Map<String, Object> fields = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Set the title.
		 * @param title the title
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
		 * Set who can see the playlist.
		 * @param sharing {@code public} or {@code private}
		 * @return this builder
		 */
		public Builder sharing(String sharing) {
			return put("sharing", sharing);
		}

		/**
		 * Set the playlist's tracks, replacing the ones it has.
		 * @param trackUrnsOrIds track URNs or numeric ids, in order
		 * @return this builder
		 */
		public Builder tracks(String... trackUrnsOrIds) {
			return tracks(List.of(trackUrnsOrIds));
		}

		/**
		 * Set the playlist's tracks, replacing the ones it has.
		 * @param trackUrnsOrIds track URNs or numeric ids, in order
		 * @return this builder
		 */
		public Builder tracks(List<String> trackUrnsOrIds) {
			return put("tracks", trackUrnsOrIds.stream().map((urn) -> Map.of("urn", SoundCloudUrns.track(urn))).toList());
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
		 * Set the tags, as the API's comma-separated list.
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			return put("tag_list", String.join(",", tags));
		}

		/**
		 * Set whether it is a playlist or an album.
		 * @param setType {@code playlist} or {@code album}
		 * @return this builder
		 */
		public Builder setType(String setType) {
			return put("set_type", setType);
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
		 * Set the licence.
		 * @param license the licence
		 * @return this builder
		 */
		public Builder license(String license) {
			return put("license", license);
		}

		/**
		 * Set the release date.
		 * @param releaseDate the date
		 * @return this builder
		 */
		public Builder releaseDate(LocalDate releaseDate) {
			return put("release_date", releaseDate.toString());
		}

		/**
		 * Set a field this builder has no method for, in the API's name.
		 * @param name the field
		 * @param value the value
		 * @return this builder
		 */
		public Builder field(String name, Object value) {
			Assert.hasText(name, "'name' must not be empty");
			return put(name, value);
		}

		/**
		 * Build.
		 * @return the playlist fields
		 */
		public PlaylistUpdate build() {
			return new PlaylistUpdate(this.fields);
		}

		private Builder put(String name, Object value) {
			Assert.notNull(value, () -> "'" + name + "' must not be null");
			this.fields.put(name, value);
			return this;
		}

	}

}
