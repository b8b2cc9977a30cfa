package io.github.scapi.soundcloud.test;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * A deliberately small OAuth 1.0a HMAC-SHA1 client, written apart from the fake's verifier
 * so that the two check each other.
 *
 * @param consumerKey the consumer key
 * @param consumerSecret the consumer secret
 * @param token the token, {@code null} for none
 * @param tokenSecret the token secret, empty for none
 */
record OAuth1TestSigner(String consumerKey, String consumerSecret, @Nullable String token, String tokenSecret) {

	static OAuth1TestSigner consumer(SoundCloudFake fake) {
		return new OAuth1TestSigner(fake.consumerKey(), fake.consumerSecret(), null, "");
	}

	OAuth1TestSigner withToken(String token, String tokenSecret) {
		return new OAuth1TestSigner(this.consumerKey, this.consumerSecret, token, tokenSecret);
	}

	/**
	 * Returns the protocol parameters, signature included, for a request; {@code extra}
	 * adds parameters such as {@code oauth_callback} or overrides the timestamp and nonce.
	 */
	Map<String, String> sign(String method, String url, @Nullable String formBody, Map<String, String> extra) {
		Map<String, String> oauth = new LinkedHashMap<>();
		oauth.put("oauth_consumer_key", this.consumerKey);
		if (this.token != null) {
			oauth.put("oauth_token", this.token);
		}
		oauth.put("oauth_signature_method", "HMAC-SHA1");
		oauth.put("oauth_timestamp", Long.toString(Instant.now().getEpochSecond()));
		oauth.put("oauth_nonce", UUID.randomUUID().toString().replace("-", ""));
		oauth.put("oauth_version", "1.0");
		oauth.putAll(extra);
		List<String[]> all = new ArrayList<>();
		oauth.forEach((name, value) -> all.add(new String[] { name, value }));
		URI uri = URI.create(url);
		all.addAll(formPairs(uri.getRawQuery()));
		all.addAll(formPairs(formBody));
		String normalized = all.stream()
			.map((pair) -> new String[] { enc(pair[0]), enc(pair[1]) })
			.sorted((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]))
			.map((pair) -> pair[0] + "=" + pair[1])
			.collect(Collectors.joining("&"));
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (port == 80 && "http".equals(uri.getScheme()))
				|| (port == 443 && "https".equals(uri.getScheme()));
		String baseUri = uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
				+ (defaultPort ? "" : ":" + port) + (uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
		String baseString = method + "&" + enc(baseUri) + "&" + enc(normalized);
		oauth.put("oauth_signature", hmacSha1(enc(this.consumerSecret) + "&" + enc(this.tokenSecret), baseString));
		return oauth;
	}

	String authorization(String method, String url) {
		return authorization(method, url, null, Map.of());
	}

	String authorization(String method, String url, @Nullable String formBody, Map<String, String> extra) {
		return header(sign(method, url, formBody, extra));
	}

	static String header(Map<String, String> oauth) {
		return "OAuth realm=\"SoundCloud\", " + oauth.entrySet()
			.stream()
			.map((entry) -> enc(entry.getKey()) + "=\"" + enc(entry.getValue()) + "\"")
			.collect(Collectors.joining(", "));
	}

	/**
	 * Appends the signed protocol parameters to a GET URL, as scapi's
	 * {@code oauth_sign_get_request} did.
	 */
	String signUrl(String url) {
		return url + (url.contains("?") ? "&" : "?") + formEncode(sign("GET", url, null, Map.of()));
	}

	static String formEncode(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> enc(entry.getKey()) + "=" + enc(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	static Map<String, String> parseForm(String body) {
		Map<String, String> values = new LinkedHashMap<>();
		formPairs(body).forEach((pair) -> values.put(pair[0], pair[1]));
		return values;
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8)
			.replace("+", "%20")
			.replace("*", "%2A")
			.replace("%7E", "~");
	}

	private static List<String[]> formPairs(@Nullable String encoded) {
		List<String[]> pairs = new ArrayList<>();
		if (encoded == null || encoded.isEmpty()) {
			return pairs;
		}
		for (String pair : encoded.split("&")) {
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			pairs.add(new String[] { URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8) });
		}
		return pairs;
	}

	private static String hmacSha1(String key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
