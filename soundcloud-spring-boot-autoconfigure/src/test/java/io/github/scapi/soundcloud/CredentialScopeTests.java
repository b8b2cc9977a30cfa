package io.github.scapi.soundcloud;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials go only to the base URL's origin and, over HTTPS, to trusted hosts.
 */
class CredentialScopeTests {

	private final CredentialScope scope = new CredentialScope(URI.create("https://api.soundcloud.com"),
			Set.of("api-v2.soundcloud.com"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			https://api.soundcloud.com:443/me        | true
			https://API-V2.soundcloud.com/x          | true
			http://api.soundcloud.com/me             | false
			http://api-v2.soundcloud.com/x           | false
			https://cf-media.sndcdn.com/a.mp3        | false
			https://api.soundcloud.com.evil.com/     | false
			https://api.soundcloud.com:8443/me       | false
			""")
	void sendsCredentialsOnlyToTheApiOriginAndTrustedHttpsHosts(String url, boolean receives) {
		assertThat(this.scope.mayReceive(URI.create(url))).isEqualTo(receives);
	}

}
