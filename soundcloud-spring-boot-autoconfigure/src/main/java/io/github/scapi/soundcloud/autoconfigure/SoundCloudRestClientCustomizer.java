package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.web.client.RestClient;

/**
 * Customizes the {@link RestClient.Builder} of the auto-configured
 * {@link io.github.scapi.soundcloud.SoundCloudConnector} only, after Spring Boot's own
 * customizers and before the connector sets its transport and headers. Beans of this type
 * are applied in {@link org.springframework.core.Ordered order}.
 *
 * <p>Prefer {@link org.springframework.http.client.ClientHttpRequestInitializer}s to
 * interceptors: an interceptor makes Spring buffer every request body in memory, uploads
 * included.
 *
 * @author scapi contributors
 */
@FunctionalInterface
public interface SoundCloudRestClientCustomizer {

	/**
	 * Customize the builder.
	 * @param restClientBuilder a copy of Spring Boot's builder, used only for SoundCloud
	 */
	void customize(RestClient.Builder restClientBuilder);

}
