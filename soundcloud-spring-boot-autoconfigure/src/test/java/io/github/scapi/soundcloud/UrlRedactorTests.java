package io.github.scapi.soundcloud;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UrlRedactorTests {

	@Test
	void masksCredentialAndSignatureParameters() {
		assertThat(UrlRedactor.redact("https://api.soundcloud.com/tracks?q=house&oauth_signature=abc%3D&oauth_token=t1"
				+ "&client_secret=s&access_token=a&code=c&limit=5"))
			.isEqualTo("https://api.soundcloud.com/tracks?q=house&oauth_signature=***&oauth_token=***"
					+ "&client_secret=***&access_token=***&code=***&limit=5");
	}

	@Test
	void masksCdnSignatures() {
		assertThat(UrlRedactor.redact("https://cf-media.sndcdn.com/a.128.mp3?Policy=p&Signature=s&Key-Pair-Id=k"))
			.isEqualTo("https://cf-media.sndcdn.com/a.128.mp3?Policy=***&Signature=***&Key-Pair-Id=***");
	}

	@Test
	void dropsUserInfo() {
		assertThat(UrlRedactor.redact("https://me:pw@api.soundcloud.com/me")).isEqualTo("https://api.soundcloud.com/me");
	}

	@Test
	void leavesEverythingElseExactlyAsItWas() {
		String url = "http://localhost:8080/users/soundcloud%3Ausers%3A1/tracks?limit=2&linked_partitioning=true#x";
		assertThat(UrlRedactor.redact(url)).isEqualTo(url);
	}

}
