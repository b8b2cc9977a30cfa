package io.github.scapi.soundcloud.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic on API endpoints, as scapi's {@code BasicAuthenticator} sent it.
 */
class BasicAuthenticationTests {

	@RegisterExtension
	static final SoundCloudFakeExtension fake = new SoundCloudFakeExtension(
			SoundCloudFake.builder().basicCredentials("dj", "pa:ss wörd"));

	private static final FakeHttp http = new FakeHttp(fake);

	@Test
	void acceptsTheConfiguredUserAsMe() {
		assertThat(fake.get().username()).isEqualTo("dj");
		assertThat(fake.get().password()).isEqualTo("pa:ss wörd");
		FakeHttp.Response response = http.get("/me", basic("dj", "pa:ss wörd"));
		assertThat(response.ok().get("urn").stringValue()).isEqualTo(fake.get().dataset().meUrn());
	}

	@ParameterizedTest
	@ValueSource(strings = { "dj:wrong", "dj:", "someone:pa:ss wörd", "dj" })
	void rejectsOtherCredentials(String credentials) {
		String authorization = "Basic "
				+ Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
		FakeHttp.Response response = http.get("/me", authorization);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.message()).isEqualTo("401 - Unauthorized");
	}

	@Test
	void rejectsMalformedBasicHeaders() {
		assertThat(http.get("/me", "Basic not-base64!").status()).isEqualTo(401);
	}

	@Test
	void hasDefaultCredentials() {
		try (SoundCloudFake defaults = SoundCloudFake.start()) {
			assertThat(defaults.username()).isEqualTo("fake-user");
			assertThat(defaults.password()).isEqualTo("fake-password");
			assertThat(new FakeHttp(defaults).get("/me", basic("fake-user", "fake-password")).status()).isEqualTo(200);
		}
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
