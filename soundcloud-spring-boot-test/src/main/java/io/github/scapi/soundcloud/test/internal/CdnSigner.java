package io.github.scapi.soundcloud.test.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Signs and checks CDN links the way CloudFront's custom policies look: {@code Policy} (the
 * resource and an expiry in epoch seconds, as URL-safe Base64 JSON), {@code Signature}
 * (here an HMAC-SHA256 of the policy with a key of this fake) and {@code Key-Pair-Id}.
 */
final class CdnSigner {

	static final String KEY_PAIR_ID = "APKAFAKESOUNDCLOUD00";

	private final byte[] key = new byte[32];

	private final Duration lifetime;

	private final Clock clock;

	CdnSigner(Duration lifetime, Clock clock) {
		new SecureRandom().nextBytes(this.key);
		this.lifetime = lifetime;
		this.clock = clock;
	}

	/**
	 * Returns a signed link that expires after the lifetime, rounded up to a second; a zero
	 * lifetime yields links that have already expired.
	 * @param resource the absolute URL, without a query
	 */
	String sign(String resource) {
		long now = this.clock.millis();
		long expires = this.lifetime.isZero() ? now / 1000 : (now + this.lifetime.toMillis() + 999) / 1000;
		Map<String, Object> condition = Map.of("DateLessThan", Map.of("AWS:EpochTime", expires));
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("Resource", resource);
		statement.put("Condition", condition);
		String policy = encode(Json.write(Map.of("Statement", List.of(statement))));
		return resource + "?Policy=" + policy + "&Signature=" + encode(hmac(policy)) + "&Key-Pair-Id=" + KEY_PAIR_ID;
	}

	/**
	 * Checks the link of a CDN request.
	 * @param path the request's raw path
	 * @param query its query parameters
	 * @return {@code null} when the link is valid, else why it is not
	 */
	@Nullable Refusal check(String path, QueryParams query) {
		String policy = query.first("Policy");
		String signature = query.first("Signature");
		if (policy == null || signature == null || !KEY_PAIR_ID.equals(query.first("Key-Pair-Id"))) {
			return Refusal.MISSING;
		}
		if (!MessageDigest.isEqual(hmac(policy), decode(signature))) {
			return Refusal.DENIED;
		}
		JsonNode statement = Json.read(decode(policy)).path("Statement").path(0);
		String resource = statement.path("Resource").asString("");
		if (!path.equals(rawPath(resource))) {
			return Refusal.DENIED;
		}
		long expires = statement.path("Condition").path("DateLessThan").path("AWS:EpochTime").asLong(0);
		return (this.clock.millis() < expires * 1000) ? null : Refusal.EXPIRED;
	}

	private byte[] hmac(String policy) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return mac.doFinal(policy.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static @Nullable String rawPath(String resource) {
		try {
			return URI.create(resource).getRawPath();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * CloudFront's URL-safe Base64: {@code -} for {@code +}, {@code _} for {@code =},
	 * {@code ~} for {@code /}.
	 */
	private static String encode(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes).replace('+', '-').replace('=', '_').replace('/', '~');
	}

	private static byte[] decode(String text) {
		try {
			return Base64.getDecoder().decode(text.replace('-', '+').replace('_', '=').replace('~', '/'));
		}
		catch (IllegalArgumentException ex) {
			return new byte[0];
		}
	}

	/**
	 * Why a CDN link was refused.
	 */
	enum Refusal {

		/**
		 * The link lacks its signature parameters.
		 */
		MISSING,

		/**
		 * The signature does not match the policy or the policy another resource.
		 */
		DENIED,

		/**
		 * The link is past its expiry.
		 */
		EXPIRED

	}

}
