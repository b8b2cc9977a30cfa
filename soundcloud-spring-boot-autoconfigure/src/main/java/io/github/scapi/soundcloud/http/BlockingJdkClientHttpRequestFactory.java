package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.function.SingletonSupplier;

/**
 * A {@link ClientHttpRequestFactory} on the JDK {@link HttpClient} that sends with the
 * blocking {@link HttpClient#send} on the calling thread.
 * <p>
 * Spring's {@link JdkClientHttpRequestFactory} sends every request with
 * {@code sendAsync} and waits for the future. For {@code sendAsync} the JDK adds one more
 * step on {@code CompletableFuture}'s default executor, and where the common
 * {@code ForkJoinPool} has a parallelism of 1 (any machine or container with 2 CPUs or
 * fewer) that executor starts a new thread for every request. {@code send} skips that step.
 * <p>
 * Requests without a body, and requests whose body is at most 1 MiB (known from
 * {@code Content-Length}, or written into a buffer when the body may be written twice),
 * are sent this way. Larger or one-shot streaming bodies, such as uploads, are written by
 * the calling thread through a small bounded pipe that the client sends from
 * ({@code sendAsync}), so they are never held in memory.
 * <p>
 * The read timeout bounds the wait for the response headers and then every wait for the
 * next bytes of the body: a body that stops arriving for that long is closed, and the
 * reader gets an {@link IOException}. For a streamed request body it bounds every wait for
 * the server to take more of it, never the upload as a whole: an upload that keeps moving
 * may take as long as it needs. The calling thread's interrupt aborts the exchange
 * with an {@link InterruptedIOException} and keeps the thread's interrupt status.
 *
 * @author scapi contributors
 */
public final class BlockingJdkClientHttpRequestFactory implements ClientHttpRequestFactory {

	/** Bodies up to this size are buffered and sent on the calling thread. */
	static final int BUFFERED_BODY_LIMIT = 1024 * 1024;

	/** How much of a streamed body waits between the caller and the client. */
	static final int PIPE_CAPACITY = 64 * 1024;


	private final SingletonSupplier<HttpClient> httpClient;

	private final @Nullable Duration readTimeout;


	/**
	 * Create a factory without a read timeout.
	 * @param httpClient the client to send with
	 */
	public BlockingJdkClientHttpRequestFactory(HttpClient httpClient) {
		this(httpClient, null);
	}

	/**
	 * Create a factory.
	 * @param httpClient the client to send with
	 * @param readTimeout how long to wait for the response headers and then for each part
	 * of the body, or {@code null} to wait without bound
	 */
	public BlockingJdkClientHttpRequestFactory(HttpClient httpClient, @Nullable Duration readTimeout) {
		this(SingletonSupplier.of(nonNull(httpClient)), readTimeout);
	}

	private BlockingJdkClientHttpRequestFactory(SingletonSupplier<HttpClient> httpClient,
			@Nullable Duration readTimeout) {
		Assert.isTrue(readTimeout == null || (!readTimeout.isNegative() && !readTimeout.isZero()),
				"'readTimeout' must be positive");
		this.httpClient = httpClient;
		this.readTimeout = readTimeout;
	}

	/**
	 * Create a factory whose client is made when the first request is sent. Making a JDK
	 * client loads the TLS machinery, a large part of an application's start-up when done
	 * eagerly; made lazily it costs the first request instead.
	 * @param httpClient makes the client, once
	 * @param readTimeout how long to wait for the response headers and then for each part
	 * of the body, or {@code null} to wait without bound
	 * @return the factory
	 */
	public static BlockingJdkClientHttpRequestFactory lazy(Supplier<HttpClient> httpClient,
			@Nullable Duration readTimeout) {
		Assert.notNull(httpClient, "'httpClient' must not be null");
		return new BlockingJdkClientHttpRequestFactory(SingletonSupplier.of(httpClient), readTimeout);
	}

	private static HttpClient nonNull(HttpClient httpClient) {
		Assert.notNull(httpClient, "'httpClient' must not be null");
		return httpClient;
	}

	/**
	 * The client this factory sends with, made now if it was not yet.
	 * @return the client
	 */
	public HttpClient getHttpClient() {
		return this.httpClient.obtain();
	}

	/**
	 * The read timeout.
	 * @return the timeout, or {@code null} for none
	 */
	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) {
		return new BlockingJdkClientHttpRequest(this.httpClient, this.readTimeout, uri, httpMethod);
	}

}
