package io.github.scapi.soundcloud.autoconfigure;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudTransportException;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code soundcloud.http.*} and {@code soundcloud.retry.*} reach the transport.
 */
class TransportAutoConfigurationTests {

	private static final WireMockServer proxy = new WireMockServer(options().dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class,
				ImperativeHttpClientAutoConfiguration.class, SoundCloudAutoConfiguration.class));

	@BeforeAll
	static void startProxy() {
		proxy.start();
	}

	@AfterAll
	static void stopProxy() {
		proxy.stop();
	}

	@BeforeEach
	void forgetEarlierRequests() {
		proxy.resetAll();
	}

	@Test
	void sendsRequestsThroughTheConfiguredProxy() {
		proxy.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=http://api.soundcloud.invalid",
					"soundcloud.http.proxy=http://localhost:" + proxy.port())
			.run((context) -> {
				User me = context.getBean(SoundCloudConnector.class).get("/me", Map.of(), User.class);
				assertThat(me.urn()).isEqualTo("soundcloud:users:1");
				// the host does not resolve: only the proxy can have answered, asked in absolute form
				assertThat(proxy.getAllServeEvents()).singleElement()
					.satisfies((event) -> assertThat(event.getRequest().getHeader("Host"))
						.isEqualTo("api.soundcloud.invalid"));
			});
	}

	@Test
	void appliesTheApplicationsJdkClientCustomizers() {
		proxy.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:2\"}")));
		ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> viaProxy = (builder) -> builder
			.withHttpClientCustomizer((client) -> client.proxy(ProxySelector.of(new InetSocketAddress("localhost", proxy.port()))));
		this.contextRunner.withPropertyValues("soundcloud.api.base-url=http://api.soundcloud.invalid")
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> viaProxy)
			.run((context) -> {
				User me = context.getBean(SoundCloudConnector.class).get("/me", Map.of(), User.class);
				assertThat(me.urn()).isEqualTo("soundcloud:users:2");
			});
	}

	@Test
	void tokenAndApiRequestsShareOneHttpClient() {
		proxy.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(
				okJson("{\"access_token\":\"a1\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
		proxy.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("OAuth a1"))
			.willReturn(okJson("{\"urn\":\"soundcloud:users:3\"}")));
		AtomicInteger clients = new AtomicInteger();
		ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> counting = (builder) -> builder
			.withHttpClientCustomizer((client) -> clients.incrementAndGet());
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=http://localhost:" + proxy.port(),
					"soundcloud.auth.oauth2.client-id=id", "soundcloud.auth.oauth2.client-secret=s3cr3t",
					"soundcloud.auth.oauth2.token-uri=http://localhost:" + proxy.port() + "/oauth/token")
			.withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> counting)
			.run((context) -> {
				User me = context.getBean(SoundCloudConnector.class).get("/me", Map.of(), User.class);
				assertThat(me.urn()).isEqualTo("soundcloud:users:3");
				assertThat(proxy.findAll(postRequestedFor(urlPathEqualTo("/oauth/token")))).hasSize(1);
				assertThat(clients).hasValue(1);
			});
	}

	@Test
	void theReadTimeoutBoundsTheWaitForAnAnswer() {
		proxy.stubFor(get(urlPathEqualTo("/slow")).willReturn(okJson("{}").withFixedDelay(5000)));
		this.contextRunner
			.withPropertyValues("soundcloud.api.base-url=http://localhost:" + proxy.port(),
					"soundcloud.http.read-timeout=200ms", "soundcloud.retry.max-attempts=1")
			.run((context) -> {
				long start = System.nanoTime();
				assertThatExceptionOfType(SoundCloudTransportException.class)
					.isThrownBy(() -> context.getBean(SoundCloudConnector.class).get("/slow", Map.of(), User.class))
					.withMessageContaining("HttpTimeoutException");
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
			});
	}

	@Test
	void namesABadProxy() {
		this.contextRunner.withPropertyValues("soundcloud.http.proxy=socks://localhost:1080")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'soundcloud.http.proxy'"));
	}

	@Test
	void namesABadRetryPolicy() {
		this.contextRunner.withPropertyValues("soundcloud.retry.max-attempts=0")
			.run((context) -> assertThat(analysis(context.getStartupFailure()).getDescription())
				.contains("'soundcloud.retry'")
				.contains("maxAttempts"));
	}

	private static FailureAnalysis analysis(Throwable failure) {
		assertThat(failure).isNotNull();
		FailureAnalysis analysis = new SoundCloudPropertyFailureAnalyzer().analyze(failure);
		assertThat(analysis).isNotNull();
		return analysis;
	}

}
