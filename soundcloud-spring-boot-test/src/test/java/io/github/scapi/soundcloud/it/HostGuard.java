package io.github.scapi.soundcloud.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.scapi.soundcloud.test.SoundCloudFake;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The application's HTTP transport (Boot's {@link ClientHttpRequestFactoryBuilder}, which
 * the starter builds every API, token and OAuth 1.0a request on) with a guard in front:
 * every request is recorded, and one addressed to anything but a loopback host fails before
 * a connection is opened, so a test can show that nothing left the machine.
 */
final class HostGuard implements ClientHttpRequestFactoryBuilder<ClientHttpRequestFactory> {

	private final List<URI> requests = new CopyOnWriteArrayList<>();

	private final List<URI> refused = new CopyOnWriteArrayList<>();

	@Override
	public ClientHttpRequestFactory build(HttpClientSettings settings) {
		// HTTP/1.1: the fake is plain HTTP, where the JDK client would try an h2c upgrade first
		ClientHttpRequestFactory transport = ClientHttpRequestFactoryBuilder.jdk()
			.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1))
			.build(settings);
		return (uri, method) -> guard(transport, uri, method);
	}

	private ClientHttpRequest guard(ClientHttpRequestFactory transport, URI uri, HttpMethod method) throws IOException {
		this.requests.add(uri);
		if (!"localhost".equals(uri.getHost()) && !"127.0.0.1".equals(uri.getHost())) {
			this.refused.add(uri);
			throw new IOException("Refused by the test's host guard: " + method + " " + uri.getHost());
		}
		return transport.createRequest(uri, method);
	}

	/**
	 * Return every request sent through the transport.
	 * @return the request URIs
	 */
	List<URI> requests() {
		return this.requests;
	}

	/**
	 * Return the requests sent to a host other than the fake's.
	 * @param fake the fake
	 * @return the request URIs
	 */
	List<URI> elsewhereThan(SoundCloudFake fake) {
		return this.requests.stream()
			.filter((uri) -> !"localhost".equals(uri.getHost()) || uri.getPort() != fake.port())
			.toList();
	}

	/**
	 * Return the requests refused for their host.
	 * @return the request URIs
	 */
	List<URI> refused() {
		return this.refused;
	}

}
