/**
 * A web application that signs users in with SoundCloud, kept outside the sample's package
 * so that the command-line sample does not pick it up.
 */
@NullMarked
package io.github.scapi.soundcloud.weblogin;

import org.jspecify.annotations.NullMarked;
