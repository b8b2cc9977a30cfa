/**
 * Spring Batch support: {@link io.github.scapi.soundcloud.batch.SoundCloudItemReader}, a
 * restartable reader over any SoundCloud list, and
 * {@link io.github.scapi.soundcloud.batch.SoundCloudPartitioner}, one partition per user,
 * playlist or query. Needs Spring Batch on the class path, which the starter does not bring.
 */
@NullMarked
package io.github.scapi.soundcloud.batch;

import org.jspecify.annotations.NullMarked;
