/**
 * Immutable records for the resources the SoundCloud API returns: {@link io.github.scapi.soundcloud.model.User},
 * {@link io.github.scapi.soundcloud.model.Track}, {@link io.github.scapi.soundcloud.model.Playlist},
 * {@link io.github.scapi.soundcloud.model.Comment} and the legacy {@link io.github.scapi.soundcloud.model.Group} and
 * {@link io.github.scapi.soundcloud.model.Event}.
 * <p>
 * Every record reads and writes the API's snake_case JSON with any Jackson 3 mapper, keeps
 * both the URN and the numeric id, parses both timestamp styles the API uses, and keeps
 * properties it does not know in {@code extra()} so that a field SoundCloud adds tomorrow
 * survives a read and a write. Values the API treats as open sets (sharing, access, kind,
 * license...) stay plain strings; {@link io.github.scapi.soundcloud.model.Sharing} and
 * {@link io.github.scapi.soundcloud.model.Access} only name the values known today.
 */
@NullMarked
package io.github.scapi.soundcloud.model;

import org.jspecify.annotations.NullMarked;
