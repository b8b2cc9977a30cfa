package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;

/**
 * A link a user added to their profile.
 *
 * @param id the numeric id
 * @param service the platform, e.g. {@code instagram} or {@code personal}
 * @param title the link's title
 * @param url the link
 * @param username the user name on that platform
 * @param createdAt when it was added
 */
record WebProfile(long id, String service, String title, String url, String username, Instant createdAt) {

}
