package io.github.scapi.soundcloud.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudVersion;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds {@code soundcloud} to the {@code info} endpoint: the library's version, the API's base
 * URL and the kind of credentials. Never a secret.
 *
 * @author scapi contributors
 */
public final class SoundCloudInfoContributor implements InfoContributor {

	private final SoundCloudConnector connector;

	/**
	 * Create a contributor.
	 * @param connector the connector to describe
	 */
	public SoundCloudInfoContributor(SoundCloudConnector connector) {
		this.connector = connector;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> soundcloud = new LinkedHashMap<>();
		soundcloud.put("version", SoundCloudVersion.get());
		soundcloud.put("baseUrl", BaseUrls.describe(this.connector.getBaseUrl()));
		soundcloud.put("authType", this.connector.getAuthenticator().type().name());
		builder.withDetail("soundcloud", soundcloud);
	}

}
