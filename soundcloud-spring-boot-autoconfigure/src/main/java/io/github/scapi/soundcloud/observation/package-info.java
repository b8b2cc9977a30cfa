/**
 * Observations of SoundCloud requests: the documented {@code soundcloud.client.requests}
 * observation, its context and its default convention.
 */
@NullMarked
package io.github.scapi.soundcloud.observation;

import org.jspecify.annotations.NullMarked;
