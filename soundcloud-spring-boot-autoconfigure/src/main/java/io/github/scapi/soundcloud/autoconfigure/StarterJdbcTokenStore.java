package io.github.scapi.soundcloud.autoconfigure;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.scapi.soundcloud.jdbc.JdbcTokenStore;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The starter's store, which tells {@link OAuth2ClientFactory} what registrations it
 * reads tokens with, so that the connector's own client is given this store only when it
 * can load that client's tokens again.
 *
 * @author scapi contributors
 */
final class StarterJdbcTokenStore extends JdbcTokenStore implements OAuth2ClientFactory.StoredRegistrations {

	private final ClientRegistrationRepository registrations;

	StarterJdbcTokenStore(DataSource dataSource, ClientRegistrationRepository registrations, Duration lockTimeout) {
		super(dataSource, registrations, lockTimeout);
		this.registrations = registrations;
	}

	@Override
	public @Nullable ClientRegistration findStoredRegistration(String registrationId) {
		return this.registrations.findByRegistrationId(registrationId);
	}

}
