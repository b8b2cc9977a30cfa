/**
 * Repositories for SoundCloud resources: tracks and users, with typed queries.
 */
@NullMarked
package io.github.scapi.soundcloud.repository;

import org.jspecify.annotations.NullMarked;
