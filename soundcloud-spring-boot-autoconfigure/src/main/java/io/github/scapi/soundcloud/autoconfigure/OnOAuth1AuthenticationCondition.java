package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;

/**
 * Matches when {@code soundcloud.auth.*} resolves to OAuth 1.0a.
 */
class OnOAuth1AuthenticationCondition extends OnAuthTypeCondition {

	OnOAuth1AuthenticationCondition() {
		super(SoundCloudAuthType.OAUTH1);
	}

}
