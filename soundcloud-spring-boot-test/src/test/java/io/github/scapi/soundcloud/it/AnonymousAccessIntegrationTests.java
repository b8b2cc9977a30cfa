package io.github.scapi.soundcloud.it;

import io.github.scapi.soundcloud.SoundCloudUnauthorizedException;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@SpringBootTest(classes = FakeApplication.class)
@AutoConfigureSoundCloudFake(credentials = AutoConfigureSoundCloudFake.Credentials.NONE)
class AnonymousAccessIntegrationTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private SoundCloudFake fake;

	@Test
	void reportsMissingCredentialsAsUnauthorizedWithTheUrl() {
		assertThatExceptionOfType(SoundCloudUnauthorizedException.class).isThrownBy(this.users::findMe)
			.satisfies((ex) -> {
				assertThat(ex.getStatus()).isEqualTo(401);
				assertThat(ex.getUrl()).isEqualTo(this.fake.baseUrl() + "/me");
				assertThat(ex.getMessage()).startsWith("GET " + this.fake.baseUrl() + "/me: 401 Unauthorized");
			});
		assertThat(this.fake.requests()).singleElement()
			.satisfies((request) -> assertThat(request.header("Authorization")).isNull());
	}

}
