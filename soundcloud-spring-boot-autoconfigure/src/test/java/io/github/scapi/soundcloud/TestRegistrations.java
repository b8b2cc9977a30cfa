package io.github.scapi.soundcloud;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/**
 * The client registration the token store and renewal tests share: SoundCloud's client
 * credentials grant under the starter's default registration id. Its token URI is never
 * called by those tests (they hand tokens to the store themselves or answer through a
 * stub); it only has to be one Spring Security accepts.
 */
public final class TestRegistrations {

	/** A client credentials registration named {@code soundcloud}. */
	public static final ClientRegistration CLIENT_CREDENTIALS = ClientRegistration.withRegistrationId("soundcloud")
		.clientId("client")
		.clientSecret("secret")
		.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
		.tokenUri("https://secure.soundcloud.com/oauth/token")
		.build();

	private TestRegistrations() {
	}

}
