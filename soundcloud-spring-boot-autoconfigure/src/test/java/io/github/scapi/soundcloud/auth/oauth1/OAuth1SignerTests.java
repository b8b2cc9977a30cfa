package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OAuth1SignerTests {

	private static final OAuth1Credentials CREDENTIALS = new OAuth1Credentials("dpf43f3p2l4k3l03", "kd94hf93k423kf44",
			"nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");

	private final OAuth1Signer signer = new OAuth1Signer()
		.withClock(Clock.fixed(Instant.ofEpochSecond(1191242096L), ZoneOffset.UTC))
		.withNonceSource(() -> "kllo9940pd9333jh");

	@Test
	void percentEncodesEverythingButUnreservedCharacters() {
		assertThat(OAuth1Encoding.encode("!*'();:@&=+$,/?#[]"))
			.isEqualTo("%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D");
		assertThat(OAuth1Encoding.encode("~")).isEqualTo("~");
		assertThat(OAuth1Encoding.encode("a b")).isEqualTo("a%20b");
		assertThat(OAuth1Encoding.encode("é😀")).isEqualTo("%C3%A9%F0%9F%98%80");
		assertThat(OAuth1Encoding.encode("")).isEmpty();
	}

	@Test
	void decodesFormEncodingLikeAServer() {
		assertThat(OAuth1Encoding.decode("a+b%20c%2Bd")).isEqualTo("a b c+d");
		assertThat(OAuth1Encoding.decode("%c3%A9")).isEqualTo("é");
		assertThat(OAuth1Encoding.decode("100%zz%")).isEqualTo("100%zz%");
		assertThat(OAuth1Encoding.decodeToOctets("%FF")).containsExactly((byte) 0xFF);
		assertThat(OAuth1Encoding.parseForm("a=1&&b&=c&d=x=y")).containsExactly(Map.entry("a", "1"), Map.entry("b", ""),
				Map.entry("", "c"), Map.entry("d", "x=y"));
	}

	@Test
	void reencodesQueryOctetsThatAreNotUtf8AsTheyAre() {
		assertThat(normalizedParameters(HttpMethod.GET, "http://h/?v=%FF%fe", null)).isEqualTo("v=%FF%FE");
	}

	@Test
	void reencodesQueryValuesTheCanonicalWay() {
		assertThat(normalizedParameters(HttpMethod.GET, "http://h/?a=%7e%2a+*&b=%41", null))
			.isEqualTo("a=~%2A%20%2A&b=A");
	}

	@Test
	void keepsEmptyValues() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("f", "");
		assertThat(normalizedParameters(HttpMethod.POST, "http://h/?a=&b", form)).isEqualTo("a=&b=&f=");
	}

	@Test
	void sortsDuplicateNamesByEncodedValue() {
		// decoded, "}" sorts after "a"; encoded, "%7D" sorts before it
		assertThat(normalizedParameters(HttpMethod.GET, "http://h/?a=z&a=%7D&a=A&a=~&a=%20&a=a", null))
			.isEqualTo("a=%20&a=%7D&a=A&a=a&a=z&a=~");
	}

	@Test
	void sortsNamesByEncodedName() {
		assertThat(normalizedParameters(HttpMethod.GET, "http://h/?b=1&%7D=2&a=3&A=4&a%20=5", null))
			.isEqualTo("%7D=2&A=4&a=3&a%20=5&b=1");
	}

	@Test
	void combinesQueryAndFormParametersOfTheSameName() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("x", "1");
		form.add("y", "a b");
		assertThat(normalizedParameters(HttpMethod.POST, "http://h/p?x=2&y=a+b", form))
			.isEqualTo("x=1&x=2&y=a%20b&y=a%20b");
	}

	@Test
	void dropsDefaultPortsOnlyForTheirScheme() {
		assertThat(OAuth1Signer.baseStringUri(URI.create("http://h:80/"))).isEqualTo("http://h/");
		assertThat(OAuth1Signer.baseStringUri(URI.create("https://h:443/"))).isEqualTo("https://h/");
		assertThat(OAuth1Signer.baseStringUri(URI.create("http://h:443/"))).isEqualTo("http://h:443/");
		assertThat(OAuth1Signer.baseStringUri(URI.create("https://h:80/"))).isEqualTo("https://h:80/");
		assertThat(OAuth1Signer.baseStringUri(URI.create("https://h:8443/x/"))).isEqualTo("https://h:8443/x/");
	}

	@Test
	void lowerCasesSchemeAndHostButNotPath() {
		assertThat(OAuth1Signer.baseStringUri(URI.create("HTTPS://Api.SoundCloud.COM/Tracks/A%2fb?x=1#frag")))
			.isEqualTo("https://api.soundcloud.com/Tracks/A%2fb");
		assertThat(OAuth1Signer.baseStringUri(URI.create("http://[2001:DB8::1]:8080")))
			.isEqualTo("http://[2001:db8::1]:8080/");
	}

	@Test
	void signsNonAsciiPathsAsTheyGoOnTheWire() {
		String baseString = OAuth1Signer.signatureBaseString(HttpMethod.GET, URI.create("http://h/caf\u00e9?q=\u00e9"),
				null, Map.of());
		assertThat(baseString).isEqualTo("GET&http%3A%2F%2Fh%2Fcaf%25C3%25A9&q%3D%25C3%25A9");
	}

	@Test
	void upperCasesTheMethod() {
		assertThat(OAuth1Signer.signatureBaseString(HttpMethod.valueOf("get"), URI.create("http://h/"), null, Map.of()))
			.startsWith("GET&");
	}

	@Test
	void leavesOutSignatureFromEverySourceAndRealmFromProtocolParameters() {
		Map<String, String> protocol = new LinkedHashMap<>();
		protocol.put("realm", "r");
		protocol.put("oauth_signature", "s");
		assertThat(normalizedParameters("http://h/?oauth_signature=x&realm=kept", protocol)).isEqualTo("realm=kept");
	}

	@Test
	void writesHeaderWithRealmFirstThenSortedEncodedParameters() {
		String header = this.signer.withRealm("Example")
			.authorizationHeader(CREDENTIALS.withoutToken(), HttpMethod.POST, URI.create("https://photos.example.net/initiate"),
					null, null, Map.of("oauth_callback", "http://printer.example.com/ready"));
		assertThat(header).startsWith("OAuth realm=\"Example\", oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready\", "
				+ "oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_nonce=\"kllo9940pd9333jh\", oauth_signature=\"");
		assertThat(header).endsWith("\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1191242096\", "
				+ "oauth_version=\"1.0\"");
		assertThat(header).doesNotContain("oauth_token");
		assertThat(verifies(header, HttpMethod.POST, "https://photos.example.net/initiate", null,
				CREDENTIALS.withoutToken()))
			.isTrue();
	}

	@Test
	void signsFreshlyEveryTime() {
		OAuth1Signer random = new OAuth1Signer();
		long before = Instant.now().getEpochSecond();
		Map<String, String> first = AuthorizationHeaders
			.parse(random.authorizationHeader(CREDENTIALS, HttpMethod.GET, URI.create("http://h/")));
		Map<String, String> second = AuthorizationHeaders
			.parse(random.authorizationHeader(CREDENTIALS, HttpMethod.GET, URI.create("http://h/")));
		assertThat(first.get("oauth_nonce")).matches("[0-9a-f]{32}").isNotEqualTo(second.get("oauth_nonce"));
		assertThat(first.get("oauth_signature")).isNotEqualTo(second.get("oauth_signature"));
		assertThat(Long.parseLong(first.get("oauth_timestamp"))).isBetween(before, Instant.now().getEpochSecond());
	}

	@Test
	void doesNotDecomposeJsonOrMultipartBodiesButCanHashThem() {
		byte[] json = "{\"track\":{\"title\":\"a=b&c\"}}".getBytes(StandardCharsets.UTF_8);
		URI uri = URI.create("https://api.soundcloud.com/tracks");
		String withoutHash = this.signer.authorizationHeader(CREDENTIALS, HttpMethod.POST, uri);
		String withHash = this.signer.authorizationHeader(CREDENTIALS, HttpMethod.POST, uri, null, json, Map.of());
		assertThat(AuthorizationHeaders.parse(withoutHash)).doesNotContainKey("oauth_body_hash");
		assertThat(AuthorizationHeaders.parse(withHash)).containsEntry("oauth_body_hash", OAuth1Signer.bodyHash(json));
		// only the protocol parameters are signed: nothing from the body
		assertThat(verifies(withoutHash, HttpMethod.POST, uri.toString(), null, CREDENTIALS)).isTrue();
		assertThat(verifies(withHash, HttpMethod.POST, uri.toString(), null, CREDENTIALS)).isTrue();
		byte[] other = "{}".getBytes(StandardCharsets.UTF_8);
		assertThat(AuthorizationHeaders.parse(this.signer.authorizationHeader(CREDENTIALS, HttpMethod.POST, uri, null,
				other, Map.of())).get("oauth_signature"))
			.isNotEqualTo(AuthorizationHeaders.parse(withHash).get("oauth_signature"));
	}

	@Test
	void refusesBodyHashForFormBodies() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("a", "b");
		assertThatIllegalArgumentException().isThrownBy(() -> this.signer.authorizationHeader(CREDENTIALS,
				HttpMethod.POST, URI.create("http://h/"), form, new byte[0], Map.of()));
	}

	@Test
	void signsFormParameters() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("track[title]", "Ode to 'joy' & more");
		String header = this.signer.authorizationHeader(CREDENTIALS, HttpMethod.PUT, URI.create("http://h/tracks/1"),
				form);
		assertThat(verifies(header, HttpMethod.PUT, "http://h/tracks/1", form, CREDENTIALS)).isTrue();
		assertThat(verifies(header, HttpMethod.PUT, "http://h/tracks/1", null, CREDENTIALS)).isFalse();
	}

	@Test
	void acceptsOnlyFurtherProtocolParameters() {
		URI uri = URI.create("http://h/");
		assertThatIllegalArgumentException().isThrownBy(() -> this.signer.authorizationHeader(CREDENTIALS,
				HttpMethod.GET, uri, null, null, Map.of("callback", "x")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.signer.authorizationHeader(CREDENTIALS,
				HttpMethod.GET, uri, null, null, Map.of("oauth_nonce", "x")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.signer.authorizationHeader(CREDENTIALS,
				HttpMethod.GET, uri, null, null, Map.of("oauth_signature", "x")));
	}

	@Test
	void refusesRealmsThatBreakTheHeader() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.signer.withRealm("a\"b"));
	}

	@Test
	void plaintextSendsTheEncodedSecrets() {
		OAuth1Credentials credentials = new OAuth1Credentials("key", "s&cret", "token", "t ken");
		Map<String, String> header = AuthorizationHeaders.parse(this.signer
			.withSignatureMethod(OAuth1SignatureMethod.PLAINTEXT)
			.authorizationHeader(credentials, HttpMethod.GET, URI.create("http://h/?q=1")));
		assertThat(header).containsEntry("oauth_signature_method", "PLAINTEXT")
			.containsEntry("oauth_signature", "s%26cret&t%20ken");
	}

	@Test
	void signsUrlKeepingItsQueryByteForByte() {
		URI url = URI.create("http://api.soundcloud.com/tracks/1/stream?foo=bar&baz=padamm");
		URI signed = this.signer.signUrl(CREDENTIALS, HttpMethod.GET, url);
		assertThat(signed.toString()).startsWith("http://api.soundcloud.com/tracks/1/stream?foo=bar&baz=padamm&oauth_")
			.contains("&oauth_consumer_key=dpf43f3p2l4k3l03&", "&oauth_nonce=kllo9940pd9333jh&",
					"&oauth_signature_method=HMAC-SHA1&", "&oauth_timestamp=1191242096&",
					"&oauth_token=nnch734d00sl2jdk&", "&oauth_version=1.0")
			.containsOnlyOnce("oauth_signature=");
		assertThat(signedUrlVerifies(signed, CREDENTIALS)).isTrue();
	}

	@Test
	void signsUrlWithOddEncodingsAndFragment() {
		URI url = URI.create("https://cdn.example.com/a%20b/c?q=a+b&r=%7e&s&=t#part");
		URI signed = this.signer.signUrl(CREDENTIALS, HttpMethod.GET, url);
		assertThat(signed.toString()).startsWith("https://cdn.example.com/a%20b/c?q=a+b&r=%7e&s&=t&oauth_")
			.endsWith("#part");
		assertThat(signedUrlVerifies(signed, CREDENTIALS)).isTrue();
	}

	@Test
	void signsUrlWithoutQuery() {
		URI signed = this.signer.signUrl(CREDENTIALS, HttpMethod.GET, URI.create("https://h/x"));
		assertThat(signed.toString()).startsWith("https://h/x?oauth_consumer_key=");
		assertThat(signedUrlVerifies(signed, CREDENTIALS)).isTrue();
	}

	@Test
	void signsSignedUrlAgainWithoutDuplicatingParameters() {
		URI once = this.signer.signUrl(CREDENTIALS, HttpMethod.GET, URI.create("https://h/x?foo=bar"));
		URI twice = new OAuth1Signer().signUrl(CREDENTIALS, HttpMethod.GET, once);
		assertThat(twice.toString()).startsWith("https://h/x?foo=bar&oauth_").containsOnlyOnce("oauth_nonce=");
		assertThat(signedUrlVerifies(twice, CREDENTIALS)).isTrue();
	}

	private static String normalizedParameters(HttpMethod method, String uri,
			@Nullable MultiValueMap<String, String> form) {
		String baseString = OAuth1Signer.signatureBaseString(method, URI.create(uri), form, Map.of());
		return URLDecoder.decode(baseString.substring(baseString.lastIndexOf('&') + 1), StandardCharsets.UTF_8);
	}

	private static String normalizedParameters(String uri, Map<String, String> protocol) {
		String baseString = OAuth1Signer.signatureBaseString(HttpMethod.GET, URI.create(uri), null, protocol);
		return URLDecoder.decode(baseString.substring(baseString.lastIndexOf('&') + 1), StandardCharsets.UTF_8);
	}

	/**
	 * Check a header as a server would: rebuild the base string from the request and the
	 * header's parameters and compare signatures.
	 */
	static boolean verifies(String header, HttpMethod method, String uri, @Nullable MultiValueMap<String, String> form,
			OAuth1Credentials credentials) {
		Map<String, String> parameters = AuthorizationHeaders.parse(header);
		String baseString = OAuth1Signer.signatureBaseString(method, URI.create(uri), form, parameters);
		return new OAuth1Signer().signature(credentials, baseString).equals(parameters.get("oauth_signature"));
	}

	private static boolean signedUrlVerifies(URI signed, OAuth1Credentials credentials) {
		String signature = null;
		for (Map.Entry<String, String> pair : OAuth1Encoding.parseForm(signed.getRawQuery())) {
			if (pair.getKey().equals("oauth_signature")) {
				signature = pair.getValue();
			}
		}
		// the oauth_* query parameters are signed like any other; oauth_signature is left out
		String baseString = OAuth1Signer.signatureBaseString(HttpMethod.GET, signed, null, Map.of());
		return new OAuth1Signer().signature(credentials, baseString).equals(signature);
	}

}
