package io.github.scapi.soundcloud.benchmarks;

import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.scapi.soundcloud.auth.oauth1.OAuth1Credentials;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Signer;
import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.OAuth;
import oauth.signpost.http.HttpRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.http.HttpMethod;

/**
 * OAuth 1.0a HMAC-SHA1 signing of one GET with query parameters, producing the
 * {@code Authorization} header: our {@link OAuth1Signer} versus Signpost 2.1.1 (the independent
 * implementation the tests cross-check against). Both generate their own nonce and timestamp, as
 * in real use. Goal: ours / Signpost ≥ 1.0 (operations per second).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class OAuth1SigningBenchmark {

	static final String URL = "https://api.soundcloud.com/tracks?q=night%20drive&genres=Electronic%2CAmbient"
			+ "&bpm%5Bfrom%5D=90&limit=50&linked_partitioning=true";

	static final String KEY = "benchmark-consumer-key";

	static final String SECRET = "benchmark-consumer-secret";

	static final String TOKEN = "benchmark-access-token";

	static final String TOKEN_SECRET = "benchmark-token-secret";

	private final OAuth1Signer signer = new OAuth1Signer();

	private final OAuth1Credentials credentials = OAuth1Credentials.of(KEY, SECRET).withToken(TOKEN, TOKEN_SECRET);

	private final URI uri = URI.create(URL);

	private SignpostConsumer signpost;

	@Setup
	public void setUp() {
		this.signpost = new SignpostConsumer(KEY, SECRET);
		this.signpost.setTokenWithSecret(TOKEN, TOKEN_SECRET);
	}

	@Benchmark
	public String ours() {
		return this.signer.authorizationHeader(this.credentials, HttpMethod.GET, this.uri);
	}

	@Benchmark
	public String signpost() throws Exception {
		Request request = new Request(URL);
		this.signpost.sign(request);
		return request.getHeader(OAuth.HTTP_AUTHORIZATION_HEADER);
	}

	/** Signpost's consumer for its own {@link HttpRequest} abstraction (no HttpURLConnection). */
	static final class SignpostConsumer extends AbstractOAuthConsumer {

		SignpostConsumer(String consumerKey, String consumerSecret) {
			super(consumerKey, consumerSecret);
		}

		@Override
		protected HttpRequest wrap(Object request) {
			return (HttpRequest) request;
		}

	}

	/** The smallest {@link HttpRequest}: a GET without a body. */
	static final class Request implements HttpRequest {

		private String url;

		private final Map<String, String> headers = new HashMap<>();

		Request(String url) {
			this.url = url;
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestUrl() {
			return this.url;
		}

		@Override
		public void setRequestUrl(String url) {
			this.url = url;
		}

		@Override
		public void setHeader(String name, String value) {
			this.headers.put(name, value);
		}

		@Override
		public String getHeader(String name) {
			return this.headers.get(name);
		}

		@Override
		public Map<String, String> getAllHeaders() {
			return this.headers;
		}

		@Override
		public InputStream getMessagePayload() {
			return null;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public Object unwrap() {
			return this;
		}

	}

}
