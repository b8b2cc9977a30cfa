/**
 * Test support for the SoundCloud starter: an embedded, SoundCloud-compatible fake API.
 * <p>
 * {@link io.github.scapi.soundcloud.test.SoundCloudFake} starts the fake on its own,
 * {@link io.github.scapi.soundcloud.test.SoundCloudFakeExtension} for the tests of a JUnit 5 class;
 * {@link io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake} starts one for a Spring
 * test and points the starter at it. Everything outside this package is internal and may
 * change without notice.
 */
@NullMarked
package io.github.scapi.soundcloud.test;

import org.jspecify.annotations.NullMarked;
