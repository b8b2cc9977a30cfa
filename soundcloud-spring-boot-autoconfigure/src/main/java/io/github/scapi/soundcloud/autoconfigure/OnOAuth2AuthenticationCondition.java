package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;

/**
 * Matches when {@code soundcloud.auth.*} resolves to OAuth 2.1.
 */
class OnOAuth2AuthenticationCondition extends OnAuthTypeCondition {

	OnOAuth2AuthenticationCondition() {
		super(SoundCloudAuthType.OAUTH2);
	}

}
