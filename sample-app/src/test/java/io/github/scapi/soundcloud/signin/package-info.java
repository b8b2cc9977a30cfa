/**
 * A web application that signs users in with SoundCloud in two lines: a registration's
 * client id and secret, and {@code oauth2Login}.
 */
@NullMarked
package io.github.scapi.soundcloud.signin;

import org.jspecify.annotations.NullMarked;
