package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import oauth.signpost.OAuth;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs random requests with our signer and with Signpost, an independent implementation,
 * using the same nonce and timestamp, and requires identical base strings and signatures.
 * The seed is fixed so that a failure reproduces; run with
 * {@code -Doauth1.crosscheck.seed=<n>} to explore other requests.
 *
 * <p>The generator stays inside what Signpost gets right (see {@link SignpostOracle}): no
 * identical name/value pair twice, every parameter has an {@code =}, form parameters never
 * share a name with query parameters, no name equals the encoding of another, ASCII paths. Those cases are covered by
 * {@link OAuth1SignerTests} instead.
 */
class OAuth1SignerCrossCheckTests {

	private static final long SEED = Long.getLong("oauth1.crosscheck.seed", 5849L);

	private static final int REQUESTS = 1000;

	private static final String[] METHODS = { "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS" };

	/** Pieces that text is built from; many need escaping somewhere. */
	private static final String[] PIECES = { "a", "b", "Z", "k", "0", "9", "-", ".", "_", "~", " ", "+", "&", "=",
			"%", "*", "!", "'", "(", ")", ";", ":", "@", "/", "?", "$", ",", "[", "]", "#", "\"", "<", ">", "\\",
			"^", "`", "{", "|", "}", "\n", "\t", "é", "ü", "€", "日本", "😀", "\u0080", "\u3001", "%20", "%2B", "%3D" };

	/** Characters java.net.URI accepts unescaped in a query and that do not split it. */
	private static final String RAW_IN_QUERY = "!$'()*,;:@/?";

	private static final String RAW_IN_PATH = "!$&'()*+,;=:@";

	@Test
	void signaturesMatchSignpostForRandomRequests() throws Exception {
		Random random = new Random(SEED);
		for (int i = 0; i < REQUESTS; i++) {
			RandomRequest request = RandomRequest.create(random);
			OAuth1Signer signer = new OAuth1Signer()
				.withSignatureMethod(request.plaintext ? OAuth1SignatureMethod.PLAINTEXT : OAuth1SignatureMethod.HMAC_SHA1)
				.withClock(Clock.fixed(Instant.ofEpochSecond(request.timestamp), ZoneOffset.UTC))
				.withNonceSource(() -> request.nonce);
			String description = "seed " + SEED + ", request #" + i + ": " + request;
			Map<String, String> ours = AuthorizationHeaders.parse(signer.authorizationHeader(request.credentials,
					HttpMethod.valueOf(request.method), URI.create(request.url), request.form, null, request.extra));
			SignpostOracle.Result theirs = SignpostOracle.sign(request.method, request.url, request.formBody(),
					request.credentials, request.nonce, request.timestamp, request.extra, request.plaintext);
			Map<String, String> protocol = new LinkedHashMap<>(ours);
			assertThat(OAuth1Signer.signatureBaseString(HttpMethod.valueOf(request.method), URI.create(request.url),
					request.form, protocol))
				.as(description)
				.isEqualTo(theirs.baseString());
			assertThat(ours.get("oauth_signature")).as(description).isEqualTo(theirs.signature());
		}
	}

	@Test
	void signedUrlsMatchSignpostForRandomUrls() throws Exception {
		Random random = new Random(SEED + 1);
		for (int i = 0; i < REQUESTS / 4; i++) {
			RandomRequest request = RandomRequest.create(random);
			OAuth1Signer signer = new OAuth1Signer()
				.withClock(Clock.fixed(Instant.ofEpochSecond(request.timestamp), ZoneOffset.UTC))
				.withNonceSource(() -> request.nonce);
			String description = "seed " + (SEED + 1) + ", url #" + i + ": " + request;
			URI signed = signer.signUrl(request.credentials, HttpMethod.GET, URI.create(request.url));
			SignpostOracle.Result theirs = SignpostOracle.sign("GET", request.url, null, request.credentials,
					request.nonce, request.timestamp, Map.of(), false);
			String query = signed.getRawQuery();
			String signature = null;
			for (String pair : query.split("&")) {
				if (pair.startsWith("oauth_signature=")) {
					signature = java.net.URLDecoder.decode(pair.substring("oauth_signature=".length()),
							StandardCharsets.UTF_8);
				}
			}
			assertThat(signature).as(description).isEqualTo(theirs.signature());
			assertThat(signed.toString()).as(description).startsWith(request.url);
		}
	}

	private static final class RandomRequest {

		final String method;

		final String url;

		final @Nullable MultiValueMap<String, String> form;

		final OAuth1Credentials credentials;

		final String nonce;

		final long timestamp;

		final Map<String, String> extra = new LinkedHashMap<>();

		final boolean plaintext;

		private RandomRequest(String method, String url, @Nullable MultiValueMap<String, String> form,
				OAuth1Credentials credentials, String nonce, long timestamp, boolean plaintext) {
			this.method = method;
			this.url = url;
			this.form = form;
			this.credentials = credentials;
			this.nonce = nonce;
			this.timestamp = timestamp;
			this.plaintext = plaintext;
		}

		static RandomRequest create(Random random) {
			String method = METHODS[random.nextInt(METHODS.length)];
			Set<String> seenPairs = new HashSet<>();
			Set<String> queryNames = new HashSet<>();
			Set<String> names = new HashSet<>();
			StringBuilder url = new StringBuilder(scheme(random)).append("://").append(host(random));
			url.append(port(random)).append(path(random));
			int queryCount = random.nextInt(6);
			if (queryCount > 0 || random.nextInt(10) == 0) {
				url.append('?');
				List<String> pairs = new ArrayList<>();
				for (int i = 0; i < queryCount; i++) {
					String[] pair = uniquePair(random, seenPairs, names, "dup", Set.of());
					queryNames.add(pair[0]);
					pairs.add(rawQueryText(random, pair[0]) + "=" + rawQueryText(random, pair[1]));
				}
				url.append(String.join("&", pairs));
			}
			MultiValueMap<String, String> form = null;
			if (("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method)) && random.nextInt(3) > 0) {
				form = new LinkedMultiValueMap<>();
				for (int i = random.nextInt(5); i >= 0; i--) {
					String[] pair = uniquePair(random, seenPairs, names, "twice", queryNames);
					form.add(pair[0], pair[1]);
				}
			}
			OAuth1Credentials credentials = new OAuth1Credentials(nonEmpty(random), text(random, 12), null, null);
			if (random.nextInt(10) < 7) {
				credentials = credentials.withToken(nonEmpty(random), text(random, 12));
			}
			String nonce = (random.nextBoolean()) ? Long.toHexString(random.nextLong()) : nonEmpty(random);
			long timestamp = (long) (random.nextDouble() * 4_000_000_000L);
			RandomRequest request = new RandomRequest(method, url.toString(), form, credentials, nonce, timestamp,
					random.nextInt(10) == 0);
			if (random.nextInt(5) == 0) {
				request.extra.put("oauth_callback", (random.nextBoolean()) ? "oob" : "https://app.example/cb?x=" + text(random, 6));
			}
			if (random.nextInt(10) == 0) {
				request.extra.put("oauth_verifier", nonEmpty(random));
			}
			return request;
		}

		@Nullable String formBody() {
			if (this.form == null) {
				return null;
			}
			List<String> pairs = new ArrayList<>();
			this.form.forEach((name, values) -> values.forEach((value) -> pairs
				.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
			return String.join("&", pairs);
		}

		private static String[] uniquePair(Random random, Set<String> seenPairs, Set<String> names,
				String repeatedName, Set<String> forbiddenNames) {
			while (true) {
				// names repeat on purpose, so that sorting by value is exercised
				String name = (random.nextInt(3) == 0) ? repeatedName : text(random, 6);
				String value = text(random, 10);
				if (!name.toLowerCase(Locale.ROOT).startsWith("oauth_") && !forbiddenNames.contains(name)
						&& !confusesSignpost(name, names) && seenPairs.add(name + "\u0000" + value)) {
					names.add(name);
					return new String[] { name, value };
				}
			}
		}

		/**
		 * Signpost files parameters under their encoded names but first removes the
		 * decoded name, so a name that equals the encoding of another one (" " and "%20")
		 * makes it drop parameters.
		 */
		private static boolean confusesSignpost(String name, Set<String> names) {
			for (String other : names) {
				if (!other.equals(name)
						&& (OAuth.percentEncode(other).equals(name) || OAuth.percentEncode(name).equals(other))) {
					return true;
				}
			}
			return false;
		}

		private static String scheme(Random random) {
			String scheme = random.nextBoolean() ? "http" : "https";
			return (random.nextInt(5) == 0) ? scheme.toUpperCase(Locale.ROOT) : scheme;
		}

		private static String host(Random random) {
			switch (random.nextInt(8)) {
				case 0:
					return "localhost";
				case 1:
					return "127.0.0.1";
				case 2:
					return "[2001:DB8::1]";
				default:
					StringBuilder host = new StringBuilder();
					for (int labels = 1 + random.nextInt(3); labels > 0; labels--) {
						host.append(label(random)).append('.');
					}
					return host.append(random.nextBoolean() ? "com" : "Net").toString();
			}
		}

		private static String label(Random random) {
			String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
			StringBuilder label = new StringBuilder();
			for (int i = 1 + random.nextInt(10); i > 0; i--) {
				label.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			if (label.length() > 2 && random.nextInt(4) == 0) {
				label.setCharAt(1, '-');
			}
			return label.toString();
		}

		private static String port(Random random) {
			return switch (random.nextInt(7)) {
				case 0, 1 -> "";
				case 2 -> ":80";
				case 3 -> ":443";
				case 4 -> ":8080";
				default -> ":" + (1 + random.nextInt(65535));
			};
		}

		private static String path(Random random) {
			if (random.nextInt(6) == 0) {
				return "";
			}
			StringBuilder path = new StringBuilder();
			for (int segments = 1 + random.nextInt(4); segments > 0; segments--) {
				path.append('/');
				String segment = text(random, 8);
				for (byte octet : segment.getBytes(StandardCharsets.UTF_8)) {
					char c = (char) (octet & 0xFF);
					if (octet >= 0 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0
							|| RAW_IN_PATH.indexOf(c) >= 0)) {
						path.append(c);
					}
					else {
						path.append(escape(random, octet));
					}
				}
			}
			if (random.nextInt(5) == 0) {
				path.append('/');
			}
			return path.toString();
		}

		/** Write text into a query the many ways clients do: raw where legal, escaped with either case of hex. */
		private static String rawQueryText(Random random, String text) {
			StringBuilder raw = new StringBuilder();
			text.codePoints().forEach((codePoint) -> {
				String c = new String(Character.toChars(codePoint));
				boolean unreserved = codePoint < 128 && (Character.isLetterOrDigit(codePoint) || "-._~".contains(c));
				if (unreserved) {
					raw.append(c);
				}
				else if (codePoint == ' ') {
					raw.append(random.nextBoolean() ? "+" : "%20");
				}
				else if ((RAW_IN_QUERY.contains(c) || codePoint >= 0xA0) && random.nextBoolean()) {
					raw.append(c);
				}
				else {
					for (byte octet : c.getBytes(StandardCharsets.UTF_8)) {
						raw.append(escape(random, octet));
					}
				}
			});
			return raw.toString();
		}

		private static String escape(Random random, byte octet) {
			String hex = String.format("%%%02X", octet & 0xFF);
			return random.nextBoolean() ? hex : hex.toLowerCase(Locale.ROOT);
		}

		private static String text(Random random, int maxPieces) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
			}
			return text.toString();
		}

		private static String nonEmpty(Random random) {
			// a letter first, so that the text is never blank
			return "k" + text(random, 8);
		}

		@Override
		public String toString() {
			return this.method + " " + this.url + " form=" + this.form + " " + this.credentials + " nonce=" + this.nonce
					+ " timestamp=" + this.timestamp + " extra=" + this.extra + (this.plaintext ? " PLAINTEXT" : "");
		}

	}

}
