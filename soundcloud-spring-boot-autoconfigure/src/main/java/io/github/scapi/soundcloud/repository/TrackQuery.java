package io.github.scapi.soundcloud.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.SoundCloudUrns;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Filters for a track search ({@code GET /tracks}). Every filter is optional; filters
 * combine with "and", the values inside one list filter with "or". Build one with
 * {@link #builder()}; invalid values fail when {@link Builder#build()} is called, before any
 * request.
 *
 * <pre class="code">
 * TrackQuery query = TrackQuery.builder().text("deep house").genres("House").bpm(120, 128).build();
 * </pre>
 *
 * @param text free-text search ({@code q})
 * @param urns only these tracks
 * @param genres any of these genres
 * @param tags any of these tags
 * @param bpmFrom at least this tempo
 * @param bpmTo at most this tempo
 * @param durationFrom at least this long
 * @param durationTo at most this long
 * @param createdFrom created at or after this instant
 * @param createdTo created at or before this instant
 * @param access only tracks with these access levels; empty means the API's default
 * @author scapi contributors
 */
public record TrackQuery(@Nullable String text, List<String> urns, List<String> genres, List<String> tags,
		@Nullable Integer bpmFrom, @Nullable Integer bpmTo, @Nullable Duration durationFrom,
		@Nullable Duration durationTo, @Nullable Instant createdFrom, @Nullable Instant createdTo,
		Set<TrackAccess> access) {

	private static final DateTimeFormatter API_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	/** A query without filters: every track the API is willing to list. */
	public static final TrackQuery ALL = builder().build();

	/**
	 * Validate and copy the components.
	 * @param text free-text search
	 * @param urns track URNs
	 * @param genres genres
	 * @param tags tags
	 * @param bpmFrom minimum tempo
	 * @param bpmTo maximum tempo
	 * @param durationFrom minimum duration
	 * @param durationTo maximum duration
	 * @param createdFrom earliest creation time
	 * @param createdTo latest creation time
	 * @param access access levels
	 */
	public TrackQuery {
		urns = List.copyOf(urns);
		genres = List.copyOf(genres);
		tags = List.copyOf(tags);
		access = access.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(access));
		Assert.isTrue(bpmFrom == null || bpmFrom >= 0, "'bpmFrom' must not be negative");
		Assert.isTrue(bpmFrom == null || bpmTo == null || bpmFrom <= bpmTo, "'bpmFrom' must not exceed 'bpmTo'");
		Assert.isTrue(durationFrom == null || !durationFrom.isNegative(), "'durationFrom' must not be negative");
		Assert.isTrue(durationFrom == null || durationTo == null || durationFrom.compareTo(durationTo) <= 0,
				"'durationFrom' must not exceed 'durationTo'");
		Assert.isTrue(createdFrom == null || createdTo == null || !createdFrom.isAfter(createdTo),
				"'createdFrom' must not be after 'createdTo'");
	}

	/**
	 * Start building a query.
	 * @return a builder without filters
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Return the query parameters of this search, without paging parameters.
	 * @return the parameters in the API's names, e.g. {@code bpm[from]}
	 */
	public MultiValueMap<String, String> toQueryParameters() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (this.text != null) {
			parameters.add("q", this.text);
		}
		addList(parameters, "urns", this.urns);
		addList(parameters, "genres", this.genres);
		addList(parameters, "tags", this.tags);
		addIfPresent(parameters, "bpm[from]", this.bpmFrom);
		addIfPresent(parameters, "bpm[to]", this.bpmTo);
		addIfPresent(parameters, "duration[from]", (this.durationFrom != null) ? this.durationFrom.toMillis() : null);
		addIfPresent(parameters, "duration[to]", (this.durationTo != null) ? this.durationTo.toMillis() : null);
		addIfPresent(parameters, "created_at[from]", (this.createdFrom != null) ? API_TIME.format(this.createdFrom) : null);
		addIfPresent(parameters, "created_at[to]", (this.createdTo != null) ? API_TIME.format(this.createdTo) : null);
		if (!this.access.isEmpty()) {
			parameters.add("access", EnumSet.copyOf(this.access).stream().map(TrackAccess::apiValue)
				.collect(Collectors.joining(",")));
		}
		return parameters;
	}

	private static void addList(MultiValueMap<String, String> parameters, String name, List<String> values) {
		if (!values.isEmpty()) {
			parameters.add(name, String.join(",", values));
		}
	}

	private static void addIfPresent(MultiValueMap<String, String> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.add(name, value.toString());
		}
	}

	/**
	 * Builds a {@link TrackQuery}.
	 */
	public static final class Builder {

		private @Nullable String text;

		private final List<String> urns = new ArrayList<>();

		private final List<String> genres = new ArrayList<>();

		private final List<String> tags = new ArrayList<>();

		private @Nullable Integer bpmFrom;

		private @Nullable Integer bpmTo;

		private @Nullable Duration durationFrom;

		private @Nullable Duration durationTo;

		private @Nullable Instant createdFrom;

		private @Nullable Instant createdTo;

		private final Set<TrackAccess> access = EnumSet.noneOf(TrackAccess.class);

		private Builder() {
		}

		/**
		 * Search for text in titles, tags, descriptions and user names.
		 * @param text the text
		 * @return this builder
		 */
		public Builder text(String text) {
			Assert.hasText(text, "'text' must not be empty");
			this.text = text;
			return this;
		}

		/**
		 * Restrict the search to these tracks.
		 * @param urnsOrIds track URNs or numeric ids
		 * @return this builder
		 */
		public Builder urns(String... urnsOrIds) {
			Arrays.stream(urnsOrIds).map(SoundCloudUrns::track).forEach(this.urns::add);
			return this;
		}

		/**
		 * Match tracks of any of these genres.
		 * @param genres genre names, such as {@code House}
		 * @return this builder
		 */
		public Builder genres(String... genres) {
			addAll(this.genres, "genres", genres);
			return this;
		}

		/**
		 * Match tracks with any of these tags.
		 * @param tags tag names
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			addAll(this.tags, "tags", tags);
			return this;
		}

		/**
		 * Match tracks whose tempo lies in a range; either end may be {@code null}.
		 * @param from the lowest tempo in beats per minute
		 * @param to the highest tempo in beats per minute
		 * @return this builder
		 */
		public Builder bpm(@Nullable Integer from, @Nullable Integer to) {
			this.bpmFrom = from;
			this.bpmTo = to;
			return this;
		}

		/**
		 * Match tracks whose duration lies in a range; either end may be {@code null}.
		 * @param from the shortest duration
		 * @param to the longest duration
		 * @return this builder
		 */
		public Builder duration(@Nullable Duration from, @Nullable Duration to) {
			this.durationFrom = from;
			this.durationTo = to;
			return this;
		}

		/**
		 * Match tracks created in a period; either end may be {@code null}. The API works in
		 * whole seconds of UTC.
		 * @param from the earliest creation time
		 * @param to the latest creation time
		 * @return this builder
		 */
		public Builder createdBetween(@Nullable Instant from, @Nullable Instant to) {
			this.createdFrom = from;
			this.createdTo = to;
			return this;
		}

		/**
		 * Match tracks with any of these access levels instead of the API's default
		 * ({@code playable} and {@code preview}).
		 * @param access the access levels
		 * @return this builder
		 */
		public Builder access(TrackAccess... access) {
			for (TrackAccess level : access) {
				Assert.notNull(level, "'access' must not contain null");
				this.access.add(level);
			}
			return this;
		}

		/**
		 * Build the query.
		 * @return the query
		 * @throws IllegalArgumentException if a range is inverted or negative
		 */
		public TrackQuery build() {
			return new TrackQuery(this.text, this.urns, this.genres, this.tags, this.bpmFrom, this.bpmTo,
					this.durationFrom, this.durationTo, this.createdFrom, this.createdTo, this.access);
		}

		private static void addAll(List<String> target, String name, String... values) {
			for (String value : values) {
				Assert.hasText(value, () -> "'" + name + "' must not contain empty values");
				Assert.isTrue(value.indexOf(',') < 0, () -> "'" + name + "' values must not contain ',' (the API's separator)");
				target.add(value.strip());
			}
		}

	}

}
