package io.github.scapi.soundcloud.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.http.HttpMethod;
import org.springframework.http.StreamingHttpOutputMessage;
import org.springframework.http.client.ClientHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An interrupt that comes just as the response headers do makes the JDK client's wait fail
 * with no response handed over, as a prefetch cancelled by a closed walk can: the connection
 * of that response is still freed, rather than held until the server ends a body nobody reads.
 * The client here makes that race certain by waiting for the headers and then failing its wait.
 */
@Timeout(30)
class LateInterruptTests {

	// ten bytes of a hundred, then silence until the client hangs up
	private static final LoopbackServer.Script STALL = (connection) -> {
		connection.readRequest();
		connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789");
		connection.readUntilClosed(15_000);
	};

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final BlockingJdkClientHttpRequestFactory factory = new BlockingJdkClientHttpRequestFactory(
			new InterruptedAfterHeaders(this.client), Duration.ofSeconds(60));

	@AfterEach
	void clearInterrupt() {
		Thread.interrupted();
	}

	@Test
	void aSentRequestWhoseWaitIsInterruptedAfterTheHeadersFreesTheConnection() throws Exception {
		try (LoopbackServer server = new LoopbackServer(STALL)) {
			ClientHttpRequest request = this.factory.createRequest(server.uri("/users"), HttpMethod.GET);
			assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(request::execute);
			// kept for the caller, and cleared here so that the wait below can run
			assertThat(Thread.interrupted()).isTrue();
			assertThat(server.awaitClientHangUp(5000)).as("the server saw the connection go").isTrue();
		}
	}

	@Test
	void aStreamedUploadWhoseWaitIsInterruptedAfterTheHeadersFreesTheConnection() throws Exception {
		try (LoopbackServer server = new LoopbackServer(STALL)) {
			ClientHttpRequest request = this.factory.createRequest(server.uri("/tracks"), HttpMethod.POST);
			// written once, length unknown: sent through the pipe, not with send()
			((StreamingHttpOutputMessage) request)
				.setBody((out) -> out.write("a one-shot body".getBytes(StandardCharsets.US_ASCII)));
			assertThatExceptionOfType(InterruptedIOException.class).isThrownBy(request::execute);
			// kept for the caller, and cleared here so that the wait below can run
			assertThat(Thread.interrupted()).isTrue();
			assertThat(server.awaitClientHangUp(5000)).as("the server saw the connection go").isTrue();
		}
	}

	/**
	 * The real client, except that every wait for a response sees an interrupt once the
	 * headers have come: {@code send} throws, and the future of {@code sendAsync} fails its
	 * {@code get}, each leaving the response with the client alone.
	 */
	private static final class InterruptedAfterHeaders extends HttpClient {

		private final HttpClient delegate;

		InterruptedAfterHeaders(HttpClient delegate) {
			this.delegate = delegate;
		}

		@Override
		public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
				throws IOException, InterruptedException {
			this.delegate.sendAsync(request, handler).join();
			throw new InterruptedException();
		}

		@Override
		public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
				HttpResponse.BodyHandler<T> handler) {
			LateFuture<HttpResponse<T>> future = new LateFuture<>();
			this.delegate.sendAsync(request, handler).whenComplete((response, failure) -> {
				if (failure != null) {
					future.completeExceptionally(failure);
				}
				else {
					future.complete(response);
				}
			});
			return future;
		}

		@Override
		public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
				HttpResponse.BodyHandler<T> handler, HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
			return sendAsync(request, handler);
		}

		@Override
		public Optional<CookieHandler> cookieHandler() {
			return this.delegate.cookieHandler();
		}

		@Override
		public Optional<Duration> connectTimeout() {
			return this.delegate.connectTimeout();
		}

		@Override
		public Redirect followRedirects() {
			return this.delegate.followRedirects();
		}

		@Override
		public Optional<ProxySelector> proxy() {
			return this.delegate.proxy();
		}

		@Override
		public SSLContext sslContext() {
			return this.delegate.sslContext();
		}

		@Override
		public SSLParameters sslParameters() {
			return this.delegate.sslParameters();
		}

		@Override
		public Optional<Authenticator> authenticator() {
			return this.delegate.authenticator();
		}

		@Override
		public Version version() {
			return this.delegate.version();
		}

		@Override
		public Optional<Executor> executor() {
			return this.delegate.executor();
		}

	}

	/** A future whose waits end in an interrupt once it is complete, as a racing interrupt can. */
	private static final class LateFuture<T> extends CompletableFuture<T> {

		@Override
		public T get() throws InterruptedException {
			join();
			throw new InterruptedException();
		}

		@Override
		public T get(long timeout, TimeUnit unit) throws InterruptedException {
			join();
			throw new InterruptedException();
		}

	}

}
