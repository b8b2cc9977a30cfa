package io.github.scapi.soundcloud.auth.oauth1;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OAuth1EndpointsTests {

	@Test
	void derivesEndpointsAsScapiDid() {
		OAuth1Endpoints endpoints = OAuth1Endpoints.derivedFrom(URI.create("https://api.soundcloud.com"));
		assertThat(endpoints.requestTokenUrl()).isEqualTo(URI.create("https://api.soundcloud.com/oauth/request_token"));
		assertThat(endpoints.accessTokenUrl()).isEqualTo(URI.create("https://api.soundcloud.com/oauth/access_token"));
		assertThat(endpoints.authorizeUrl()).isEqualTo(URI.create("https://soundcloud.com/oauth/authorize"));
	}

	@Test
	void keepsBasePathAndPort() {
		OAuth1Endpoints endpoints = OAuth1Endpoints.derivedFrom(URI.create("http://api.sandbox-soundcloud.com:8080/v1/"));
		assertThat(endpoints.requestTokenUrl())
			.isEqualTo(URI.create("http://api.sandbox-soundcloud.com:8080/v1/oauth/request_token"));
		assertThat(endpoints.accessTokenUrl())
			.isEqualTo(URI.create("http://api.sandbox-soundcloud.com:8080/v1/oauth/access_token"));
		assertThat(endpoints.authorizeUrl()).isEqualTo(URI.create("http://sandbox-soundcloud.com:8080/v1/oauth/authorize"));
	}

	@Test
	void removesOnlyALeadingApiLabel() {
		assertThat(OAuth1Endpoints.derivedFrom(URI.create("http://localhost:9999")).authorizeUrl())
			.isEqualTo(URI.create("http://localhost:9999/oauth/authorize"));
		assertThat(OAuth1Endpoints.derivedFrom(URI.create("https://myapi.example.com")).authorizeUrl())
			.isEqualTo(URI.create("https://myapi.example.com/oauth/authorize"));
		assertThat(OAuth1Endpoints.derivedFrom(URI.create("https://gateway.api.example.com")).authorizeUrl())
			.isEqualTo(URI.create("https://gateway.api.example.com/oauth/authorize"));
	}

	@Test
	void refusesRelativeOrQueryCarryingBaseUrls() {
		assertThatIllegalArgumentException().isThrownBy(() -> OAuth1Endpoints.derivedFrom(URI.create("/api")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OAuth1Endpoints.derivedFrom(URI.create("https://api.soundcloud.com?x=1")));
	}

}
