/**
 * State that every instance of an application shares through its PostgreSQL database:
 * OAuth 2.1 tokens (Spring Security's JDBC store, with a lock so that one instance at a time
 * calls the token endpoint) and SoundCloud's rate limits (429s and opt-in budgets). See
 * {@code docs/scaling.md}.
 */
@NullMarked
package io.github.scapi.soundcloud.jdbc;

import org.jspecify.annotations.NullMarked;
