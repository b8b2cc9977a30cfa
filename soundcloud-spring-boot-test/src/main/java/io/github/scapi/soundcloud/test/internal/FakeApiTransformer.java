package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension that answers the fake's catch-all stub. It replaces the whole
 * response, so that audio can be streamed rather than rendered into an array, and is not
 * applied globally, so stubs that tests add through WireMock keep their own responses. The
 * stub's fixed delay, the fake's latency, still applies.
 */
final class FakeApiTransformer implements ResponseTransformerV2 {

	static final String NAME = "soundcloud-fake-api";

	private final ApiRouter router;

	FakeApiTransformer(ApiRouter router) {
		this.router = router;
	}

	@Override
	public Response transform(Response response, ServeEvent serveEvent) {
		ApiResponse api = this.router.handle(serveEvent.getRequest());
		List<HttpHeader> headers = new ArrayList<>();
		if (api.contentType() != null) {
			headers.add(new HttpHeader("Content-Type", api.contentType()));
		}
		api.headers().forEach((name, value) -> headers.add(new HttpHeader(name, value)));
		Response.Builder builder = Response.Builder.like(response).but().status(api.status());
		ApiResponse.Stream stream = api.stream();
		if (stream != null) {
			headers.add(new HttpHeader("Content-Length", String.valueOf(stream.length())));
			builder.body(stream.source()::get);
		}
		else {
			builder.body(api.bodyBytes());
		}
		return builder.headers(new HttpHeaders(headers)).build();
	}

	@Override
	public boolean applyGlobally() {
		return false;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
