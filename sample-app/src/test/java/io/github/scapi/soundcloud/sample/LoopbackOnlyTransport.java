package io.github.scapi.soundcloud.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The sample's HTTP transport for a test: every request the starter sends (API, token,
 * upload, CDN) is recorded, and one to a host other than this machine fails before a
 * connection is opened. Registered as the application's
 * {@link ClientHttpRequestFactoryBuilder}, which the starter builds its transport on.
 */
final class LoopbackOnlyTransport implements ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> {

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1");

	private final List<URI> sent = new CopyOnWriteArrayList<>();

	private final List<URI> refused = new CopyOnWriteArrayList<>();

	@Override
	public ClientHttpRequestFactory build(HttpClientSettings settings) {
		// HTTP/1.1: the fake is plain HTTP, where the JDK client would try an h2c upgrade
		ClientHttpRequestFactory jdk = ClientHttpRequestFactoryBuilder.jdk()
			.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
			.build(settings);
		return (uri, method) -> {
			this.sent.add(uri);
			if (!LOOPBACK.contains(uri.getHost())) {
				this.refused.add(uri);
				throw new IOException("Refused by the test's transport: " + method + " " + uri.getHost());
			}
			return jdk.createRequest(uri, method);
		};
	}

	List<URI> sent() {
		return this.sent;
	}

	List<URI> refused() {
		return this.refused;
	}

}
