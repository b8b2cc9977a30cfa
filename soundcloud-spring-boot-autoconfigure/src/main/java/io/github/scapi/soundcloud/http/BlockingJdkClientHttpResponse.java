package io.github.scapi.soundcloud.http;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;

/**
 * A response to a {@link BlockingJdkClientHttpRequest}, whose body honours the read timeout
 * between reads, the request's deadline and the reading thread's interrupt, and is drained
 * only a little on close (see {@link ResponseBodyStream}).
 *
 * @author scapi contributors
 */
final class BlockingJdkClientHttpResponse implements ClientHttpResponse {

	private final HttpResponse<BodyQueue> response;

	private final HttpHeaders headers;

	private final ResponseBodyStream body;

	BlockingJdkClientHttpResponse(HttpResponse<BodyQueue> response, @Nullable Duration readTimeout,
			@Nullable Deadline deadline) {
		this.response = response;
		// the JDK's map is already case-insensitive: read through it instead of copying it
		this.headers = new HttpHeaders(CollectionUtils.toMultiValueMap(response.headers().map()));
		// the client has been delivering the body into the queue since the headers came
		this.body = new ResponseBodyStream(response.body(), (readTimeout != null) ? readTimeout.toNanos() : 0,
				deadline);
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
		// reads at most a few KB more, so a small leftover keeps the connection reusable and a
		// large or endless one closes it instead of being downloaded
		this.body.close();
	}

}
