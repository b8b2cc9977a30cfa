package io.github.scapi.soundcloud.auth.oauth1;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OAuth1CredentialsTests {

	@Test
	void addsAndRemovesTokens() {
		OAuth1Credentials consumer = OAuth1Credentials.of("key", "secret");
		OAuth1Credentials withToken = consumer.withToken("token", "token-secret");
		assertThat(consumer.hasToken()).isFalse();
		assertThat(withToken).isEqualTo(new OAuth1Credentials("key", "secret", "token", "token-secret"));
		assertThat(withToken.hasToken()).isTrue();
		assertThat(withToken.withoutToken()).isEqualTo(consumer);
	}

	@Test
	void toStringShowsOnlyTheConsumerKeyAndWhetherATokenIsPresent() {
		assertThat(new OAuth1Credentials("key", "s3cr3t", "t0k3n", "ts3cr3t"))
			.hasToString("OAuth1Credentials[consumerKey=key, token=present]");
		assertThat(OAuth1Credentials.of("key", "s3cr3t")).hasToString("OAuth1Credentials[consumerKey=key, token=absent]");
	}

	@Test
	void requiresATokenAndItsSecretTogether() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OAuth1Credentials("key", "secret", "token", null));
		assertThatIllegalArgumentException().isThrownBy(() -> new OAuth1Credentials("key", "secret", null, "secret"));
		assertThatIllegalArgumentException().isThrownBy(() -> OAuth1Credentials.of(" ", "secret"));
	}

	@Test
	void requestTokenMasksItsSecret() {
		assertThat(new RequestToken("hh5s93j4hdidpola", "hdhd0244k9j7ao03", true))
			.hasToString("RequestToken[token=hh5s93j4hdidpola, secret=***, callbackConfirmed=true]");
	}

}
