/**
 * A web application that exposes Actuator's endpoints, kept outside the sample's package so
 * that the command-line sample does not pick it up.
 */
@NullMarked
package io.github.scapi.soundcloud.actuator;

import org.jspecify.annotations.NullMarked;
