package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;

/**
 * One like or repost: what it is about and when it happened.
 *
 * @param targetId the id of the track or playlist
 * @param at when the user liked or reposted it
 */
record Edge(long targetId, Instant at) {

}
