package io.github.scapi.soundcloud.weblogin;

import io.github.scapi.soundcloud.auth.oauth2.SoundCloudOAuth2UserService;
import io.github.scapi.soundcloud.repository.UserRepository;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A web application whose users sign in with SoundCloud (authorization code with PKCE) and
 * whose SoundCloud calls then act for the signed-in user: the set-up of
 * {@code docs/authentication.md}.
 */
@SpringBootApplication
class LoginApplication {

	@Bean
	SecurityFilterChain security(HttpSecurity http, ClientRegistrationRepository registrations) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, "/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/public").permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver))
				.userInfoEndpoint((userInfo) -> userInfo.userService(new SoundCloudOAuth2UserService())));
		return http.build();
	}

	@RestController
	static class ProfileController {

		private final UserRepository users;

		ProfileController(UserRepository users) {
			this.users = users;
		}

		@GetMapping("/profile")
		String profile() {
			return "signed in as " + this.users.findMe().username();
		}

		@GetMapping("/public")
		String hello() {
			return "hello";
		}

	}

}
