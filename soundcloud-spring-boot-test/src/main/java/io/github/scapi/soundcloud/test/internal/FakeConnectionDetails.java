package io.github.scapi.soundcloud.test.internal;

import java.net.URI;

import io.github.scapi.soundcloud.auth.oauth1.OAuth1Endpoints;
import io.github.scapi.soundcloud.autoconfigure.SoundCloudConnectionDetails;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;

/**
 * The connection to a fake: its endpoints, and credentials of the kind the test chose.
 */
final class FakeConnectionDetails implements SoundCloudConnectionDetails {

	private final SoundCloudFake fake;

	private final AutoConfigureSoundCloudFake.Credentials kind;

	private final Environment environment;

	private @Nullable Credentials refreshToken;

	FakeConnectionDetails(SoundCloudFake fake, AutoConfigureSoundCloudFake.Credentials kind, Environment environment) {
		this.fake = fake;
		this.kind = kind;
		this.environment = environment;
	}

	AutoConfigureSoundCloudFake.Credentials kind() {
		return this.kind;
	}

	@Override
	public String getBaseUrl() {
		return this.fake.baseUrl();
	}

	@Override
	public String getTokenUri() {
		return this.fake.tokenUrl();
	}

	@Override
	public String getAuthorizationUri() {
		return this.fake.authorizationUrl();
	}

	@Override
	public OAuth1Endpoints getOAuth1Endpoints() {
		return new OAuth1Endpoints(URI.create(this.fake.requestTokenUrl()), URI.create(this.fake.accessTokenUrl()),
				URI.create(this.fake.oauth1AuthorizationUrl()));
	}

	@Override
	public Credentials getCredentials() {
		return switch (this.kind) {
			case TOKEN -> new AccessToken(this.fake.accessToken());
			case BASIC -> new Basic(this.fake.username(), this.fake.password());
			case OAUTH1 -> new OAuth1(this.fake.consumerKey(), this.fake.consumerSecret(), this.fake.oauth1AccessToken(),
					this.fake.oauth1AccessTokenSecret());
			case CLIENT_CREDENTIALS -> new ClientCredentials(this.fake.clientId(), this.fake.clientSecret());
			case REFRESH_TOKEN -> refreshToken();
			case NONE -> new None();
			case CONFIGURED -> Credentials.configured(this.environment);
		};
	}

	/**
	 * One refresh token for the context: refresh tokens work once, and the starter keeps
	 * the ones it is given in exchange.
	 */
	private synchronized Credentials refreshToken() {
		if (this.refreshToken == null) {
			this.refreshToken = new RefreshToken(this.fake.clientId(), this.fake.clientSecret(),
					this.fake.issueRefreshToken());
		}
		return this.refreshToken;
	}

	@Override
	public String toString() {
		return "FakeConnectionDetails[" + this.fake.baseUrl() + ", " + this.kind + "]";
	}

}
