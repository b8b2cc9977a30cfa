package io.github.scapi.soundcloud.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.AbstractStreamingClientHttpRequest;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.Assert;
import org.springframework.util.CollectionUtils;
import org.springframework.util.FastByteArrayOutputStream;
import org.springframework.util.StringUtils;
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

	private static final Set<String> DISALLOWED_HEADERS = disallowedHeaders();

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
		return new BlockingRequest(uri, httpMethod);
	}

	private static Set<String> disallowedHeaders() {
		// the names the JDK client refuses, unless the JVM was told to allow some of them
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(Set.of("connection", "content-length", "expect", "host", "upgrade"));
		String allowed = System.getProperty("jdk.httpclient.allowRestrictedHeaders");
		if (StringUtils.hasText(allowed)) {
			names.removeAll(StringUtils.commaDelimitedListToSet(allowed.toLowerCase(Locale.ROOT).replace(" ", "")));
		}
		return names;
	}

	private final class BlockingRequest extends AbstractStreamingClientHttpRequest {

		private final URI uri;

		private final HttpMethod method;

		BlockingRequest(URI uri, HttpMethod method) {
			this.uri = uri;
			this.method = method;
		}

		@Override
		public HttpMethod getMethod() {
			return this.method;
		}

		@Override
		public URI getURI() {
			return this.uri;
		}

		@Override
		protected ClientHttpResponse executeInternal(HttpHeaders headers,
				StreamingHttpOutputMessage.@Nullable Body body) throws IOException {
			byte[] bytes = null;
			if (body != null) {
				bytes = buffered(headers, body);
				if (bytes == null) {
					return streamed(headers, body);
				}
			}
			return send(request(headers, bytes));
		}

		/** The body as bytes, or {@code null} when it is to be streamed. */
		private byte @Nullable [] buffered(HttpHeaders headers, StreamingHttpOutputMessage.Body body)
				throws IOException {
			long length = headers.getContentLength();
			if (length > BUFFERED_BODY_LIMIT || (length < 0 && !body.repeatable())) {
				return null;
			}
			LimitedBuffer buffer = new LimitedBuffer((length >= 0) ? (int) length : 1024, length < 0);
			try {
				body.writeTo(buffer);
			}
			catch (LimitedBuffer.Overflow ex) {
				// repeatable, so the streaming path may write it again from the start
				return null;
			}
			return buffer.toByteArrayUnsafe();
		}

		/**
		 * A body too large to buffer, or one that can be written only once: written by the
		 * calling thread into a pipe the client sends from. The read timeout bounds every wait
		 * for the server to take more of it and then the wait for the response, never the
		 * upload as a whole.
		 */
		private ClientHttpResponse streamed(HttpHeaders headers, StreamingHttpOutputMessage.Body body)
				throws IOException {
			Duration timeout = BlockingJdkClientHttpRequestFactory.this.readTimeout;
			BodyPipe pipe = new BodyPipe(PIPE_CAPACITY, (timeout != null) ? timeout.toNanos() : 0);
			long length = headers.getContentLength();
			HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(pipe::source);
			HttpRequest.BodyPublisher publisher = (length >= 0)
					? HttpRequest.BodyPublishers.fromPublisher(stream, length) : stream;
			HttpRequest request = request(headers, publisher, false);
			CompletableFuture<HttpResponse<InputStream>> exchange = BlockingJdkClientHttpRequestFactory.this.httpClient
				.obtain()
				.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
			pipe.exchange(exchange);
			try {
				OutputStream out = pipe.sink();
				try {
					body.writeTo(out);
				}
				catch (BodyPipe.ExchangeEnded ex) {
					// the server answered before it took the whole body, or the connection failed:
					// the exchange's own outcome says which
				}
				catch (Throwable ex) {
					// failed before the end is marked: the server must never get a cut-off body
					// that looks complete
					pipe.fail();
					throw ex;
				}
				out.close();
				HttpResponse<InputStream> response = (timeout != null)
						? exchange.get(timeout.toNanos(), TimeUnit.NANOSECONDS) : exchange.get();
				return new BlockingResponse(response, timeout);
			}
			catch (InterruptedException ex) {
				throw interrupted(ex);
			}
			catch (TimeoutException ex) {
				throw new HttpTimeoutException("no response within "
						+ timeout.toMillis() + " ms after the body was sent");
			}
			catch (ExecutionException ex) {
				Throwable cause = ex.getCause();
				throw (cause instanceof IOException io) ? io : new IOException(cause);
			}
			finally {
				if (!exchange.isDone()) {
					// wakes the client's thread if it still waits for body bytes
					pipe.fail();
					exchange.cancel(true);
				}
			}
		}

		private HttpRequest request(HttpHeaders headers, byte @Nullable [] body) {
			if (body == null && this.method == HttpMethod.GET) {
				return request(headers, null, true);
			}
			return request(headers, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody(), true);
		}

		/**
		 * The JDK request; with {@code timed}, the read timeout bounds the wait for the
		 * response headers (a streamed body bounds its own waits instead).
		 */
		private HttpRequest request(HttpHeaders headers, HttpRequest.@Nullable BodyPublisher publisher,
				boolean timed) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri);
			if (timed && BlockingJdkClientHttpRequestFactory.this.readTimeout != null) {
				builder.timeout(BlockingJdkClientHttpRequestFactory.this.readTimeout);
			}
			headers.forEach((name, values) -> {
				if (!DISALLOWED_HEADERS.contains(name)) {
					for (String value : values) {
						builder.header(name, value);
					}
				}
			});
			if (publisher == null) {
				return builder.GET().build();
			}
			return builder.method(this.method.name(), publisher).build();
		}

		private ClientHttpResponse send(HttpRequest request) throws IOException {
			try {
				HttpResponse<InputStream> response = BlockingJdkClientHttpRequestFactory.this.httpClient.obtain()
					.send(request, HttpResponse.BodyHandlers.ofInputStream());
				return new BlockingResponse(response, BlockingJdkClientHttpRequestFactory.this.readTimeout);
			}
			catch (InterruptedException ex) {
				// send() has cancelled the exchange; the caller decides what the interrupt means
				throw interrupted(ex);
			}
		}

	}

	/** The exchange was cancelled by the caller's interrupt, whose status is kept. */
	private static InterruptedIOException interrupted(InterruptedException ex) {
		Thread.currentThread().interrupt();
		InterruptedIOException failure = new InterruptedIOException("Interrupted while waiting for the response");
		failure.initCause(ex);
		return failure;
	}

	/** A body buffer that gives up past the limit when asked to. */
	private static final class LimitedBuffer extends FastByteArrayOutputStream {

		private final boolean limited;

		LimitedBuffer(int initialCapacity, boolean limited) {
			super(Math.max(initialCapacity, 1));
			this.limited = limited;
		}

		@Override
		public void write(int datum) throws IOException {
			check(1);
			super.write(datum);
		}

		@Override
		public void write(byte[] data, int offset, int length) throws IOException {
			check(length);
			super.write(data, offset, length);
		}

		private void check(int more) throws Overflow {
			if (this.limited && size() + (long) more > BUFFERED_BODY_LIMIT) {
				throw new Overflow();
			}
		}

		static final class Overflow extends IOException {

			Overflow() {
				super("body larger than the buffer limit", null);
			}

			@Override
			public synchronized Throwable fillInStackTrace() {
				return this;
			}

		}

	}

	private static final class BlockingResponse implements ClientHttpResponse {

		private final HttpResponse<InputStream> response;

		private final HttpHeaders headers;

		private final ResponseBody body;

		BlockingResponse(HttpResponse<InputStream> response, @Nullable Duration readTimeout) {
			this.response = response;
			// the JDK's map is already case-insensitive: read through it instead of copying it
			this.headers = new HttpHeaders(CollectionUtils.toMultiValueMap(response.headers().map()));
			this.body = new ResponseBody(response.body(), readTimeout);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return HttpStatusCode.valueOf(this.response.statusCode());
		}

		@Override
		public String getStatusText() {
			return "";
		}

		@Override
		public HttpHeaders getHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getBody() {
			return this.body;
		}

		@Override
		public void close() {
			this.body.drainAndClose();
		}

	}

	/**
	 * The response body: remembers whether it was closed (a JSON reader usually closes it
	 * before the response is), and, with a read timeout, closes itself when no byte arrived
	 * for that long. One scheduled check per response, moved forward only when it fires:
	 * reads just note the time.
	 */
	private static final class ResponseBody extends FilterInputStream {

		private final long timeoutNanos;

		private volatile long lastProgress;

		private volatile boolean timedOut;

		private volatile boolean closed;

		private volatile @Nullable ScheduledFuture<?> check;

		ResponseBody(InputStream body, @Nullable Duration timeout) {
			super(body);
			this.timeoutNanos = (timeout != null) ? timeout.toNanos() : 0;
			if (timeout != null) {
				this.lastProgress = System.nanoTime();
				schedule(this.timeoutNanos);
			}
		}

		private void schedule(long delayNanos) {
			this.check = TimeoutScheduler.INSTANCE.schedule(this::checkIdle, delayNanos, TimeUnit.NANOSECONDS);
		}

		private void checkIdle() {
			if (this.closed) {
				return;
			}
			long idle = System.nanoTime() - this.lastProgress;
			if (idle >= this.timeoutNanos) {
				this.timedOut = true;
				try {
					this.in.close();
				}
				catch (IOException ex) {
					// the reader sees the timeout either way
				}
			}
			else {
				schedule(this.timeoutNanos - idle);
			}
		}

		@Override
		public int read() throws IOException {
			try {
				int datum = super.read();
				progressed();
				return datum;
			}
			catch (IOException ex) {
				throw timeoutOr(ex);
			}
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			try {
				int count = super.read(buffer, offset, length);
				progressed();
				return count;
			}
			catch (IOException ex) {
				throw timeoutOr(ex);
			}
		}

		private void progressed() {
			if (this.timeoutNanos > 0) {
				this.lastProgress = System.nanoTime();
			}
		}

		private IOException timeoutOr(IOException ex) {
			if (this.timedOut) {
				return new HttpTimeoutException("no response body bytes for "
						+ TimeUnit.NANOSECONDS.toMillis(this.timeoutNanos) + " ms");
			}
			return ex;
		}

		/** Read what is left, so the connection can go back to the pool, then close. */
		void drainAndClose() {
			if (this.closed) {
				return;
			}
			try {
				try {
					if (read() != -1) {
						transferTo(OutputStream.nullOutputStream());
					}
				}
				finally {
					close();
				}
			}
			catch (IOException ex) {
				// nothing left to do with a body that cannot be read
			}
		}

		@Override
		public void close() throws IOException {
			if (this.closed) {
				return;
			}
			this.closed = true;
			ScheduledFuture<?> pending = this.check;
			if (pending != null) {
				pending.cancel(false);
			}
			super.close();
		}

	}

	/** One daemon thread for every pending body timeout, started when first needed. */
	private static final class TimeoutScheduler {

		static final ScheduledThreadPoolExecutor INSTANCE = create();

		private static ScheduledThreadPoolExecutor create() {
			ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, (task) -> {
				Thread thread = new Thread(task, "soundcloud-http-read-timeout");
				thread.setDaemon(true);
				return thread;
			});
			executor.setRemoveOnCancelPolicy(true);
			return executor;
		}

	}

}
