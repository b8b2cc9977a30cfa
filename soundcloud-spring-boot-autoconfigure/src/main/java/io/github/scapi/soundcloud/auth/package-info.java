/**
 * Authentication of requests to the SoundCloud API: the {@link io.github.scapi.soundcloud.auth.SoundCloudAuthenticator}
 * contract and its implementations.
 */
@NullMarked
package io.github.scapi.soundcloud.auth;

import org.jspecify.annotations.NullMarked;
