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
 * between reads.
 *
 * @author scapi contributors
 */
final class BlockingJdkClientHttpResponse implements ClientHttpResponse {

	private final HttpResponse<InputStream> response;

	private final HttpHeaders headers;

	private final ResponseBodyStream body;

	BlockingJdkClientHttpResponse(HttpResponse<InputStream> response, @Nullable Duration readTimeout) {
		this.response = response;
		// the JDK's map is already case-insensitive: read through it instead of copying it
		this.headers = new HttpHeaders(CollectionUtils.toMultiValueMap(response.headers().map()));
		this.body = new ResponseBodyStream(response.body(), readTimeout);
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
