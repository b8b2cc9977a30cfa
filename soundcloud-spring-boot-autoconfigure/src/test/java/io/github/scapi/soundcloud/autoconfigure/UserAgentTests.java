package io.github.scapi.soundcloud.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.oauth1.OAuth1Flow;
import io.github.scapi.soundcloud.auth.oauth1.RequestToken;
import io.github.scapi.soundcloud.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code soundcloud.http.user-agent} is the User-Agent of every request the starter sends:
 * API requests, token requests of every grant, and the OAuth 1.0a flow's requests. Checked
 * at the server.
 */
class UserAgentTests {

	@RegisterExtension
	static final WireMockExtension server = WireMockExtension.newInstance().options(options().dynamicPort()).build();

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SoundCloudAutoConfiguration.class))
		.withPropertyValues("soundcloud.api.base-url=http://localhost:" + server.getPort());

	@BeforeEach
	void reset() {
		server.stubFor(get(urlPathEqualTo("/me")).willReturn(okJson("{\"urn\":\"soundcloud:users:1\"}")));
		server.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(okJson(
				"{\"access_token\":\"a1\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"r2\"}")));
		server.stubFor(post(urlPathEqualTo("/oauth/request_token")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/x-www-form-urlencoded")
			.withBody("oauth_token=rt&oauth_token_secret=rts&oauth_callback_confirmed=true")));
		server.stubFor(post(urlPathEqualTo("/oauth/access_token")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/x-www-form-urlencoded")
			.withBody("oauth_token=at&oauth_token_secret=ats")));
	}

	@Test
	void clientCredentialsTokenRequestsCarryTheConfiguredUserAgent() {
		this.contextRunner.withPropertyValues(oauth2("soundcloud.http.user-agent=my-app/1.0 (+https://example.com)"))
			.run((context) -> {
				context.getBean(SoundCloudConnector.class).get("/me", Map.of(), User.class);
				assertEveryRequestCarries("my-app/1.0 (+https://example.com)", 2);
			});
	}

	@Test
	void refreshTokenRequestsCarryTheConfiguredUserAgent() {
		this.contextRunner
			.withPropertyValues(oauth2("soundcloud.http.user-agent=my-app/2.0", "soundcloud.auth.oauth2.refresh-token=r1"))
			.run((context) -> {
				context.getBean(SoundCloudConnector.class).get("/me", Map.of(), User.class);
				assertEveryRequestCarries("my-app/2.0", 2);
			});
	}

	@Test
	void tokenRequestsCarryTheLibrarysUserAgentByDefault() {
		this.contextRunner.withPropertyValues(oauth2()).run((context) -> {
			context.getBean(SoundCloudConnector.class).get("/me", Map.of(), User.class);
			assertThat(server.getAllServeEvents()).hasSize(2)
				.allSatisfy((event) -> assertThat(event.getRequest().getHeader("User-Agent"))
					.startsWith("soundcloud-spring-boot-starter/"));
		});
	}

	@Test
	void theOAuth1FlowsRequestsCarryTheConfiguredUserAgent() {
		this.contextRunner
			.withPropertyValues("soundcloud.http.user-agent=my-app/3.0", "soundcloud.auth.oauth1.consumer-key=ck",
					"soundcloud.auth.oauth1.consumer-secret=cs")
			.run((context) -> {
				OAuth1Flow flow = context.getBean(OAuth1Flow.class);
				RequestToken requestToken = flow.fetchRequestToken();
				flow.fetchAccessToken(requestToken, "v3rifier");
				assertEveryRequestCarries("my-app/3.0", 2);
			});
	}

	private static String[] oauth2(String... more) {
		String[] properties = new String[more.length + 3];
		properties[0] = "soundcloud.auth.oauth2.client-id=id";
		properties[1] = "soundcloud.auth.oauth2.client-secret=s";
		properties[2] = "soundcloud.auth.oauth2.token-uri=http://localhost:" + server.getPort() + "/oauth/token";
		System.arraycopy(more, 0, properties, 3, more.length);
		return properties;
	}

	private static void assertEveryRequestCarries(String userAgent, int requests) {
		assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(requests)
			.allSatisfy((request) -> assertThat(request.getHeader("User-Agent")).as(request.getUrl())
				.isEqualTo(userAgent));
	}

}
