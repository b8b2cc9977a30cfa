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
 * may take as long as it needs. The interrupt of the calling thread, or of the thread
 * reading the body, aborts the exchange with an {@link InterruptedIOException} and keeps
 * the thread's interrupt status; closing the body from another thread fails a read blocked
 * in it at once and closes the connection.
 * <p>
 * A request may carry an absolute deadline, as the request attribute
 * {@link #DEADLINE_ATTRIBUTE}. Closing a response reads at most a few KB of a body left
 * unread, and only what arrives promptly, so that the connection can be used again; a larger
 * or slower rest closes the connection instead.
 *
 * @author scapi contributors
 */
public final class BlockingJdkClientHttpRequestFactory implements ClientHttpRequestFactory {

	/**
	 * The name of a request attribute holding a {@link java.time.Instant}: the absolute
	 * deadline of the exchange, after which it is abandoned. With a {@code RestClient}, set it
	 * with {@code .attribute(DEADLINE_ATTRIBUTE, instant)} on the request; Spring hands
	 * request attributes to {@link ClientHttpRequest#getAttributes()}, interceptors or not.
	 * <p>
	 * A deadline already passed fails the request before anything is sent. Otherwise the wait
	 * for the response headers is bounded by the read timeout or by the time left, whichever
	 * is shorter; a streamed request body is not written past it; and the response body is
	 * closed at the deadline, even while bytes keep arriving and even if nobody reads it. Each
	 * of these fails with a {@link DeadlineExceededException}, a
	 * {@link java.net.http.HttpTimeoutException} that names the deadline (the read timeout's
	 * failures are plain {@code HttpTimeoutException}s). A value that is not an
	 * {@code Instant} fails the request with an {@link IllegalArgumentException}.
	 */
	public static final String DEADLINE_ATTRIBUTE = BlockingJdkClientHttpRequestFactory.class.getName() + ".deadline";

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
