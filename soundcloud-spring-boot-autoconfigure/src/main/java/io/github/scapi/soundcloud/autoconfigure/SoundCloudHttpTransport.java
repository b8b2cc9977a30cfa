package io.github.scapi.soundcloud.autoconfigure;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;

import io.github.scapi.soundcloud.SoundCloudVersion;
import io.github.scapi.soundcloud.http.BlockingJdkClientHttpRequestFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.SimpleClientHttpRequestFactoryBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one HTTP transport of everything the starter sends (API requests, token requests and
 * the OAuth 1.0a flow), shared so that they share one HTTP client and its connection pool:
 * Boot's request factory builder and HTTP client settings, with {@code soundcloud.http.*}
 * timeouts on top and redirects always off. A bean of its own type, not a
 * {@link ClientHttpRequestFactory} bean, so that it never competes with an application's.
 *
 * @param requestFactory the request factory
 */
record SoundCloudHttpTransport(ClientHttpRequestFactory requestFactory) {

	/** The connect timeout when neither soundcloud.http nor spring.http.clients sets one. */
	static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/** The read timeout when neither soundcloud.http nor spring.http.clients sets one. */
	static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * The transport {@code soundcloud.http.*} and Boot's HTTP client settings describe, for
	 * an API at {@code baseUrl} (from the connection details rather than
	 * {@code soundcloud.api.base-url}).
	 */
	static SoundCloudHttpTransport of(SoundCloudProperties properties, String baseUrl,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		return new SoundCloudHttpTransport(
				requestFactory(properties, baseUrl, requestFactoryBuilder, httpClientSettings));
	}

	private static ClientHttpRequestFactory requestFactory(SoundCloudProperties properties, String baseUrl,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		SoundCloudProperties.Http http = properties.getHttp();
		ClientHttpRequestFactoryBuilder<?> builder = requestFactoryBuilder
			.getIfAvailable(ClientHttpRequestFactoryBuilder::jdk);
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk
				&& baseUrl.strip().toLowerCase(java.util.Locale.ROOT).startsWith("http:")) {
			// over plain HTTP the JDK client tries an h2c upgrade on every new connection, which
			// gains nothing and, against Jetty, costs several times the request itself
			builder = jdk.withHttpClientCustomizer((client) -> client.version(java.net.http.HttpClient.Version.HTTP_1_1));
		}
		if (http.getProxy() != null && !http.getProxy().isBlank()) {
			builder = withProxy(builder, proxy(http.getProxy()));
		}
		HttpClientSettings settings = settings(http, httpClientSettings.getIfAvailable(HttpClientSettings::defaults));
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			// the client itself is made for the first request: making it loads TLS, a large part of start-up
			return BlockingJdkClientHttpRequestFactory.lazy(() -> httpClientBuilder(jdk, settings).build(),
					settings.readTimeout());
		}
		return builder.build(settings);
	}

	/**
	 * The JDK client builder exactly as Boot's builder would configure it (the settings, then
	 * every customizer), for us to build: Spring's factory would send with {@code sendAsync},
	 * which starts a thread per request on small machines (see
	 * {@link BlockingJdkClientHttpRequestFactory}). The builder is taken from a customizer
	 * added last, and Boot's own build is stopped there, so that no client is started only to
	 * be thrown away.
	 */
	private static HttpClient.Builder httpClientBuilder(JdkClientHttpRequestFactoryBuilder jdk,
			HttpClientSettings settings) {
		try {
			jdk.withHttpClientCustomizer((client) -> {
				throw new ConfiguredClient(client);
			}).build(settings.withReadTimeout(null));
		}
		catch (ConfiguredClient configured) {
			return configured.builder;
		}
		throw new IllegalStateException("Boot's JDK request factory builder did not apply its HTTP client customizers");
	}

	/** Carries the fully configured client builder out of Boot's build. */
	private static final class ConfiguredClient extends RuntimeException {

		private final transient HttpClient.Builder builder;

		ConfiguredClient(HttpClient.Builder builder) {
			super(null, null, false, false);
			this.builder = builder;
		}

	}

	private static ClientHttpRequestFactoryBuilder<?> withProxy(ClientHttpRequestFactoryBuilder<?> builder,
			InetSocketAddress address) {
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			return jdk.withHttpClientCustomizer((client) -> client.proxy(ProxySelector.of(address)));
		}
		if (builder instanceof SimpleClientHttpRequestFactoryBuilder simple) {
			return simple.withCustomizer((factory) -> factory.setProxy(new Proxy(Proxy.Type.HTTP, address)));
		}
		throw new InvalidSoundCloudPropertyException("soundcloud.http.proxy",
				"is not supported with the " + builder.getClass().getSimpleName() + " transport",
				"configure the proxy on that HTTP client with a ClientHttpRequestFactoryBuilderCustomizer, or use "
						+ "'spring.http.clients.imperative.factory=jdk'.");
	}

	private static InetSocketAddress proxy(String value) {
		try {
			URI uri = new URI(value.strip());
			if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() == -1
					|| uri.getRawUserInfo() != null) {
				throw new URISyntaxException(value, "expected http://host:port");
			}
			return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort());
		}
		catch (URISyntaxException ex) {
			throw new InvalidSoundCloudPropertyException("soundcloud.http.proxy", "is not a proxy URL",
					"set it to 'http://host:port'.");
		}
	}

	/**
	 * Boot's HTTP client settings with our timeouts on top and redirects always off: the
	 * connector decides which redirects are followed and where credentials may go.
	 */
	static HttpClientSettings settings(SoundCloudProperties.Http http, HttpClientSettings boot) {
		HttpClientSettings settings = boot.withRedirects(HttpRedirects.DONT_FOLLOW);
		// ours, else Boot's, else a bound: a request without any timeout can hang a thread forever
		settings = settings.withConnectTimeout(firstOf(http.getConnectTimeout(), boot.connectTimeout(),
				DEFAULT_CONNECT_TIMEOUT));
		return settings.withReadTimeout(firstOf(http.getReadTimeout(), boot.readTimeout(), DEFAULT_READ_TIMEOUT));
	}

	private static Duration firstOf(@Nullable Duration first, @Nullable Duration second, Duration fallback) {
		return (first != null) ? first : (second != null) ? second : fallback;
	}

	/**
	 * A copy of Boot's {@link RestClient.Builder} (or a plain one without Boot's) on this
	 * transport, for the requests the starter sends besides API requests (token requests, the
	 * OAuth 1.0a flow), with the same {@code User-Agent} as API requests.
	 */
	RestClient.Builder restClientBuilder(ObjectProvider<RestClient.Builder> restClientBuilder,
			SoundCloudProperties properties) {
		String userAgent = userAgent(properties);
		return restClientBuilder.getIfAvailable(RestClient::builder)
			.clone()
			.requestFactory(this.requestFactory)
			.defaultHeaders((headers) -> headers.set(HttpHeaders.USER_AGENT, userAgent));
	}

	/** {@code soundcloud.http.user-agent}, or the library's name and version. */
	static String userAgent(SoundCloudProperties properties) {
		String configured = properties.getHttp().getUserAgent();
		return (configured != null && !configured.isBlank()) ? configured : SoundCloudVersion.defaultUserAgent();
	}

}
