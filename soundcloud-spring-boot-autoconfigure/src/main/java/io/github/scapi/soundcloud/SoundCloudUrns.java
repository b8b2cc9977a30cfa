package io.github.scapi.soundcloud;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Normalises resource identifiers to URNs. SoundCloud identifies resources by URNs such as
 * {@code soundcloud:tracks:123}; the numeric ids of older clients (scapi's included) are
 * deprecated but still common, so both are accepted and a numeric id becomes the URN.
 * Anything else is rejected before a request is made.
 *
 * @author scapi contributors
 */
public final class SoundCloudUrns {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,19}");

	private SoundCloudUrns() {
	}

	/**
	 * Normalise a track URN or numeric id.
	 * @param urnOrId {@code soundcloud:tracks:123} or {@code 123}
	 * @return the URN
	 * @throws IllegalArgumentException if the value is neither
	 */
	public static String track(@Nullable String urnOrId) {
		return of("tracks", urnOrId);
	}

	/**
	 * Normalise a user URN or numeric id.
	 * @param urnOrId {@code soundcloud:users:123} or {@code 123}
	 * @return the URN
	 * @throws IllegalArgumentException if the value is neither
	 */
	public static String user(@Nullable String urnOrId) {
		return of("users", urnOrId);
	}

	/**
	 * Normalise a playlist URN or numeric id.
	 * @param urnOrId {@code soundcloud:playlists:123} or {@code 123}
	 * @return the URN
	 * @throws IllegalArgumentException if the value is neither
	 */
	public static String playlist(@Nullable String urnOrId) {
		return of("playlists", urnOrId);
	}

	/**
	 * Normalise a URN or numeric id of any kind of resource.
	 * @param kind the plural resource kind used in URNs, such as {@code tracks}
	 * @param urnOrId the URN or numeric id
	 * @return the URN
	 * @throws IllegalArgumentException if the value is neither a URN of that kind nor a numeric id
	 */
	public static String of(String kind, @Nullable String urnOrId) {
		if (urnOrId == null || urnOrId.isBlank()) {
			throw new IllegalArgumentException("A " + singular(kind) + " URN or id is required, but none was given");
		}
		String prefix = "soundcloud:" + kind + ":";
		String candidate = urnOrId.strip();
		String id = candidate.startsWith(prefix) ? candidate.substring(prefix.length()) : candidate;
		if (!DIGITS.matcher(id).matches()) {
			throw new IllegalArgumentException("'" + urnOrId + "' is not a " + singular(kind)
					+ " URN or numeric id; expected for example '" + prefix + "123' or '123'");
		}
		return prefix + id;
	}

	private static String singular(String kind) {
		return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
	}

}
