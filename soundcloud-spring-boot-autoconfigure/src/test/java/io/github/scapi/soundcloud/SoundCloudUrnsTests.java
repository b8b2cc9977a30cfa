package io.github.scapi.soundcloud;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SoundCloudUrnsTests {

	@Test
	void acceptsUrnsAndNumericIds() {
		assertThat(SoundCloudUrns.track("soundcloud:tracks:123")).isEqualTo("soundcloud:tracks:123");
		assertThat(SoundCloudUrns.track("123")).isEqualTo("soundcloud:tracks:123");
		assertThat(SoundCloudUrns.user(" 42 ")).isEqualTo("soundcloud:users:42");
		assertThat(SoundCloudUrns.playlist("soundcloud:playlists:7")).isEqualTo("soundcloud:playlists:7");
	}

	@Test
	void rejectsUrnsOfAnotherKindWithAnExample() {
		assertThatIllegalArgumentException().isThrownBy(() -> SoundCloudUrns.track("soundcloud:users:5"))
			.withMessageContaining("'soundcloud:users:5' is not a track URN or numeric id")
			.withMessageContaining("soundcloud:tracks:123");
	}

	@Test
	void rejectsGarbage() {
		for (String bad : new String[] { "", " ", "-1", "12a", "../me", "soundcloud:tracks:", "1/2",
				"soundcloud:tracks:1?x=y", "99999999999999999999" }) {
			assertThatIllegalArgumentException().as(bad).isThrownBy(() -> SoundCloudUrns.track(bad));
		}
		assertThatIllegalArgumentException().isThrownBy(() -> SoundCloudUrns.track(null))
			.withMessageContaining("required");
	}

}
