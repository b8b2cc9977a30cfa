package io.github.scapi.soundcloud;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlRedactorTests {

	/**
	 * Every place a secret hides in a URL, in the spellings servers and clients really use:
	 * query, fragment (implicit-grant callbacks), matrix and path parameters, percent-encoded
	 * names, and any letter case. One row per case: the URL, then what logs may show.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiterString = " -> ", quoteCharacter = '`', textBlock = """
			# query parameters named like secrets
			https://api.soundcloud.com/tracks?q=house&oauth_signature=abc%3D&oauth_token=t1&limit=5 -> https://api.soundcloud.com/tracks?q=house&oauth_signature=***&oauth_token=***&limit=5
			https://api.soundcloud.com/me?client_secret=s&access_token=a&code=c&code_verifier=v -> https://api.soundcloud.com/me?client_secret=***&access_token=***&code=***&code_verifier=***
			https://api.soundcloud.com/me?client_id=id&password=pw&credentials=x&sig=y&auth=z -> https://api.soundcloud.com/me?client_id=***&password=***&credentials=***&sig=***&auth=***
			https://api.soundcloud.com/me?apikey=1&api_key=2&refresh_token=3 -> https://api.soundcloud.com/me?apikey=***&api_key=***&refresh_token=***
			https://api.soundcloud.com/me?key=AIza123&hmac=9f86d0&limit=2 -> https://api.soundcloud.com/me?key=***&hmac=***&limit=2
			https://api.soundcloud.com/me?access_key=1&private-key=2&hmac_sha256=3&monkey=4&keyword=5 -> https://api.soundcloud.com/me?access_key=***&private-key=***&hmac_sha256=***&monkey=4&keyword=5
			https://api.soundcloud.com/me?jsessionid=1&PHPSESSID=2&session_id=3&sid=4 -> https://api.soundcloud.com/me?jsessionid=***&PHPSESSID=***&session_id=***&sid=***
			# letter case
			https://api.soundcloud.com/me?ACCESS_TOKEN=a&Client_Secret=b&KEY=c&HMAC=d&Code=e -> https://api.soundcloud.com/me?ACCESS_TOKEN=***&Client_Secret=***&KEY=***&HMAC=***&Code=***
			# CDN signatures
			https://cf-media.sndcdn.com/a.128.mp3?Policy=p&Signature=s&Key-Pair-Id=k -> https://cf-media.sndcdn.com/a.128.mp3?Policy=***&Signature=***&Key-Pair-Id=***
			https://s3.amazonaws.com/b/o?X-Amz-Signature=abc&X-Amz-Credential=def&X-Amz-Security-Token=ghi&X-Amz-Date=20250101 -> https://s3.amazonaws.com/b/o?X-Amz-Signature=***&X-Amz-Credential=***&X-Amz-Security-Token=***&X-Amz-Date=20250101
			# percent-encoded names, either hex case, even encoded twice
			https://api.soundcloud.com/me?client%5Fid=id&client%5fsecret=s -> https://api.soundcloud.com/me?client%5Fid=***&client%5fsecret=***
			https://api.soundcloud.com/me?%61ccess_token=a&oauth%5Ftoken=b&access%255Ftoken=c -> https://api.soundcloud.com/me?%61ccess_token=***&oauth%5Ftoken=***&access%255Ftoken=***
			https://api.soundcloud.com/me?client%ZZid=x&q=%E2%9C%93 -> https://api.soundcloud.com/me?client%ZZid=x&q=%E2%9C%93
			# fragments: implicit-grant callbacks put the token after the '#'
			https://app.example.com/callback#access_token=abc&token_type=bearer&state=xyz -> https://app.example.com/callback#access_token=***&token_type=***&state=xyz
			https://app.example.com/callback?state=s#ACCESS_TOKEN=abc&expires_in=3600 -> https://app.example.com/callback?state=s#ACCESS_TOKEN=***&expires_in=3600
			https://app.example.com/callback#code=abc -> https://app.example.com/callback#code=***
			https://app.example.com/page#section-2 -> https://app.example.com/page#section-2
			https://app.example.com/page#frag?access_token=abc -> https://app.example.com/page#frag?access_token=***
			# matrix and path parameters
			https://api.soundcloud.com/tracks;jsessionid=ABC123?limit=2 -> https://api.soundcloud.com/tracks;jsessionid=***?limit=2
			https://api.soundcloud.com/a;JSESSIONID=abc/b;v=1;Access_Token=t/c -> https://api.soundcloud.com/a;JSESSIONID=***/b;v=1;Access_Token=***/c
			https://api.soundcloud.com/a;jsessionid=abc#x -> https://api.soundcloud.com/a;jsessionid=***#x
			/tracks;jsessionid=abc?oauth_token=t -> /tracks;jsessionid=***?oauth_token=***
			# user info
			https://me:pw@api.soundcloud.com/me -> https://api.soundcloud.com/me
			https://me:p@ss@api.soundcloud.com/me?code=1 -> https://api.soundcloud.com/me?code=***
			# nothing secret: exactly as it was
			http://localhost:8080/users/soundcloud%3Ausers%3A1/tracks?limit=2&linked_partitioning=true#x -> http://localhost:8080/users/soundcloud%3Ausers%3A1/tracks?limit=2&linked_partitioning=true#x
			https://api.soundcloud.com/users/soundcloud:users:1/tracks?cursor=a%26b&q=keys -> https://api.soundcloud.com/users/soundcloud:users:1/tracks?cursor=a%26b&q=keys
			https://api.soundcloud.com/resolve?url=https%3A%2F%2Fsoundcloud.com%2Fa&flag&=v -> https://api.soundcloud.com/resolve?url=https%3A%2F%2Fsoundcloud.com%2Fa&flag&=v
			""")
	void redacts(String url, String expected) {
		assertThat(UrlRedactor.redact(url)).isEqualTo(expected);
	}

	@Test
	void namesAreJudgedDecodedAndInAnyCase() {
		assertThat(UrlRedactor.isSensitive("client%5Fid")).isTrue();
		assertThat(UrlRedactor.isSensitive("JSessionId")).isTrue();
		assertThat(UrlRedactor.isSensitive("limit")).isFalse();
	}

}
