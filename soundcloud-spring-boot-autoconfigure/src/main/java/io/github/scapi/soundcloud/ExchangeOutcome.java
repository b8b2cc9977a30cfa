package io.github.scapi.soundcloud;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What one HTTP exchange came to, decided while its response was open so that the response
 * can be closed before the connector waits, follows a redirect or retries.
 *
 * @param <T> the type of a successful result
 */
sealed interface ExchangeOutcome<T> {

	/**
	 * The request is done.
	 *
	 * @param <T> the result type
	 * @param value the result, or {@code null} when the response had none
	 */
	record Done<T>(@Nullable T value) implements ExchangeOutcome<T> {
	}

	/**
	 * The response points elsewhere.
	 *
	 * @param <T> the result type
	 * @param status the status that redirected (a 201 without a body counts as a 303)
	 * @param location the absolute target
	 */
	record Redirect<T>(int status, URI location) implements ExchangeOutcome<T> {
	}

	/**
	 * The request failed in a way that may pass if it is sent again.
	 *
	 * @param <T> the result type
	 * @param failure what to throw if it is not retried
	 * @param after how long the server asked to wait, or {@code null} to back off
	 */
	record Retry<T>(SoundCloudException failure, @Nullable Duration after) implements ExchangeOutcome<T> {
	}

	/**
	 * The API rejected the credentials and the authenticator renewed them.
	 *
	 * @param <T> the result type
	 */
	record Renewed<T>() implements ExchangeOutcome<T> {
	}

}
