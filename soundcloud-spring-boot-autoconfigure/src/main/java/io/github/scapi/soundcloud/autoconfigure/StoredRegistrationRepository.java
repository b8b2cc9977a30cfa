package io.github.scapi.soundcloud.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The registrations the starter's token store reads stored tokens with: the
 * application's, then the connector's own client when they do not include it. Not a
 * bean: the application's {@code ClientRegistrationRepository} stays exactly its own,
 * since Spring Security offers every registration in it for sign-in.
 *
 * @author scapi contributors
 */
final class StoredRegistrationRepository implements ClientRegistrationRepository {

	private final ClientRegistrationRepository application;

	private final ClientRegistration connector;

	private StoredRegistrationRepository(ClientRegistrationRepository application, ClientRegistration connector) {
		this.application = application;
		this.connector = connector;
	}

	/**
	 * Return the registrations to read stored tokens with, or {@code null} when there
	 * are none.
	 * @param application the application's registrations, if it has one repository
	 * @param connector the connector's own client, if it has one
	 */
	static @Nullable ClientRegistrationRepository of(@Nullable ClientRegistrationRepository application,
			@Nullable ClientRegistration connector) {
		if (connector == null) {
			return application;
		}
		if (application == null) {
			return new InMemoryClientRegistrationRepository(connector);
		}
		// the application's registration of the same id is the one the connector then uses
		return (application.findByRegistrationId(connector.getRegistrationId()) != null) ? application
				: new StoredRegistrationRepository(application, connector);
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		ClientRegistration registration = this.application.findByRegistrationId(registrationId);
		if (registration == null && this.connector.getRegistrationId().equals(registrationId)) {
			return this.connector;
		}
		return registration;
	}

}
