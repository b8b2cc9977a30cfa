package io.github.scapi.soundcloud.model;

import org.jspecify.annotations.Nullable;

/**
 * A SoundCloud resource that is addressed by its own URN: the types {@code /resolve} can
 * answer with (a {@link Track}, a {@link User} or a {@link Playlist}), plus
 * {@link Comment}s. The origin of an {@link Activity} is one as well (a track or a
 * playlist).
 * <p>
 * The interface is sealed: these four records are its only implementations, so code
 * handling a resource can check for each of them and know it missed none (on Java 21 and
 * later, a {@code switch} over a {@code SoundCloudResource} can be exhaustive without a
 * {@code default}).
 * <p>
 * Abridged listings may leave out any field, so both accessors may return {@code null}.
 *
 * @author scapi contributors
 */
public sealed interface SoundCloudResource permits Track, User, Playlist, Comment {

	/**
	 * The stable identifier of the resource, e.g. {@code soundcloud:tracks:123}.
	 * @return the URN, or {@code null} if the server did not send one
	 */
	@Nullable String urn();

	/**
	 * The resource type as the API names it: {@code track}, {@code user},
	 * {@code playlist} or {@code comment}.
	 * @return the kind, or {@code null} if the server did not send one
	 */
	@Nullable String kind();

}
