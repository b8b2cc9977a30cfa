package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.AbstractStreamingClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.StringUtils;
import org.springframework.util.function.SingletonSupplier;

/**
 * A request made by {@link BlockingJdkClientHttpRequestFactory}: sent with the blocking
 * {@link HttpClient#send} on the calling thread, unless its body is too large to buffer or
 * can be written only once.
 *
 * @author scapi contributors
 */
final class BlockingJdkClientHttpRequest extends AbstractStreamingClientHttpRequest {

	private static final Set<String> DISALLOWED_HEADERS = disallowedHeaders();

	// the factory's supplier, so that a lazy client is made only when a request is sent
	private final SingletonSupplier<HttpClient> httpClient;

	private final @Nullable Duration readTimeout;

	private final URI uri;

	private final HttpMethod method;

	BlockingJdkClientHttpRequest(SingletonSupplier<HttpClient> httpClient, @Nullable Duration readTimeout, URI uri,
			HttpMethod method) {
		this.httpClient = httpClient;
		this.readTimeout = readTimeout;
		this.uri = uri;
		this.method = method;
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
		Deadline deadline = Deadline.of(getAttributes().get(BlockingJdkClientHttpRequestFactory.DEADLINE_ATTRIBUTE));
		if (deadline != null && deadline.passed()) {
			throw deadline.exceeded("before the request was sent");
		}
		byte[] bytes = null;
		if (body != null) {
			bytes = buffered(headers, body);
			if (bytes == null) {
				return streamed(headers, body, deadline);
			}
		}
		return send(headers, bytes, deadline);
	}

	/** The body as bytes, or {@code null} when it is to be streamed. */
	private byte @Nullable [] buffered(HttpHeaders headers, StreamingHttpOutputMessage.Body body)
			throws IOException {
		long length = headers.getContentLength();
		if (length > BlockingJdkClientHttpRequestFactory.BUFFERED_BODY_LIMIT || (length < 0 && !body.repeatable())) {
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
	 * upload as a whole; only a deadline does that.
	 */
	private ClientHttpResponse streamed(HttpHeaders headers, StreamingHttpOutputMessage.Body body,
			@Nullable Deadline deadline) throws IOException {
		Duration timeout = this.readTimeout;
		BodyPipe pipe = new BodyPipe(BlockingJdkClientHttpRequestFactory.PIPE_CAPACITY,
				(timeout != null) ? timeout.toNanos() : 0, deadline);
		long length = headers.getContentLength();
		HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(pipe::source);
		HttpRequest.BodyPublisher publisher = (length >= 0)
				? HttpRequest.BodyPublishers.fromPublisher(stream, length) : stream;
		HttpRequest request = request(headers, publisher, null);
		CompletableFuture<HttpResponse<BodyQueue>> exchange = this.httpClient.obtain()
			.sendAsync(request, new QueuedBody());
		pipe.exchange(exchange);
		HttpResponse<BodyQueue> response = null;
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
			long wait = headersTimeout(deadline);
			response = (wait > 0) ? exchange.get(wait, TimeUnit.NANOSECONDS) : exchange.get();
			return new BlockingJdkClientHttpResponse(response, timeout, deadline);
		}
		catch (InterruptedException ex) {
			// the response may have come just as the interrupt did: it is dropped below
			throw interrupted(ex);
		}
		catch (TimeoutException ex) {
			if (timeout == null || (deadline != null && deadline.passed())) {
				throw Objects.requireNonNull(deadline).exceeded("while waiting for the response headers", ex);
			}
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
			if (response == null) {
				// a response that came after the wait gave up would otherwise hold its connection
				exchange.thenAccept((late) -> late.body().cancel());
			}
		}
	}

	/**
	 * How long to wait for the response headers, in nanoseconds: the read timeout, or the
	 * time left before the deadline if that is shorter; 0 for without bound.
	 */
	private long headersTimeout(@Nullable Deadline deadline) throws DeadlineExceededException {
		long wait = (this.readTimeout != null) ? this.readTimeout.toNanos() : 0;
		if (deadline != null) {
			long left = deadline.nanosLeft();
			if (left <= 0) {
				throw deadline.exceeded("before the response headers were awaited");
			}
			wait = (wait > 0) ? Math.min(wait, left) : left;
		}
		return wait;
	}

	/**
	 * The JDK request; {@code timeout} (nanoseconds, 0 for none) bounds the wait for the
	 * response headers, or is {@code null} when a streamed body bounds its own waits instead.
	 */
	private HttpRequest request(HttpHeaders headers, HttpRequest.@Nullable BodyPublisher publisher,
			@Nullable Long timeout) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri);
		if (timeout != null && timeout > 0) {
			builder.timeout(Duration.ofNanos(timeout));
		}
		// through the map itself: HttpHeaders.forEach makes a case-insensitive entry view first
		headers.asMultiValueMap().forEach((name, values) -> {
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

	private ClientHttpResponse send(HttpHeaders headers, byte @Nullable [] body, @Nullable Deadline deadline)
			throws IOException {
		long timeout = headersTimeout(deadline);
		HttpRequest.BodyPublisher publisher = (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
				: (this.method != HttpMethod.GET) ? HttpRequest.BodyPublishers.noBody() : null;
		HttpRequest request = request(headers, publisher, timeout);
		QueuedBody responseBody = new QueuedBody();
		try {
			// the body into a queue of ours, not the client's InputStream: see ResponseBodyStream
			HttpResponse<BodyQueue> response = this.httpClient.obtain().send(request, responseBody);
			return new BlockingJdkClientHttpResponse(response, this.readTimeout, deadline);
		}
		catch (HttpTimeoutException ex) {
			// the deadline's when it set the timeout (a connect timeout is the client's own,
			// unless the deadline passed meanwhile)
			boolean deadlineTimeout = deadline != null
					&& (this.readTimeout == null || timeout < this.readTimeout.toNanos());
			if (deadline != null && (deadline.passed()
					|| (deadlineTimeout && !(ex instanceof HttpConnectTimeoutException)))) {
				throw deadline.exceeded("while waiting for the response headers", ex);
			}
			throw ex;
		}
		catch (InterruptedException ex) {
			// send() has cancelled the exchange, unless the headers came just as the interrupt
			// did: then the response is lost to us, and its body, never read, would hold the
			// connection until the server ended it. The caller decides what the interrupt means.
			responseBody.discard();
			throw interrupted(ex);
		}
	}

	/**
	 * Hands the client a new {@link BodyQueue} when the response headers come, and remembers
	 * it, so that it can be cancelled when {@code send} fails without handing the response
	 * over (cancelling makes the client close the connection rather than keep a body nobody
	 * reads).
	 */
	private static final class QueuedBody implements HttpResponse.BodyHandler<BodyQueue> {

		private volatile @Nullable BodyQueue queue;

		@Override
		public HttpResponse.BodySubscriber<BodyQueue> apply(HttpResponse.ResponseInfo info) {
			BodyQueue queue = new BodyQueue();
			this.queue = queue;
			return queue;
		}

		void discard() {
			BodyQueue queue = this.queue;
			if (queue != null) {
				queue.cancel();
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

}
