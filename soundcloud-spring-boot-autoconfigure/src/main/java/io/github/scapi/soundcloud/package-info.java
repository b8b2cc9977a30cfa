/**
 * SoundCloud API client: the {@link io.github.scapi.soundcloud.SoundCloudConnector} that every repository uses, and the
 * exception hierarchy rooted at {@link io.github.scapi.soundcloud.SoundCloudException}.
 */
@NullMarked
package io.github.scapi.soundcloud;

import org.jspecify.annotations.NullMarked;
