package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.test.FakeTrack;
import org.jspecify.annotations.Nullable;

/**
 * The track filters of {@code GET /tracks}; all given filters must hold. Text comparisons
 * ignore case; list parameters are comma separated and match any of their values.
 */
final class TrackFilter {

	private static final Set<String> ACCESS_LEVELS = Set.of("playable", "preview", "blocked");

	private static final String DEFAULT_ACCESS = "playable,preview";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private TrackFilter() {
	}

	static Predicate<FakeTrack> search(ApiRequest request) {
		Predicate<FakeTrack> filter = access(request);
		String q = request.param("q");
		if (q != null && !q.isBlank()) {
			String needle = lower(q.strip());
			filter = filter.and((track) -> lower(track.title()).contains(needle)
					|| lower(track.genre()).contains(needle) || lower(TagList.format(track.tags())).contains(needle));
		}
		Set<String> urns = list(request.param("urns"));
		if (!urns.isEmpty()) {
			Set<Long> ids = urns.stream().map((urn) -> Urns.parse(urn, "tracks")).collect(Collectors.toSet());
			filter = filter.and((track) -> ids.contains(track.id()));
		}
		Set<String> genres = list(request.param("genres"));
		if (!genres.isEmpty()) {
			filter = filter.and((track) -> genres.contains(lower(track.genre())));
		}
		Set<String> tags = list(request.param("tags"));
		if (!tags.isEmpty()) {
			filter = filter.and((track) -> track.tags().stream().anyMatch((tag) -> tags.contains(lower(tag))));
		}
		filter = filter.and(range(request, "bpm", TrackFilter::bpm));
		filter = filter.and(range(request, "duration", (track) -> (double) track.duration()));
		return filter.and(createdWithin(request));
	}

	/**
	 * The {@code access} filter alone, which {@code /users/{user_urn}/tracks} honours too.
	 */
	static Predicate<FakeTrack> access(ApiRequest request) {
		return access(request, DEFAULT_ACCESS);
	}

	/**
	 * The {@code access} filter of the endpoints whose default lists every level.
	 */
	static Predicate<FakeTrack> explicitAccess(ApiRequest request) {
		return access(request, "playable,preview,blocked");
	}

	private static Predicate<FakeTrack> access(ApiRequest request, String defaultLevels) {
		String value = request.param("access");
		// the specification's enum values, comma-separated, exactly as written there
		Set<String> levels = Set.of(((value == null || value.isEmpty()) ? defaultLevels : value).split(",", -1));
		if (!ACCESS_LEVELS.containsAll(levels)) {
			throw ApiException.badRequest("access must list playable, preview or blocked");
		}
		return (track) -> levels.contains(track.access());
	}

	private static Predicate<FakeTrack> range(ApiRequest request, String name,
			Function<FakeTrack, @Nullable Double> value) {
		Double from = number(request.param(name + "[from]"), name);
		Double to = number(request.param(name + "[to]"), name);
		if (from == null && to == null) {
			return (track) -> true;
		}
		return (track) -> {
			Double actual = value.apply(track);
			return actual != null && (from == null || actual >= from) && (to == null || actual <= to);
		};
	}

	private static @Nullable Double bpm(FakeTrack track) {
		Integer bpm = track.bpm();
		return (bpm != null) ? bpm.doubleValue() : null;
	}

	private static Predicate<FakeTrack> createdWithin(ApiRequest request) {
		Instant from = instant(request.param("created_at[from]"));
		Instant to = instant(request.param("created_at[to]"));
		return (track) -> (from == null || !track.createdAt().isBefore(from))
				&& (to == null || !track.createdAt().isAfter(to));
	}

	/**
	 * Reads a bound, an {@code integer} in the specification: digits only, so
	 * {@code 120.5}, {@code 1e2} or {@code NaN} are refused rather than compared.
	 */
	private static @Nullable Double number(@Nullable String value, String name) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		if (!value.matches("[0-9]{1,18}")) {
			throw ApiException.badRequest(name + " bounds must be integers");
		}
		return Double.valueOf(value);
	}

	/**
	 * Reads {@code yyyy-mm-dd hh:mm:ss} in UTC; a bare date means its midnight.
	 */
	private static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			return (text.length() == 10) ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
					: LocalDateTime.parse(text, DATE_TIME).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw ApiException.badRequest("created_at bounds must look like yyyy-mm-dd hh:mm:ss");
		}
	}

	static Set<String> list(@Nullable String value) {
		if (value == null) {
			return Set.of();
		}
		return Arrays.stream(value.split(","))
			.map((item) -> lower(item.strip().replace("\"", "")))
			.filter((item) -> !item.isEmpty())
			.collect(Collectors.toSet());
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
