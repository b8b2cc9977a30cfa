package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP transport of everything the starter sends, API requests and token requests
 * alike: Boot's request factory builder and HTTP client settings, with
 * {@code soundcloud.http.*} timeouts on top and redirects always off.
 */
final class SoundCloudTransport {

	private SoundCloudTransport() {
	}

	static ClientHttpRequestFactory requestFactory(SoundCloudProperties.Http http,
			ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
			ObjectProvider<HttpClientSettings> httpClientSettings) {
		return requestFactoryBuilder.getIfAvailable(ClientHttpRequestFactoryBuilder::jdk)
			.build(settings(http, httpClientSettings.getIfAvailable(HttpClientSettings::defaults)));
	}

	/**
	 * Boot's HTTP client settings with our timeouts on top and redirects always off: the
	 * connector decides which redirects are followed and where credentials may go.
	 */
	static HttpClientSettings settings(SoundCloudProperties.Http http, HttpClientSettings boot) {
		HttpClientSettings settings = boot.withRedirects(HttpRedirects.DONT_FOLLOW);
		if (http.getConnectTimeout() != null) {
			settings = settings.withConnectTimeout(http.getConnectTimeout());
		}
		if (http.getReadTimeout() != null) {
			settings = settings.withReadTimeout(http.getReadTimeout());
		}
		return settings;
	}

	/**
	 * A copy of Boot's {@link RestClient.Builder} (or a plain one without Boot's) on the
	 * given transport.
	 */
	static RestClient.Builder restClientBuilder(ObjectProvider<RestClient.Builder> restClientBuilder,
			ClientHttpRequestFactory requestFactory) {
		return restClientBuilder.getIfAvailable(RestClient::builder).clone().requestFactory(requestFactory);
	}

}
