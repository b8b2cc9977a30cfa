/**
 * HTTP transport: a {@code ClientHttpRequestFactory} on the JDK {@code HttpClient} that
 * sends on the calling thread.
 */
@NullMarked
package io.github.scapi.soundcloud.http;

import org.jspecify.annotations.NullMarked;
