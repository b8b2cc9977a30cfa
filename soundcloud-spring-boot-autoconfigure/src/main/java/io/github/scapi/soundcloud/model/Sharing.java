package io.github.scapi.soundcloud.model;

/**
 * Values of the {@code sharing} field of tracks and playlists known today. The field stays
 * a {@code String} on the records because SoundCloud may add values; these constants only
 * spare callers from spelling the common ones.
 *
 * @author scapi contributors
 */
public final class Sharing {

	/**
	 * Anyone can find and play the resource.
	 */
	public static final String PUBLIC = "public";

	/**
	 * Only the owner, people it was shared with and holders of the secret link can see the
	 * resource.
	 */
	public static final String PRIVATE = "private";

	private Sharing() {
	}

}
