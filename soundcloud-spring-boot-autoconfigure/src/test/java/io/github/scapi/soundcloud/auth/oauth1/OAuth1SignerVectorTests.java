package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published OAuth 1.0a test vectors: RFC 5849 §3.4.1.1 (with the signature corrected
 * by Errata ID 2550), the three requests of RFC 5849 §1.2, OAuth Core 1.0 Appendix A.5, the
 * base string URI examples of §3.4.1.2 and the body hash draft. Inputs and expected values
 * are typed in here on purpose.
 */
class OAuth1SignerVectorTests {

	private final OAuth1Signer signer = new OAuth1Signer();

	@Test
	void rfc5849Section3411BaseStringIsAsPrinted() {
		assertThat(rfc5849Section3411Request()).isEqualTo("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b"
				+ "%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key"
				+ "%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1"
				+ "%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7");
	}

	@Test
	void rfc5849Section3411SignatureAsCorrectedByErrata2550() {
		OAuth1Credentials credentials = new OAuth1Credentials("9djdj82h48djs9d2", "j49sk3j29djd", "kkk9d7dh3k39sjv7",
				"dh893hdasih9");
		String signature = this.signer.signature(credentials, rfc5849Section3411Request());
		assertThat(signature).isEqualTo("r6/TJjbCOr97/+UU0NsvSne7s5g=");
		assertThat(OAuth1Encoding.encode(signature)).isEqualTo("r6%2FTJjbCOr97%2F%2BUU0NsvSne7s5g%3D");
		// the value printed in the RFC is wrong (Errata ID 2550)
		assertThat(signature).isNotEqualTo("bYT5CMsGcbgUdFHObYMEfcx6bsw=");
	}

	@Test
	void rfc5849Section3411FormBodyDecodesAsTheRfcSays() {
		// "c2" without "=" is a name with an empty value, "+" is a space
		assertThat(OAuth1Encoding.parseForm("c2&a3=2+q")).containsExactly(Map.entry("c2", ""), Map.entry("a3", "2 q"));
	}

	private static String rfc5849Section3411Request() {
		URI uri = URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("c2", "");
		form.add("a3", "2 q");
		Map<String, String> protocol = new LinkedHashMap<>();
		// realm and oauth_signature are in the RFC's header and must be left out
		protocol.put("realm", "Example");
		protocol.put("oauth_consumer_key", "9djdj82h48djs9d2");
		protocol.put("oauth_token", "kkk9d7dh3k39sjv7");
		protocol.put("oauth_signature_method", "HMAC-SHA1");
		protocol.put("oauth_timestamp", "137131201");
		protocol.put("oauth_nonce", "7d8f3e4a");
		protocol.put("oauth_signature", "bYT5CMsGcbgUdFHObYMEfcx6bsw=");
		return OAuth1Signer.signatureBaseString(HttpMethod.POST, uri, form, protocol);
	}

	@Test
	void rfc5849Section12TemporaryCredentials() {
		Map<String, String> protocol = Map.of("oauth_consumer_key", "dpf43f3p2l4k3l03", "oauth_signature_method",
				"HMAC-SHA1", "oauth_timestamp", "137131200", "oauth_nonce", "wIjqoS", "oauth_callback",
				"http://printer.example.com/ready");
		String baseString = OAuth1Signer.signatureBaseString(HttpMethod.POST,
				URI.create("https://photos.example.net/initiate"), null, protocol);
		assertThat(baseString).isEqualTo("POST&https%3A%2F%2Fphotos.example.net%2Finitiate&oauth_callback%3Dhttp"
				+ "%253A%252F%252Fprinter.example.com%252Fready%26oauth_consumer_key%3Ddpf43f3p2l4k3l03"
				+ "%26oauth_nonce%3DwIjqoS%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131200");
		// no token: the key is "kd94hf93k423kf44&", with the "&" kept
		assertThat(this.signer.signature(OAuth1Credentials.of("dpf43f3p2l4k3l03", "kd94hf93k423kf44"), baseString))
			.isEqualTo("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
	}

	@Test
	void rfc5849Section12TokenCredentials() {
		Map<String, String> protocol = Map.of("oauth_consumer_key", "dpf43f3p2l4k3l03", "oauth_token",
				"hh5s93j4hdidpola", "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "137131201", "oauth_nonce",
				"walatlh", "oauth_verifier", "hfdp7dh39dks9884");
		String baseString = OAuth1Signer.signatureBaseString(HttpMethod.POST,
				URI.create("https://photos.example.net/token"), null, protocol);
		assertThat(baseString).isEqualTo("POST&https%3A%2F%2Fphotos.example.net%2Ftoken&oauth_consumer_key"
				+ "%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dwalatlh%26oauth_signature_method%3DHMAC-SHA1"
				+ "%26oauth_timestamp%3D137131201%26oauth_token%3Dhh5s93j4hdidpola%26oauth_verifier%3Dhfdp7dh39dks9884");
		OAuth1Credentials credentials = new OAuth1Credentials("dpf43f3p2l4k3l03", "kd94hf93k423kf44",
				"hh5s93j4hdidpola", "hdhd0244k9j7ao03");
		assertThat(this.signer.signature(credentials, baseString)).isEqualTo("gKgrFCywp7rO0OXSjdot/IHF7IU=");
	}

	@Test
	void rfc5849Section12ProtectedResource() {
		String baseString = photosBaseString("chapoH");
		assertThat(baseString).isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg"
				+ "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3DchapoH%26oauth_signature_method"
				+ "%3DHMAC-SHA1%26oauth_timestamp%3D137131202%26oauth_token%3Dnnch734d00sl2jdk%26size%3Doriginal");
		assertThat(this.signer.signature(photosCredentials(), baseString)).isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
	}

	@Test
	void rfc5849Section12NonceIsCaseSensitive() {
		assertThat(this.signer.signature(photosCredentials(), photosBaseString("chapoh")))
			.isEqualTo("W6Hu4uQ/hc1LXD8i7yCLGPvGwhI=");
	}

	private static String photosBaseString(String nonce) {
		Map<String, String> protocol = Map.of("oauth_consumer_key", "dpf43f3p2l4k3l03", "oauth_token",
				"nnch734d00sl2jdk", "oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "137131202", "oauth_nonce",
				nonce);
		return OAuth1Signer.signatureBaseString(HttpMethod.GET,
				URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"), null, protocol);
	}

	private static OAuth1Credentials photosCredentials() {
		return new OAuth1Credentials("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00");
	}

	@Test
	void oauthCore10AppendixA5ThroughThePublicApi() {
		// this vector includes oauth_version, so the whole signer can produce it
		OAuth1Signer fixed = this.signer
			.withClock(Clock.fixed(Instant.ofEpochSecond(1191242096L), ZoneOffset.UTC))
			.withNonceSource(() -> "kllo9940pd9333jh");
		URI uri = URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original");
		String header = fixed.authorizationHeader(photosCredentials(), HttpMethod.GET, uri);
		assertThat(header).isEqualTo("OAuth oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_nonce=\"kllo9940pd9333jh\", "
				+ "oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\", oauth_signature_method=\"HMAC-SHA1\", "
				+ "oauth_timestamp=\"1191242096\", oauth_token=\"nnch734d00sl2jdk\", oauth_version=\"1.0\"");
		Map<String, String> protocol = new LinkedHashMap<>(AuthorizationHeaders.parse(header));
		assertThat(OAuth1Signer.signatureBaseString(HttpMethod.GET, uri, null, protocol))
			.isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key"
					+ "%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-SHA1"
					+ "%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0"
					+ "%26size%3Doriginal");
		assertThat(protocol.get("oauth_signature")).isEqualTo("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
	}

	@Test
	void percentEncodingTable() {
		assertThat(OAuth1Encoding.encode("abcABC123")).isEqualTo("abcABC123");
		assertThat(OAuth1Encoding.encode("-._~")).isEqualTo("-._~");
		assertThat(OAuth1Encoding.encode("%")).isEqualTo("%25");
		assertThat(OAuth1Encoding.encode("+")).isEqualTo("%2B");
		assertThat(OAuth1Encoding.encode("&=*")).isEqualTo("%26%3D%2A");
		assertThat(OAuth1Encoding.encode("\n")).isEqualTo("%0A");
		assertThat(OAuth1Encoding.encode(" ")).isEqualTo("%20");
		assertThat(OAuth1Encoding.encode("\u007F")).isEqualTo("%7F");
		assertThat(OAuth1Encoding.encode("\u0080")).isEqualTo("%C2%80");
		assertThat(OAuth1Encoding.encode("\u3001")).isEqualTo("%E3%80%81");
	}

	@Test
	void baseStringUriLowerCasesAndDropsDefaultPort() {
		assertThat(OAuth1Signer.baseStringUri(URI.create("http://EXAMPLE.COM:80/r%20v/X?id=123")))
			.isEqualTo("http://example.com/r%20v/X");
		assertThat(OAuth1Signer.signatureBaseString(HttpMethod.GET, URI.create("http://EXAMPLE.COM:80/r%20v/X?id=123"),
				null, Map.of()))
			.isEqualTo("GET&http%3A%2F%2Fexample.com%2Fr%2520v%2FX&id%3D123");
	}

	@Test
	void baseStringUriKeepsOtherPortsAndAddsEmptyPath() {
		assertThat(OAuth1Signer.baseStringUri(URI.create("https://www.example.net:8080?q=1")))
			.isEqualTo("https://www.example.net:8080/");
		assertThat(OAuth1Signer.baseStringUri(URI.create("https://www.example.net:8080/?q=1")))
			.isEqualTo("https://www.example.net:8080/");
	}

	@Test
	void bodyHashDraftValues() {
		assertThat(OAuth1Signer.bodyHash("Hello World!".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isEqualTo("Lve95gjOVATpfV8EL5X4nxwjKHE=");
		assertThat(OAuth1Signer.bodyHash(new byte[0])).isEqualTo("2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
	}

	@Test
	void vectorsAgreeWithSignpost() throws Exception {
		// the independent implementation reproduces the A.5 vector too, so the oracle is sound
		SignpostOracle.Result result = SignpostOracle.sign("GET",
				"http://photos.example.net/photos?file=vacation.jpg&size=original", null, photosCredentials(),
				"kllo9940pd9333jh", 1191242096L, Map.of(), false);
		assertThat(result.signature()).isEqualTo("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
		assertThat(List.of(result.baseString())).containsExactly(OAuth1Signer.signatureBaseString(HttpMethod.GET,
				URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"), null,
				Map.of("oauth_consumer_key", "dpf43f3p2l4k3l03", "oauth_token", "nnch734d00sl2jdk",
						"oauth_signature_method", "HMAC-SHA1", "oauth_timestamp", "1191242096", "oauth_nonce",
						"kllo9940pd9333jh", "oauth_version", "1.0")));
	}

}
