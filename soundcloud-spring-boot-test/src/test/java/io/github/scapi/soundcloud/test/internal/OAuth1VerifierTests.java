package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The verifier on the published requests, with a clock set to their time.
 */
class OAuth1VerifierTests {

	private static final String RFC_HEADER = "OAuth realm=\"Example\", oauth_consumer_key=\"9djdj82h48djs9d2\", "
			+ "oauth_token=\"kkk9d7dh3k39sjv7\", oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131201\", "
			+ "oauth_nonce=\"7d8f3e4a\", oauth_signature=\"r6%2FTJjbCOr97%2F%2BUU0NsvSne7s5g%3D\"";

	private static final String PHOTOS_HEADER = "OAuth realm=\"http://photos.example.net/\", "
			+ "oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_token=\"nnch734d00sl2jdk\", "
			+ "oauth_signature_method=\"HMAC-SHA1\", oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\", "
			+ "oauth_timestamp=\"1191242096\", oauth_nonce=\"kllo9940pd9333jh\", oauth_version=\"1.0\"";

	@Test
	void acceptsTheRfcExampleOnceAndRefusesItsReplay() {
		OAuth1Verifier verifier = verifier("9djdj82h48djs9d2", "j49sk3j29djd", "kkk9d7dh3k39sjv7", "dh893hdasih9",
				137131201);
		assertThat(verifier.verify(rfcRequest(RFC_HEADER), OAuth1Verifier.TokenKind.ACCESS))
			.isEqualTo("kkk9d7dh3k39sjv7");
		assertProblem(() -> verifier.verify(rfcRequest(RFC_HEADER), OAuth1Verifier.TokenKind.ACCESS), 401,
				"nonce_reused");
	}

	@Test
	void refusesTheSignatureTheRfcPrints() {
		OAuth1Verifier verifier = verifier("9djdj82h48djs9d2", "j49sk3j29djd", "kkk9d7dh3k39sjv7", "dh893hdasih9",
				137131201);
		String printed = RFC_HEADER.replace("r6%2FTJjbCOr97%2F%2BUU0NsvSne7s5g%3D", "bYT5CMsGcbgUdFHObYMEfcx6bsw%3D");
		OAuth1Exception ex = assertProblem(
				() -> verifier.verify(rfcRequest(printed), OAuth1Verifier.TokenKind.ACCESS), 401, "invalid_signature");
		assertThat(ex.toResponse().body()).asString().contains("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b");
	}

	@Test
	void acceptsTheCoreSpecPhotosRequest() {
		OAuth1Verifier verifier = verifier("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk",
				"pfkkdhi9sl3r4s00", 1191242096 + 599);
		assertThat(verifier.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.ACCESS))
			.isEqualTo("nnch734d00sl2jdk");
	}

	@Test
	void signsTheHostAndPortTheClientUsed() {
		OAuth1Verifier verifier = verifier("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk",
				"pfkkdhi9sl3r4s00", 1191242096);
		assertThat(verifier.verify(photosRequest("PHOTOS.example.net:80"), OAuth1Verifier.TokenKind.ACCESS))
			.isNotNull();
		assertProblem(() -> verifier.verify(photosRequest("photos.example.net:8080"), OAuth1Verifier.TokenKind.ACCESS),
				401, "invalid_signature");
	}

	@Test
	void refusesTimestampsMoreThanTenMinutesAway() {
		OAuth1Verifier late = verifier("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00",
				1191242096 + 601);
		assertProblem(() -> late.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.ACCESS), 401,
				"timestamp_out_of_window");
		OAuth1Verifier early = verifier("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk",
				"pfkkdhi9sl3r4s00", 1191242096 - 601);
		assertProblem(() -> early.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.ACCESS), 401,
				"timestamp_out_of_window");
	}

	@Test
	void refusesUnknownConsumersAndTokensAndWrongSteps() {
		OAuth1Verifier otherConsumer = verifier("other", "kd94hf93k423kf44", "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00",
				1191242096);
		assertProblem(() -> otherConsumer.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.ACCESS),
				401, "unknown_consumer");
		OAuth1Verifier otherToken = verifier("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "other", "pfkkdhi9sl3r4s00",
				1191242096);
		assertProblem(() -> otherToken.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.ACCESS),
				401, "unknown_token");
		assertProblem(() -> otherToken.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.REQUEST),
				401, "unknown_token");
		assertProblem(() -> otherToken.verify(photosRequest("photos.example.net"), OAuth1Verifier.TokenKind.NONE), 400,
				"parameter_rejected");
	}

	@Test
	void refusesMalformedRequests() {
		OAuth1Verifier verifier = verifier("dpf43f3p2l4k3l03", "kd94hf93k423kf44", "nnch734d00sl2jdk",
				"pfkkdhi9sl3r4s00", 1191242096);
		assertProblem(() -> verifier.verify(photos(PHOTOS_HEADER.replace("oauth_nonce=\"kllo9940pd9333jh\", ", "")),
				OAuth1Verifier.TokenKind.ACCESS), 400, "parameter_absent");
		assertProblem(() -> verifier.verify(photos(PHOTOS_HEADER.replace("HMAC-SHA1", "RSA-SHA1")),
				OAuth1Verifier.TokenKind.ACCESS), 400, "signature_method_rejected");
		assertProblem(() -> verifier.verify(photos(PHOTOS_HEADER.replace("\"1.0\"", "\"2.0\"")),
				OAuth1Verifier.TokenKind.ACCESS), 400, "version_rejected");
		assertProblem(() -> OAuth1Request.of("GET", "http", "photos.example.net",
				"/photos?oauth_nonce=other&file=vacation.jpg", PHOTOS_HEADER, null, new byte[0]), 400,
				"parameter_rejected");
	}

	@Test
	void acceptsPlaintextWithoutTimestampAndNonce() {
		OAuth1Verifier verifier = verifier("key", "s&cret", "token", "t secret", 1_700_000_000);
		OAuth1Request request = OAuth1Request.of("GET", "http", "localhost:8080", "/me",
				"OAuth oauth_consumer_key=\"key\", oauth_token=\"token\", oauth_signature_method=\"PLAINTEXT\", "
						+ "oauth_signature=\"s%2526cret%26t%2520secret\"",
				null, new byte[0]);
		assertThat(verifier.verify(request, OAuth1Verifier.TokenKind.ACCESS)).isEqualTo("token");
	}

	private static OAuth1Request rfcRequest(String authorization) {
		return OAuth1Request.of("POST", "http", "example.com", "/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b",
				authorization, "application/x-www-form-urlencoded; charset=UTF-8",
				"c2&a3=2+q".getBytes(StandardCharsets.UTF_8));
	}

	private static OAuth1Request photosRequest(String host) {
		return OAuth1Request.of("GET", "http", host, "/photos?file=vacation.jpg&size=original", PHOTOS_HEADER, null,
				new byte[0]);
	}

	private static OAuth1Request photos(String authorization) {
		return OAuth1Request.of("GET", "http", "photos.example.net", "/photos?file=vacation.jpg&size=original",
				authorization, null, new byte[0]);
	}

	private static OAuth1Verifier verifier(String consumerKey, String consumerSecret, String token,
			String tokenSecret, long now) {
		Clock clock = Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
		return new OAuth1Verifier(consumerKey, consumerSecret, new OAuth1Tokens(token, tokenSecret), new NonceCache(),
				clock);
	}

	private static OAuth1Exception assertProblem(Runnable action, int status, String problem) {
		OAuth1Exception[] caught = new OAuth1Exception[1];
		assertThatExceptionOfType(OAuth1Exception.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.problem()).isEqualTo(problem);
			assertThat(ex.toResponse().status()).isEqualTo(status);
			caught[0] = ex;
		});
		return caught[0];
	}

}
