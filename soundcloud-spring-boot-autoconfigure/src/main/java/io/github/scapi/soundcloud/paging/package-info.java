/**
 * Lazy paging over SoundCloud lists as Spring Data {@link org.springframework.data.domain.Slice} and
 * {@link java.util.stream.Stream} results, following the API's {@code next_href} cursor.
 */
@NullMarked
package io.github.scapi.soundcloud.paging;

import org.jspecify.annotations.NullMarked;
