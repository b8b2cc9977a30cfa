package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake's OAuth 1.0a signature code against the published vectors of RFC 5849 and OAuth
 * Core 1.0, typed in here.
 */
class OAuth1SignatureTests {

	private static final String PHOTOS_KEY = "dpf43f3p2l4k3l03";

	private static final String PHOTOS_SECRET = "kd94hf93k423kf44";

	/**
	 * RFC 5849 §3.4.1: query, form body and header parameters, including an encoded
	 * {@code =} that must be encoded again and a body parameter without a value. The RFC
	 * prints a wrong signature; the right one is from Errata ID 2550.
	 */
	@Test
	void rfc5849Section341WithErrata2550() {
		OAuth1Request request = OAuth1Request.of("POST", "http", "example.com", "/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
				"OAuth realm=\"Example\", oauth_consumer_key=\"9djdj82h48djs9d2\", oauth_token=\"kkk9d7dh3k39sjv7\", "
						+ "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131201\", "
						+ "oauth_nonce=\"7d8f3e4a\", oauth_signature=\"bYT5CMsGcbgUdFHObYMEfcx6bsw%3D\"",
				"application/x-www-form-urlencoded", "c2&a3=2+q".getBytes(StandardCharsets.UTF_8));
		assertThat(SignatureBaseString.normalize(request.signedParameters())).isEqualTo(
				"a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2&oauth_nonce=7d8f3e4a"
						+ "&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7");
		String baseString = SignatureBaseString.of(request.method(), request.baseStringUri(),
				request.signedParameters());
		assertThat(baseString).isEqualTo("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
				+ "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2"
				+ "%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201"
				+ "%26oauth_token%3Dkkk9d7dh3k39sjv7");
		assertThat(OAuth1Signature.sign("HMAC-SHA1", baseString, "j49sk3j29djd", "dh893hdasih9"))
			.isEqualTo("r6/TJjbCOr97/+UU0NsvSne7s5g=")
			.isNotEqualTo(request.protocolParameter("oauth_signature"));
	}

	@Test
	void rfc5849TemporaryCredentialsRequest() {
		String baseString = SignatureBaseString.of("POST", "https://photos.example.net/initiate",
				List.of(p("oauth_consumer_key", PHOTOS_KEY), p("oauth_signature_method", "HMAC-SHA1"),
						p("oauth_timestamp", "137131200"), p("oauth_nonce", "wIjqoS"),
						p("oauth_callback", "http://printer.example.com/ready")));
		assertThat(baseString).isEqualTo("POST&https%3A%2F%2Fphotos.example.net%2Finitiate&oauth_callback%3Dhttp"
				+ "%253A%252F%252Fprinter.example.com%252Fready%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce"
				+ "%3DwIjqoS%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131200");
		assertThat(OAuth1Signature.sign("HMAC-SHA1", baseString, PHOTOS_SECRET, ""))
			.isEqualTo("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
	}

	@Test
	void rfc5849TokenCredentialsRequest() {
		String baseString = SignatureBaseString.of("POST", "https://photos.example.net/token",
				List.of(p("oauth_consumer_key", PHOTOS_KEY), p("oauth_token", "hh5s93j4hdidpola"),
						p("oauth_signature_method", "HMAC-SHA1"), p("oauth_timestamp", "137131201"),
						p("oauth_nonce", "walatlh"), p("oauth_verifier", "hfdp7dh39dks9884")));
		assertThat(baseString).isEqualTo("POST&https%3A%2F%2Fphotos.example.net%2Ftoken&oauth_consumer_key"
				+ "%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dwalatlh%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp"
				+ "%3D137131201%26oauth_token%3Dhh5s93j4hdidpola%26oauth_verifier%3Dhfdp7dh39dks9884");
		assertThat(OAuth1Signature.sign("HMAC-SHA1", baseString, PHOTOS_SECRET, "hdhd0244k9j7ao03"))
			.isEqualTo("gKgrFCywp7rO0OXSjdot/IHF7IU=");
	}

	@Test
	void rfc5849ProtectedResourceRequestWithACaseSensitiveNonce() {
		assertThat(photos("chapoH")).isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
		assertThat(photos("chapoh")).isEqualTo("W6Hu4uQ/hc1LXD8i7yCLGPvGwhI=");
	}

	/**
	 * OAuth Core 1.0 Appendix A.5: the {@code photos} request with {@code oauth_version}.
	 */
	@Test
	void oauthCore10PhotosExample() {
		OAuth1Request request = OAuth1Request.of("GET", "http", "photos.example.net",
				"/photos?file=vacation.jpg&size=original",
				"OAuth realm=\"http://photos.example.net/\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
						+ "oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", "
						+ "oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\", oauth_timestamp=\"1191242096\", "
						+ "oauth_nonce=\"kllo9940pd9333jh\", oauth_version=\"1.0\"",
				null, new byte[0]);
		String baseString = SignatureBaseString.of(request.method(), request.baseStringUri(),
				request.signedParameters());
		assertThat(baseString).isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg"
				+ "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method"
				+ "%3DHMAC-SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0"
				+ "%26size%3Doriginal");
		assertThat(OAuth1Signature.sign("HMAC-SHA1", baseString, PHOTOS_SECRET, "pfkkdhi9sl3r4s00"))
			.isEqualTo("tR3+Ty81lMeYAr/Fid0kMTYa/WM=")
			.isEqualTo(request.protocolParameter("oauth_signature"));
	}

	@Test
	void plaintextIsTheEncodedKey() {
		assertThat(OAuth1Signature.sign("PLAINTEXT", "ignored", "kd94hf93k423kf44", "pfkkdhi9sl3r4s00"))
			.isEqualTo("kd94hf93k423kf44&pfkkdhi9sl3r4s00");
		assertThat(OAuth1Signature.sign("PLAINTEXT", "ignored", "a b&c", "")).isEqualTo("a%20b%26c&");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			abcABC123 | abcABC123
			-._~      | -._~
			%         | %25
			+         | %2B
			&=*       | %26%3D%2A
			' '       | %20
			\u0080    | %C2%80
			\u3001    | %E3%80%81
			""")
	void percentEncodesPerRfc3986(String input, String encoded) {
		assertThat(PercentEncoding.encode(input)).isEqualTo(encoded);
		assertThat(PercentEncoding.decode(encoded)).isEqualTo(input);
	}

	@Test
	void percentEncodesControlCharacters() {
		assertThat(PercentEncoding.encode("\n")).isEqualTo("%0A");
		assertThat(PercentEncoding.encode("\u007F")).isEqualTo("%7F");
		assertThat(PercentEncoding.decode("a+b")).isEqualTo("a+b");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http  | EXAMPLE.COM:80        | /r%20v/X | http://example.com/r%20v/X
			https | www.example.net:8080  | /        | https://www.example.net:8080/
			https | Example.net:443       | /a       | https://example.net/a
			HTTP  | localhost:8080        |          | http://localhost:8080/
			http  | [::1]:8080            | /me      | http://[::1]:8080/me
			""")
	void normalizesTheBaseStringUri(String scheme, String host, String path, String expected) {
		assertThat(SignatureBaseString.uri(scheme, host, path)).isEqualTo(expected);
	}

	@Test
	void hashesBodies() {
		assertThat(OAuth1Signature.bodyHash("Hello World!".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Lve95gjOVATpfV8EL5X4nxwjKHE=");
		assertThat(OAuth1Signature.bodyHash(new byte[0])).isEqualTo("2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
	}

	@Test
	void tellsOAuth1HeadersFromOAuth2Tokens() {
		assertThat(OAuth1Header.isOAuth1("OAuth oauth_consumer_key=\"k\", oauth_nonce=\"n\"")).isTrue();
		assertThat(OAuth1Header.isOAuth1("oauth realm=\"x\",oauth_token=\"t\"")).isTrue();
		assertThat(OAuth1Header.isOAuth1("OAuth fake-access-token")).isFalse();
		assertThat(OAuth1Header.isOAuth1("OAuth 2-123456-oauth_x")).isFalse();
		assertThat(OAuth1Header.isOAuth1("Bearer oauth_token=\"t\"")).isFalse();
		assertThat(OAuth1Header.isOAuth1(null)).isFalse();
	}

	private static String photos(String nonce) {
		String baseString = SignatureBaseString.of("GET", "http://photos.example.net/photos",
				List.of(p("file", "vacation.jpg"), p("size", "original"), p("oauth_consumer_key", PHOTOS_KEY),
						p("oauth_token", "nnch734d00sl2jdk"), p("oauth_signature_method", "HMAC-SHA1"),
						p("oauth_timestamp", "137131202"), p("oauth_nonce", nonce)));
		return OAuth1Signature.sign("HMAC-SHA1", baseString, PHOTOS_SECRET, "pfkkdhi9sl3r4s00");
	}

	private static Parameter p(String name, String value) {
		return new Parameter(name, value);
	}

}
