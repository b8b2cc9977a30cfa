package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The one transport of everything the starter sends (API, OAuth 1.0a flow and token
 * requests), shared so that they share one HTTP client and its connection pool. A bean of
 * its own type, not a {@link ClientHttpRequestFactory} bean, so that it never competes with
 * an application's.
 *
 * @param requestFactory the request factory
 */
record SoundCloudHttpTransport(ClientHttpRequestFactory requestFactory) {

}
