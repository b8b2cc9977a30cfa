package io.github.scapi.soundcloud;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * What a connector is made with when its builder is given nothing else: the JSON mapper
 * of its own (decision 0001), the default JDK transport and the default prefetch executor;
 * and its {@code RestClient}.
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

	/**
	 * The connector's {@code RestClient}: a copy of the given builder (or a plain one) on the
	 * transport, asking for JSON and naming the library in its {@code User-Agent}. Made for the
	 * first request, so that an application's start-up does not pay for it.
	 */
	static Supplier<RestClient> restClient(@Nullable Supplier<RestClient.Builder> source,
			ClientHttpRequestFactory factory, String userAgent) {
		return SingletonSupplier.of(() -> {
			RestClient.Builder builder = (source != null) ? source.get().clone() : RestClient.builder();
			return builder.requestFactory(factory).defaultHeaders((headers) -> {
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
				headers.set(HttpHeaders.USER_AGENT, userAgent);
			}).build();
		});
	}

	/**
	 * The default prefetch executor, created once, when a connector that uses it is first built:
	 * a holder of its own, so that loading this class starts no threads.
	 */
	static final class Prefetch {

		static final int THREADS = 8;

		static final Executor EXECUTOR = PrefetchExecutors.create(THREADS);

		private Prefetch() {
		}

	}

}
