/**
 * A restartable Spring Batch job that copies a user's tracks from SoundCloud (by default the
 * embedded fake) into a database table, and a partitioned variant over many users.
 */
@NullMarked
package io.github.scapi.soundcloud.batchsample;

import org.jspecify.annotations.NullMarked;
