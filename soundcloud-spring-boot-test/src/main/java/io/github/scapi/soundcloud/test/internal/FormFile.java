package io.github.scapi.soundcloud.test.internal;

import org.jspecify.annotations.Nullable;

/**
 * A file part of a multipart form, without its bytes.
 *
 * @param part the part's name, e.g. {@code track[asset_data]}
 * @param filename the file name sent, or {@code null}
 * @param contentType the part's content type, or {@code null}
 * @param size the number of bytes
 */
record FormFile(String part, @Nullable String filename, @Nullable String contentType, long size) {

}
