/**
 * A command-line sample application that uses the SoundCloud starter as a user would.
 */
@NullMarked
package io.github.scapi.soundcloud.sample;

import org.jspecify.annotations.NullMarked;
