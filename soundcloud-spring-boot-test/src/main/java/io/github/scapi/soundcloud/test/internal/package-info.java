/**
 * Internal implementation of the SoundCloud fake: dataset, HTTP handlers, WireMock and
 * Spring TestContext wiring. Not an API: anything here may change without notice.
 */
@NullMarked
package io.github.scapi.soundcloud.test.internal;

import org.jspecify.annotations.NullMarked;
