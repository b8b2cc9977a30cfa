package io.github.scapi.soundcloud.test;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart uploads: what the fake records of each file, large files, and a request journal
 * that does not keep them.
 */
class MultipartTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension();

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void recordsEachAcceptedFile() {
		Multipart body = new Multipart().field("track[title]", "Recorded")
			.file("track[asset_data]", "Ünïcödé song's, mix.wav", "audio/x-wav", new byte[48_000])
			.file("track[artwork_data]", "cover.png", "image/png", new byte[777]);
		String urn = http.multipart("POST", "/tracks", body).expect(201).get("urn").stringValue();
		assertThat(fake.get().uploads()).containsExactly(
				new FakeUpload(urn, "track[asset_data]", "Ünïcödé song's, mix.wav", "audio/x-wav", 48_000),
				new FakeUpload(urn, "track[artwork_data]", "cover.png", "image/png", 777));
		assertThat(fake.get().dataset().track(urn).orElseThrow().duration()).isEqualTo(3000);
	}

	@Test
	void acceptsTwentyMegabytesAndKeepsOnlyADigestInTheJournal() {
		byte[] audio = new byte[20 * 1024 * 1024];
		audio[audio.length - 1] = 42;
		FakeHttp.Response response = http.multipart("POST", "/tracks", new Multipart().field("track[title]", "Big one")
			.file("track[asset_data]", "big.mp3", "audio/mpeg", audio));
		assertThat(response.status()).isEqualTo(201);
		assertThat(fake.get().uploads()).singleElement().satisfies((upload) -> assertThat(upload.size()).isEqualTo(audio.length));
		ServeEvent event = fake.get().wireMock().getAllServeEvents().get(0);
		assertThat(event.getRequest().getBody().length).isLessThan(1024);
		assertThat(event.getRequest().getBodyAsString()).contains("track[asset_data]", "big.mp3");
		assertThat(fake.get().requests()).singleElement()
			.satisfies((request) -> assertThat(request.header("Content-Type")).startsWith("multipart/form-data"));
	}

	@Test
	void checksTheOAuth1BodyHashOfTheOriginalBody() throws Exception {
		Multipart body = TrackWriteTests.upload("Signed", 32_000);
		byte[] bytes = body.bytes();
		String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(bytes));
		OAuth1TestSigner signer = OAuth1TestSigner.consumer(fake.get())
			.withToken(fake.get().oauth1AccessToken(), fake.get().oauth1AccessTokenSecret());
		String url = fake.get().baseUrl() + "/tracks";
		FakeHttp.Response signed = http.bytes("POST", url,
				signer.authorization("POST", url, null, Map.of("oauth_body_hash", hash)), bytes, body.contentType())
			.asText();
		assertThat(signed.status()).isEqualTo(201);
		String wrong = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(new byte[1]));
		FakeHttp.Response tampered = http.bytes("POST", url,
				signer.authorization("POST", url, null, Map.of("oauth_body_hash", wrong)), bytes, body.contentType())
			.asText();
		assertThat(tampered.status()).isEqualTo(401);
		assertThat(tampered.message()).isEqualTo("body_hash_invalid");
	}

	@Test
	void refusesMalformedBodies() {
		FakeHttp.Response response = http.send("POST", fake.get().baseUrl() + "/tracks", "OAuth " + fake.get().accessToken(),
				"not multipart at all", "multipart/form-data; boundary=nothing");
		assertThat(response.status()).isIn(400, 422);
		assertThat(http.send("POST", fake.get().baseUrl() + "/tracks", "OAuth " + fake.get().accessToken(), "<x/>",
				"application/xml").status()).isEqualTo(400);
	}

}
