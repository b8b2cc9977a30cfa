package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Ties a running fake to an application context: properties, bean and shutdown.
 */
public final class FakeContextSupport {

	/**
	 * Name of the property source that points the starter at the fake.
	 */
	public static final String PROPERTY_SOURCE_NAME = "soundCloudFake";

	/**
	 * Name of the bean holding the fake.
	 */
	public static final String BEAN_NAME = "soundCloudFake";

	/**
	 * Property for the API's base URL.
	 */
	public static final String BASE_URL_PROPERTY = "soundcloud.api.base-url";

	/**
	 * Property for a static access token.
	 */
	public static final String TOKEN_PROPERTY = "soundcloud.auth.token.value";

	private FakeContextSupport() {
	}

	/**
	 * Points the endpoints that credentials are exchanged at to the fake: the OAuth 2.1 token
	 * and authorization endpoints (the OAuth 1.0a ones follow the base URL already).
	 * @param context the context, not yet refreshed, already attached to the fake
	 * @param fake the running fake
	 */
	public static void pointEndpointsAt(ConfigurableApplicationContext context, SoundCloudFake fake) {
		MapPropertySource source = (MapPropertySource) context.getEnvironment()
			.getPropertySources()
			.get(PROPERTY_SOURCE_NAME);
		source.getSource().put("soundcloud.auth.oauth2.token-uri", fake.tokenUrl());
		source.getSource().put("soundcloud.auth.oauth2.authorization-uri", fake.authorizationUrl());
	}

	/**
	 * Name of the bean holding the connection to the fake.
	 */
	public static final String CONNECTION_DETAILS_BEAN_NAME = "soundCloudFakeConnectionDetails";

	/**
	 * Registers the fake and a {@code SoundCloudConnectionDetails} bean that points the
	 * starter at it, with credentials of the given kind, and stops the fake when this
	 * context (not a child) closes. No property is changed.
	 * @param context the context, not yet refreshed
	 * @param fake the running fake
	 * @param credentials the kind of credentials the connector sends
	 */
	public static void connect(ConfigurableApplicationContext context, SoundCloudFake fake,
			AutoConfigureSoundCloudFake.Credentials credentials) {
		context.getBeanFactory()
			.registerSingleton(CONNECTION_DETAILS_BEAN_NAME,
					new FakeConnectionDetails(fake, credentials, context.getEnvironment()));
		register(context, fake);
	}

	/**
	 * Adds the properties with the highest precedence, registers the fake as a bean and
	 * stops it when this context (not a child) closes.
	 * @param context the context, not yet refreshed
	 * @param fake the running fake
	 * @param authenticated whether to set the static token property
	 */
	public static void attach(ConfigurableApplicationContext context, SoundCloudFake fake, boolean authenticated) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put(BASE_URL_PROPERTY, fake.baseUrl());
		if (authenticated) {
			properties.put(TOKEN_PROPERTY, fake.accessToken());
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
		register(context, fake);
	}

	private static void register(ConfigurableApplicationContext context, SoundCloudFake fake) {
		context.getBeanFactory().registerSingleton(BEAN_NAME, fake);
		context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> {
			if (event.getApplicationContext() == context) {
				fake.stop();
			}
		});
	}

}
