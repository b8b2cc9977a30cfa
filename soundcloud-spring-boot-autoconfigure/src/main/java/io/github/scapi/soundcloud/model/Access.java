package io.github.scapi.soundcloud.model;

/**
 * Values of a track's {@code access} field known today: how much of the track the current
 * caller may hear. The field stays a {@code String} on {@link Track} because SoundCloud may
 * add levels; these constants only name the ones documented now.
 *
 * @author scapi contributors
 */
public final class Access {

	/**
	 * The whole track can be streamed.
	 */
	public static final String PLAYABLE = "playable";

	/**
	 * Only a short excerpt can be streamed.
	 */
	public static final String PREVIEW = "preview";

	/**
	 * Nothing can be streamed; only the metadata is visible.
	 */
	public static final String BLOCKED = "blocked";

	private Access() {
	}

}
