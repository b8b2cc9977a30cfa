package io.github.scapi.soundcloud;

import java.net.http.HttpClient;
import java.time.Duration;

import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * What a connector is made with when its builder is given nothing else: the JSON mapper
 * of its own (decision 0001) and the default JDK transport.
 */
final class ConnectorDefaults {

	private ConnectorDefaults() {
	}

	/**
	 * The connector's mapper: lenient about fields the model does not know, strict about
	 * size. SoundCloud's JSON is shallow and its longest strings (descriptions) are a few KB:
	 * the limits stop a hostile body from costing more than the response size allows.
	 */
	static JsonMapper jsonMapper(long maxResponseBytes, long minStringLength) {
		StreamReadConstraints constraints = StreamReadConstraints.builder()
			.maxDocumentLength(maxResponseBytes)
			.maxStringLength((int) Math.max(minStringLength, maxResponseBytes / 4))
			.maxNestingDepth(64)
			.build();
		return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			// a response is complete when its JSON value ends: what a server sends after it is
			// not waited for (Jackson 3 would read on to the end to refuse it)
			.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
	}

	static ClientHttpRequestFactory requestFactory(boolean plainHttp) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10));
		if (plainHttp) {
			// no h2c upgrade attempts over plain HTTP: they gain nothing and slow every new connection
			builder.version(HttpClient.Version.HTTP_1_1);
		}
		// made for the first request (TLS set-up is costly); without a read timeout, a server
		// that stops answering would hold the calling thread forever
		return BlockingJdkClientHttpRequestFactory.lazy(builder::build, Duration.ofSeconds(30));
	}

}
