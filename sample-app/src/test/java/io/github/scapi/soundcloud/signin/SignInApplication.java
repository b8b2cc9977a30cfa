package io.github.scapi.soundcloud.signin;

import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.MeRepository;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Sign-in with SoundCloud, the short form of {@code docs/authentication.md}: the
 * registration's client id and secret in the configuration, and {@code oauth2Login} with
 * Spring Security's defaults. The starter supplies SoundCloud's endpoints, PKCE and the
 * {@code /me} user service; the repositories then act for the signed-in user.
 */
@SpringBootApplication
class SignInApplication {

	@Bean
	SecurityFilterChain security(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated()).oauth2Login(withDefaults());
		return http.build();
	}

	@RestController
	static class MyTracksController {

		private final MeRepository me;

		MyTracksController(MeRepository me) {
			this.me = me;
		}

		@GetMapping("/my-tracks")
		String myTracks() {
			try (Stream<Track> tracks = this.me.streamTracks()) {
				return tracks.count() + " tracks";
			}
		}

	}

}
