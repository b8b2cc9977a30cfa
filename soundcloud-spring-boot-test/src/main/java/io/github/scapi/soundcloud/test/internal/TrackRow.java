package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeTrack;
import org.jspecify.annotations.Nullable;

/**
 * A track as the state keeps it: the public view plus what writes set. Guarded by the
 * state's lock.
 */
final class TrackRow {

	private FakeTrack track;

	private final boolean generated;

	private final Map<String, @Nullable Object> fields;

	private final List<Long> permittedUserIds;

	private @Nullable Map<String, @Nullable Object> storefront;

	private long plays;

	/**
	 * A track of the generated dataset.
	 */
	TrackRow(FakeTrack track) {
		this(track, true, new LinkedHashMap<>(), new ArrayList<>(), null, 0);
	}

	/**
	 * A track created through the API, whose JSON fields are all given rather than derived.
	 */
	TrackRow(FakeTrack track, Map<String, @Nullable Object> fields) {
		this(track, false, new LinkedHashMap<>(fields), new ArrayList<>(), null, 0);
	}

	private TrackRow(FakeTrack track, boolean generated, Map<String, @Nullable Object> fields,
			List<Long> permittedUserIds, @Nullable Map<String, @Nullable Object> storefront, long plays) {
		this.track = track;
		this.generated = generated;
		this.fields = fields;
		this.permittedUserIds = permittedUserIds;
		this.storefront = storefront;
		this.plays = plays;
	}

	TrackRow copy() {
		return new TrackRow(this.track, this.generated, new LinkedHashMap<>(this.fields),
				new ArrayList<>(this.permittedUserIds), this.storefront, this.plays);
	}

	FakeTrack track() {
		return this.track;
	}

	void track(FakeTrack track) {
		this.track = track;
	}

	/**
	 * Whether the track comes from the generated dataset, with derived play counts.
	 */
	boolean generated() {
		return this.generated;
	}

	long id() {
		return this.track.id();
	}

	long userId() {
		return Urns.parse(this.track.userUrn(), "users");
	}

	/**
	 * Fields that replace the generated ones in the track's JSON.
	 */
	Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	String sharing() {
		return String.valueOf(this.fields.getOrDefault("sharing", "public"));
	}

	boolean isPublic() {
		return !"private".equals(sharing());
	}

	String permalink() {
		Object permalink = this.fields.get("permalink");
		return (permalink != null) ? permalink.toString() : defaultPermalink(this.track);
	}

	boolean flag(String name, boolean fallback) {
		Object value = this.fields.get(name);
		return (value instanceof Boolean bool) ? bool : fallback;
	}

	List<Long> permittedUserIds() {
		return this.permittedUserIds;
	}

	@Nullable Map<String, @Nullable Object> storefront() {
		return this.storefront;
	}

	void storefront(Map<String, @Nullable Object> storefront) {
		this.storefront = storefront;
	}

	long plays() {
		return this.plays;
	}

	void played() {
		this.plays++;
	}

	static String defaultPermalink(FakeTrack track) {
		String slug = TextGenerator.slug(track.title());
		return (slug.isEmpty() ? "track" : slug) + "-" + track.id();
	}

}
