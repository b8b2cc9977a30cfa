/**
 * The starter's repositories against the embedded fake SoundCloud, end to end.
 */
@NullMarked
package io.github.scapi.soundcloud.it;

import org.jspecify.annotations.NullMarked;
