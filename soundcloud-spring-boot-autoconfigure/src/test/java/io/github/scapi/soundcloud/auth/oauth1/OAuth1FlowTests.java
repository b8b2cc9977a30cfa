package io.github.scapi.soundcloud.auth.oauth1;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.SoundCloudServerErrorException;
import io.github.scapi.soundcloud.SoundCloudTransportException;
import io.github.scapi.soundcloud.UnexpectedResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The three-legged flow against a local server, with the RFC 5849 §1.2 credentials. Each
 * request the server receives is checked independently: its signature is recomputed with
 * Signpost from the nonce and timestamp it carries.
 */
class OAuth1FlowTests {

	private static final OAuth1Credentials CONSUMER = OAuth1Credentials.of("dpf43f3p2l4k3l03", "kd94hf93k423kf44");

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final WireMockServer server = new WireMockServer(options().dynamicPort());

	private OAuth1Flow flow;

	@BeforeAll
	static void startServer() {
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.stop();
	}

	@BeforeEach
	void setUp() {
		server.resetAll();
		this.flow = new OAuth1Flow(CONSUMER, OAuth1Endpoints.derivedFrom(URI.create(server.baseUrl())),
				RestClient.create());
	}

	@Test
	void fetchesARequestTokenOutOfBand() throws Exception {
		server.stubFor(post(urlPathEqualTo("/oauth/request_token")).willReturn(aResponse().withHeader("Content-Type", FORM)
			.withBody("oauth_token=hh5s93j4hdidpola&oauth_token_secret=hdhd0244k9j7ao03&oauth_callback_confirmed=true")));
		RequestToken token = this.flow.fetchRequestToken();
		assertThat(token).isEqualTo(new RequestToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03", true));
		LoggedRequest request = onlyRequest("/oauth/request_token");
		assertThat(request.getBodyAsString()).isEmpty();
		assertThat(request.getHeader("Content-Type")).isNull();
		Map<String, String> header = AuthorizationHeaders.parse(request.getHeader("Authorization"));
		assertThat(header).containsEntry("oauth_callback", "oob")
			.containsEntry("oauth_consumer_key", "dpf43f3p2l4k3l03")
			.containsEntry("oauth_signature_method", "HMAC-SHA1")
			.containsEntry("oauth_version", "1.0")
			.doesNotContainKeys("oauth_token", "oauth_verifier");
		assertSignedLikeSignpost(request, CONSUMER, Map.of("oauth_callback", "oob"));
	}

	@Test
	void fetchesARequestTokenWithACallback() throws Exception {
		server.stubFor(post(urlPathEqualTo("/oauth/request_token")).willReturn(aResponse()
			.withBody("oauth_token=hh5s93j4hdidpola&oauth_token_secret=hdhd0244k9j7ao03&oauth_callback_confirmed=true")));
		String callback = "http://printer.example.com/ready?job=1&name=a b";
		this.flow.fetchRequestToken(callback);
		LoggedRequest request = onlyRequest("/oauth/request_token");
		assertThat(request.getHeader("Authorization"))
			.contains("oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready%3Fjob%3D1%26name%3Da%20b\"");
		assertSignedLikeSignpost(request, CONSUMER, Map.of("oauth_callback", callback));
	}

	@Test
	void buildsTheAuthorizationUrl() {
		OAuth1Flow soundCloud = new OAuth1Flow(CONSUMER,
				OAuth1Endpoints.derivedFrom(URI.create("https://api.soundcloud.com")), RestClient.create());
		assertThat(soundCloud.authorizationUrl(new RequestToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03", true)))
			.isEqualTo(URI.create("https://soundcloud.com/oauth/authorize?oauth_token=hh5s93j4hdidpola"));
		assertThat(soundCloud.authorizationUrl(new RequestToken("a b/c", "s", true)).toString())
			.endsWith("?oauth_token=a%20b%2Fc");
	}

	@Test
	void exchangesTheVerifiedRequestTokenForAnAccessToken() throws Exception {
		server.stubFor(post(urlPathEqualTo("/oauth/access_token")).willReturn(aResponse().withHeader("Content-Type", FORM)
			.withBody("oauth_token=nnch734d00sl2jdk&oauth_token_secret=pfkkdhi9sl3r4s00\n")));
		RequestToken requestToken = new RequestToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03", true);
		OAuth1Credentials access = this.flow.fetchAccessToken(requestToken, "hfdp7dh39dks9884");
		assertThat(access)
			.isEqualTo(new OAuth1Credentials("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00"));
		LoggedRequest request = onlyRequest("/oauth/access_token");
		assertThat(request.getBodyAsString()).isEmpty();
		Map<String, String> header = AuthorizationHeaders.parse(request.getHeader("Authorization"));
		assertThat(header).containsEntry("oauth_token", "hh5s93j4hdidpola")
			.containsEntry("oauth_verifier", "hfdp7dh39dks9884")
			.doesNotContainKey("oauth_callback");
		assertSignedLikeSignpost(request, CONSUMER.withToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03"),
				Map.of("oauth_verifier", "hfdp7dh39dks9884"));
	}

	@Test
	void ignoresATokenInTheConsumerCredentials() throws Exception {
		OAuth1Flow withToken = new OAuth1Flow(CONSUMER.withToken("old", "old-secret"),
				OAuth1Endpoints.derivedFrom(URI.create(server.baseUrl())), RestClient.create());
		server.stubFor(post(urlPathEqualTo("/oauth/request_token")).willReturn(aResponse()
			.withBody("oauth_token=t&oauth_token_secret=s&oauth_callback_confirmed=true")));
		withToken.fetchRequestToken();
		assertThat(AuthorizationHeaders.parse(onlyRequest("/oauth/request_token").getHeader("Authorization")))
			.doesNotContainKey("oauth_token");
	}

	@Test
	void requiresTheCallbackToBeConfirmed() {
		server.stubFor(post(urlPathEqualTo("/oauth/request_token"))
			.willReturn(aResponse().withBody("oauth_token=hh5s93j4hdidpola&oauth_token_secret=hdhd0244k9j7ao03")));
		assertThatExceptionOfType(UnexpectedResponseException.class).isThrownBy(() -> this.flow.fetchRequestToken())
			.withMessageContaining("oauth_callback_confirmed")
			.withMessageNotContaining("hdhd0244k9j7ao03");
	}

	@Test
	void requiresTokenAndSecretInTheAnswer() {
		server.stubFor(post(urlPathEqualTo("/oauth/access_token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\"x\"}")));
		assertThatExceptionOfType(UnexpectedResponseException.class)
			.isThrownBy(() -> this.flow.fetchAccessToken(new RequestToken("t", "s", true), "v"))
			.withMessageContaining("no oauth_token");
	}

	@Test
	void rejectionBecomesOAuth1FlowExceptionWithRedactedUrlAndNoSecrets() {
		URI requestTokenUrl = URI.create(server.baseUrl() + "/oauth/request_token?api_key=k3y");
		OAuth1Flow flow = new OAuth1Flow(CONSUMER,
				new OAuth1Endpoints(requestTokenUrl, URI.create(server.baseUrl() + "/oauth/access_token"),
						URI.create(server.baseUrl() + "/oauth/authorize")),
				RestClient.create());
		server.stubFor(post(urlPathEqualTo("/oauth/request_token")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", FORM)
			.withBody("oauth_problem=signature_invalid&oauth_problem_advice=secret+kd94hf93k423kf44+did+not+match")));
		assertThatExceptionOfType(OAuth1FlowException.class).isThrownBy(flow::fetchRequestToken).satisfies((ex) -> {
			assertThat(ex.getStatus()).isEqualTo(401);
			assertThat(ex.getMethod()).isEqualTo(HttpMethod.POST);
			assertThat(ex.getUrl()).isEqualTo(server.baseUrl() + "/oauth/request_token?api_key=***");
			assertThat(ex.getApiMessages()).containsExactly("signature_invalid: secret *** did not match");
			assertThat(ex.getMessage()).contains("POST", "api_key=***", "request token", "401")
				.doesNotContain("k3y", "kd94hf93k423kf44");
		});
	}

	@Test
	void wrongVerifierBecomesOAuth1FlowExceptionWithoutTokensOrVerifier() {
		server.stubFor(post(urlPathEqualTo("/oauth/access_token")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "text/plain")
			.withBody("Verifier hfdp7dh39dks9884 for token hh5s93j4hdidpola (secret hdhd0244k9j7ao03) is invalid")));
		RequestToken requestToken = new RequestToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03", true);
		assertThatExceptionOfType(OAuth1FlowException.class)
			.isThrownBy(() -> this.flow.fetchAccessToken(requestToken, "hfdp7dh39dks9884"))
			.satisfies((ex) -> {
				assertThat(ex.getApiMessages()).containsExactly("Verifier *** for token *** (secret ***) is invalid");
				assertThat(ex.getMessage()).contains("access token", "401", "/oauth/access_token")
					.doesNotContain("hfdp7dh39dks9884", "hh5s93j4hdidpola", "hdhd0244k9j7ao03");
			});
	}

	@Test
	void jsonErrorsAreSummarised() {
		server.stubFor(post(urlPathEqualTo("/oauth/request_token")).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":403,\"message\":\"consumer key revoked\",\"link\":\"https://developers.soundcloud.com\"}")));
		assertThatExceptionOfType(OAuth1FlowException.class).isThrownBy(() -> this.flow.fetchRequestToken())
			.satisfies((ex) -> assertThat(ex.getApiMessages()).containsExactly("consumer key revoked"));
	}

	@Test
	void serverErrorsAreServerErrors() {
		server.stubFor(post(urlPathEqualTo("/oauth/request_token"))
			.willReturn(aResponse().withStatus(503).withBody("<html><title>Down</title></html>")));
		assertThatExceptionOfType(SoundCloudServerErrorException.class).isThrownBy(() -> this.flow.fetchRequestToken())
			.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(503));
	}

	@Test
	void connectionFailuresAreTransportErrors() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		OAuth1Flow unreachable = new OAuth1Flow(CONSUMER,
				OAuth1Endpoints.derivedFrom(URI.create("http://127.0.0.1:" + closedPort)), RestClient.create());
		assertThatExceptionOfType(SoundCloudTransportException.class).isThrownBy(unreachable::fetchRequestToken)
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isZero();
				assertThat(ex).isInstanceOf(SoundCloudException.class);
				assertThat(ex.getUrl()).endsWith("/oauth/request_token");
			});
	}

	@Test
	void toStringHasNoSecrets() {
		assertThat(this.flow.toString()).contains("dpf43f3p2l4k3l03").doesNotContain("kd94hf93k423kf44");
	}

	private static LoggedRequest onlyRequest(String path) {
		List<LoggedRequest> requests = server.findAll(postRequestedFor(urlPathEqualTo(path)));
		assertThat(requests).hasSize(1);
		return requests.get(0);
	}

	/**
	 * Recompute the request's signature with Signpost from the nonce and timestamp it
	 * carries, as an independent server would.
	 */
	private static void assertSignedLikeSignpost(LoggedRequest request, OAuth1Credentials credentials,
			Map<String, String> extra) throws Exception {
		Map<String, String> header = AuthorizationHeaders.parse(request.getHeader("Authorization"));
		SignpostOracle.Result expected = SignpostOracle.sign(request.getMethod().getName(), request.getAbsoluteUrl(),
				null, credentials, header.get("oauth_nonce"), Long.parseLong(header.get("oauth_timestamp")), extra,
				false);
		assertThat(header.get("oauth_signature")).isEqualTo(expected.signature());
	}

}
