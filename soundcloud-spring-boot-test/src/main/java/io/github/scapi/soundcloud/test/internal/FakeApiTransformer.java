package io.github.scapi.soundcloud.test.internal;

import java.time.Duration;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The WireMock extension that answers the fake's catch-all stub. It is not applied
 * globally, so stubs that tests add through WireMock keep their own responses.
 */
final class FakeApiTransformer implements ResponseDefinitionTransformerV2 {

	static final String NAME = "soundcloud-fake-api";

	private final ApiRouter router;

	private final Duration latency;

	FakeApiTransformer(ApiRouter router, Duration latency) {
		this.router = router;
		this.latency = latency;
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		ApiResponse response = this.router.handle(serveEvent.getRequest());
		ResponseDefinitionBuilder builder = ResponseDefinitionBuilder.responseDefinition()
			.withStatus(response.status())
			.withBody(response.bodyBytes());
		if (response.contentType() != null) {
			builder.withHeader("Content-Type", response.contentType());
		}
		response.headers().forEach(builder::withHeader);
		if (!this.latency.isZero()) {
			builder.withFixedDelay((int) Math.min(this.latency.toMillis(), Integer.MAX_VALUE));
		}
		return builder.build();
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
