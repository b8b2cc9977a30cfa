package io.github.scapi.soundcloud.autoconfigure;

import java.net.URI;

import io.github.scapi.soundcloud.auth.oauth1.OAuth1Endpoints;

import org.springframework.core.env.Environment;

/**
 * {@link SoundCloudConnectionDetails} from {@code soundcloud.api.base-url} and
 * {@code soundcloud.auth.*}: the default, used unless the application (or its test support)
 * defines its own.
 */
final class PropertiesSoundCloudConnectionDetails implements SoundCloudConnectionDetails {

	private final SoundCloudProperties properties;

	private final Environment environment;

	PropertiesSoundCloudConnectionDetails(SoundCloudProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public String getBaseUrl() {
		return this.properties.getApi().getBaseUrl();
	}

	@Override
	public String getTokenUri() {
		return this.properties.getAuth().getOauth2().getTokenUri();
	}

	@Override
	public String getAuthorizationUri() {
		return this.properties.getAuth().getOauth2().getAuthorizationUri();
	}

	@Override
	public OAuth1Endpoints getOAuth1Endpoints() {
		URI baseUrl;
		try {
			baseUrl = URI.create(getBaseUrl().strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSoundCloudPropertyException("soundcloud.api.base-url", "is not a URL",
					"set it to a valid base URL such as https://api.soundcloud.com.");
		}
		return OAuth1Support.endpoints(this.properties.getAuth().getOauth1(), baseUrl);
	}

	@Override
	public Credentials getCredentials() {
		return AuthenticationSettings.credentials(this.properties.getAuth(), this.environment);
	}

}
