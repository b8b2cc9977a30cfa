/**
 * Actuator support: a health indicator that checks the API with one cheap call, and an info
 * contributor.
 */
@NullMarked
package io.github.scapi.soundcloud.actuate;

import org.jspecify.annotations.NullMarked;
