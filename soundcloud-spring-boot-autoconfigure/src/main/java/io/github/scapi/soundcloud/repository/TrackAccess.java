package io.github.scapi.soundcloud.repository;

import java.util.Locale;

/**
 * Levels of access to a track, used to filter searches. SoundCloud returns {@code playable}
 * and {@code preview} tracks unless asked otherwise.
 *
 * @author scapi contributors
 */
public enum TrackAccess {

	/** The whole track can be played. */
	PLAYABLE,

	/** Only a short preview can be played (for example, a subscription-only track). */
	PREVIEW,

	/** The track cannot be played where the request comes from. */
	BLOCKED;

	/**
	 * Return the value the API uses.
	 * @return the lower-case API value, e.g. {@code playable}
	 */
	public String apiValue() {
		return name().toLowerCase(Locale.ROOT);
	}

}
