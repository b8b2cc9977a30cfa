/**
 * Auto-configuration of the SoundCloud client for Spring Boot.
 */
@NullMarked
package io.github.scapi.soundcloud.autoconfigure;

import org.jspecify.annotations.NullMarked;
