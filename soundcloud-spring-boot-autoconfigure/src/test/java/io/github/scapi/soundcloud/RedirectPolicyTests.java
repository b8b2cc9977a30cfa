package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * The redirect rules as a table: what each status does to the request, and where a hop may
 * go.
 */
class RedirectPolicyTests {

	private static final URI API = URI.create("https://api.soundcloud.com/v1/tracks/1");

	private final RedirectPolicy policy = new RedirectPolicy(
			new CredentialScope(URI.create("https://api.soundcloud.com/v1"), Set.of()));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			status | method | redirect | next method | keeps body
			301    | GET    | true     | GET         | true
			302    | GET    | true     | GET         | true
			303    | POST   | true     | GET         | false
			303    | PUT    | true     | GET         | false
			307    | POST   | true     | POST        | true
			308    | PUT    | true     | PUT         | true
			201    | POST   | false    | GET         | false
			""", useHeadersInDisplayName = true)
	void saysWhatEachStatusDoesToTheRequest(int status, String method, boolean redirect, String nextMethod,
			boolean keepsBody) {
		assertThat(RedirectPolicy.isRedirect(status)).isEqualTo(redirect);
		assertThat(RedirectPolicy.methodAfter(status, HttpMethod.valueOf(method)))
			.isEqualTo(HttpMethod.valueOf(nextMethod));
		assertThat(RedirectPolicy.keepsBody(status)).isEqualTo(keepsBody);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			status | method | body           | to                                        | refused because
			302    | GET    | -              | https://cdn.example.com/a.mp3             | -
			301    | HEAD   | -              | https://api.soundcloud.com/v1/tracks/2    | -
			302    | POST   | -              | https://api.soundcloud.com/v1/tracks/2    | followed for GET only
			301    | DELETE | -              | https://api.soundcloud.com/v1/tracks/2    | followed for GET only
			303    | POST   | once           | https://api.soundcloud.com/v1/tracks/2    | -
			307    | POST   | repeatable     | https://api.soundcloud.com/v1/tracks/2    | -
			307    | POST   | once           | https://api.soundcloud.com/v1/tracks/2    | cannot be sent again
			308    | PUT    | once           | https://api.soundcloud.com/v1/tracks/2    | cannot be sent again
			302    | GET    | -              | http://cdn.example.com/a.mp3              | downgrade HTTPS to HTTP
			302    | GET    | -              | ftp://cdn.example.com/a.mp3               | not an http(s) URL
			302    | GET    | -              | file:///etc/passwd                        | not an http(s) URL
			302    | GET    | -              | https://api.soundcloud.com/admin          | leaves the API's base path /v1
			302    | GET    | -              | https://api.soundcloud.com/v1x/tracks     | leaves the API's base path /v1
			302    | GET    | -              | https://api.soundcloud.com/v1/tracks/1    | redirect loop
			""", useHeadersInDisplayName = true)
	void decidesWhereAHopMayGo(int status, String method, String body, String to, String refusal) {
		RedirectPolicy.Chain chain = this.policy.start(API);
		SoundCloudRequestBody requestBody = TestBodies.of(body);
		if (refusal == null) {
			assertThatNoException().isThrownBy(
					() -> chain.hop(HttpMethod.valueOf(method), API, requestBody, status, URI.create(to)));
			assertThat(chain.hops()).isEqualTo(1);
		}
		else {
			assertThatExceptionOfType(SoundCloudRedirectException.class)
				.isThrownBy(() -> chain.hop(HttpMethod.valueOf(method), API, requestBody, status, URI.create(to)))
				.withMessageContaining(refusal)
				.satisfies((ex) -> assertThat(ex.getStatus()).isEqualTo(status));
		}
	}

	@Test
	void takesAtMostFiveHopsAndNeverTheSameUrlTwice() {
		RedirectPolicy.Chain chain = this.policy.start(API);
		URI from = API;
		for (int i = 1; i <= RedirectPolicy.MAX_HOPS; i++) {
			URI to = URI.create("https://cdn" + i + ".example.com/a");
			chain.hop(HttpMethod.GET, from, null, 302, to);
			from = to;
		}
		URI last = from;
		assertThatExceptionOfType(SoundCloudRedirectException.class)
			.isThrownBy(() -> chain.hop(HttpMethod.GET, last, null, 302, URI.create("https://cdn9.example.com/a")))
			.withMessageContaining("more than 5 redirects");
		RedirectPolicy.Chain cycle = this.policy.start(API);
		URI b = URI.create("https://cdn.example.com/b");
		cycle.hop(HttpMethod.GET, API, null, 302, b);
		assertThatExceptionOfType(SoundCloudRedirectException.class)
			.isThrownBy(() -> cycle.hop(HttpMethod.GET, b, null, 302, API))
			.withMessageContaining("redirect loop");
	}

	@Test
	void resolvesRelativeLocationsAndRefusesInvalidOnes() {
		assertThat(RedirectPolicy.resolve(HttpMethod.GET, API, 302, " ../streams/2 "))
			.isEqualTo(URI.create("https://api.soundcloud.com/v1/streams/2"));
		assertThatExceptionOfType(SoundCloudRedirectException.class)
			.isThrownBy(() -> RedirectPolicy.resolve(HttpMethod.GET, API, 302, "https://x y/?access_token=secret"))
			.withMessageContaining("not a valid URL")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("secret"));
	}

}
