package io.github.scapi.soundcloud.test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /authorize} and the {@code authorization_code} grant with PKCE {@code S256}.
 */
class AuthorizationCodeTests {

	private static final String REDIRECT = "http://localhost:8080/login/oauth2/code/soundcloud";

	private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension(
			SoundCloudFake.builder().basePath("/api"));

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void computesTheRfc7636Challenge() {
		assertThat(challenge(VERIFIER)).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

	@Test
	void servesTheAuthorizationEndpointAtTheRoot() {
		assertThat(fake.get().authorizationUrl()).isEqualTo("http://localhost:" + fake.get().port() + "/authorize");
	}

	@Test
	void exchangesACodeForTokensWithPkce() {
		FakeHttp.Response redirect = authorize(Map.of("state", "xyz 1", "scope", "non-expiring"));
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.location()).startsWith(REDIRECT + "?code=").endsWith("&state=xyz%201");
		long before = fake.get().tokenRequestCount("authorization_code");
		FakeHttp.Response response = token(BasicAuthenticationTests.basic(fake.get().clientId(), fake.get().clientSecret()),
				"grant_type=authorization_code&code=" + code(redirect) + "&redirect_uri=" + enc(REDIRECT)
						+ "&code_verifier=" + VERIFIER);
		JsonNode token = response.ok();
		assertThat(token.get("token_type").stringValue()).isEqualTo("bearer");
		assertThat(token.get("expires_in").asLong()).isEqualTo(3600);
		assertThat(token.get("scope").stringValue()).isEqualTo("non-expiring");
		assertThat(token.get("refresh_token").stringValue()).isNotBlank();
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(http.get("/me", "OAuth " + token.get("access_token").stringValue()).status()).isEqualTo(200);
		assertThat(fake.get().tokenRequestCount("authorization_code")).isEqualTo(before + 1);
	}

	@Test
	void letsPublicClientsInWithPkceAlone() {
		String code = code(authorize(Map.of()));
		FakeHttp.Response response = token(null, "grant_type=authorization_code&client_id=" + fake.get().clientId()
				+ "&code=" + code + "&redirect_uri=" + enc(REDIRECT) + "&code_verifier=" + VERIFIER);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	@Test
	void refusesAWrongVerifierAndBurnsTheCode() {
		String code = code(authorize(Map.of()));
		FakeHttp.Response wrong = exchange(code, VERIFIER.replace('d', 'e'));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.message()).isEqualTo("invalid_grant");
		assertThat(wrong.json().get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(exchange(code, VERIFIER).status()).isEqualTo(400);
	}

	@Test
	void refusesAMissingVerifier() {
		FakeHttp.Response response = token(BasicAuthenticationTests.basic(fake.get().clientId(), fake.get().clientSecret()),
				"grant_type=authorization_code&code=" + code(authorize(Map.of())) + "&redirect_uri=" + enc(REDIRECT));
		assertThat(response.message()).isEqualTo("invalid_grant");
	}

	@Test
	void usesACodeOnce() {
		String code = code(authorize(Map.of()));
		assertThat(exchange(code, VERIFIER).status()).isEqualTo(200);
		FakeHttp.Response reused = exchange(code, VERIFIER);
		assertThat(reused.status()).isEqualTo(400);
		assertThat(reused.message()).isEqualTo("invalid_grant");
	}

	@Test
	void refusesAnotherRedirectUri() {
		String code = code(authorize(Map.of()));
		FakeHttp.Response response = token(BasicAuthenticationTests.basic(fake.get().clientId(), fake.get().clientSecret()),
				"grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT + "/other")
						+ "&code_verifier=" + VERIFIER);
		assertThat(response.message()).isEqualTo("invalid_grant");
	}

	@Test
	void requiresS256() {
		FakeHttp.Response plain = authorize(Map.of("code_challenge_method", "plain", "code_challenge", VERIFIER));
		assertThat(plain.status()).isEqualTo(400);
		assertThat(plain.message()).isEqualTo("invalid_request");
		assertThat(plain.json().get("error_description").stringValue()).contains("S256");
		FakeHttp.Response noMethod = http.send("GET", fake.get().authorizationUrl() + "?client_id=" + fake.get().clientId()
				+ "&redirect_uri=" + enc(REDIRECT) + "&response_type=code&code_challenge=" + challenge(VERIFIER), null,
				null);
		assertThat(noMethod.status()).isEqualTo(400);
		FakeHttp.Response noChallenge = http.send("GET", fake.get().authorizationUrl() + "?client_id=" + fake.get().clientId()
				+ "&redirect_uri=" + enc(REDIRECT) + "&response_type=code&code_challenge_method=S256", null, null);
		assertThat(noChallenge.status()).isEqualTo(400);
		assertThat(noChallenge.json().get("error_description").stringValue()).contains("code_challenge");
	}

	@Test
	void refusesUnknownClientsAndOtherResponseTypes() {
		assertThat(authorize(Map.of("client_id", "other")).message()).isEqualTo("invalid_client");
		assertThat(authorize(Map.of("response_type", "token")).message()).isEqualTo("unsupported_response_type");
		assertThat(authorize(Map.of("redirect_uri", "relative/path")).message()).isEqualTo("invalid_request");
	}

	private static FakeHttp.Response authorize(Map<String, String> overrides) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("client_id", fake.get().clientId());
		params.put("redirect_uri", REDIRECT);
		params.put("response_type", "code");
		params.put("code_challenge", challenge(VERIFIER));
		params.put("code_challenge_method", "S256");
		params.putAll(overrides);
		StringBuilder query = new StringBuilder();
		params.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&")
			.append(name)
			.append('=')
			.append(enc(value)));
		return http.send("GET", fake.get().authorizationUrl() + query, null, null);
	}

	private static FakeHttp.Response exchange(String code, String verifier) {
		return token(BasicAuthenticationTests.basic(fake.get().clientId(), fake.get().clientSecret()),
				"grant_type=authorization_code&code=" + code + "&redirect_uri=" + enc(REDIRECT) + "&code_verifier="
						+ verifier);
	}

	private static FakeHttp.Response token(@Nullable String authorization, String body) {
		return http.send("POST", fake.get().tokenUrl(), authorization, body);
	}

	private static String code(FakeHttp.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		String location = redirect.location();
		int start = location.indexOf("code=") + 5;
		int end = location.indexOf('&', start);
		return location.substring(start, (end < 0) ? location.length() : end);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
