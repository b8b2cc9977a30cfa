package io.github.scapi.soundcloud.test;

import io.github.scapi.soundcloud.autoconfigure.InvalidSoundCloudPropertyException;
import io.github.scapi.soundcloud.test.internal.FakeContextSupport;
import io.github.scapi.soundcloud.test.internal.SoundCloudConfigurationDetector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs an application against a {@link SoundCloudFake} unless it is configured for a real
 * SoundCloud API.
 * <p>
 * When the environment has neither a {@code soundcloud.api.base-url} nor a credential
 * under {@code soundcloud.auth} with a non-blank value (the token, a Basic user or
 * password, an OAuth 1.0a key or token, an OAuth 2.1 client, refresh token or registration
 * id; settings such as the token store do not count), this initializer starts a fake,
 * registers it as a bean, and registers the connection to it as the primary
 * {@code SoundCloudConnectionDetails} bean, as {@link AutoConfigureSoundCloudFake} does in
 * tests: the connector's base URL, its OAuth 2.1 and OAuth 1.0a endpoints and the sign-in
 * provider's endpoints are the fake's, and the credentials are its static access token. The
 * fake stops when the context closes. Otherwise it does nothing, so the same application
 * talks to SoundCloud once credentials are configured.
 * <p>
 * Set {@code soundcloud.fake.enabled=true} to use the fake even with credentials
 * configured, for example to try each kind of authentication against it: the endpoints are
 * then the fake's, and the credentials are those {@code soundcloud.auth.*} configures (use
 * the fake's: see {@link SoundCloudFake}), checked as the starter checks them; the fake's
 * static token is used only when no credential is set. A placeholder
 * that does not resolve in a {@code soundcloud.auth.*} property fails start-up, naming the
 * property, as it does without the fake. {@code soundcloud.fake.enabled=false} never starts
 * it. {@code soundcloud.fake.port} fixes the fake's port (a free one by default).
 * <p>
 * No property is added or changed: {@code soundcloud.api.base-url} and
 * {@code soundcloud.auth.*} read through the {@code Environment} are the application's
 * own. Code that needs the fake's address injects {@link SoundCloudFake} or the connection
 * details. During AOT processing the initializer does nothing, so the generated context
 * keeps the properties-based connection and the processed application can still run
 * against SoundCloud; the fake's primary details take its place when the processed
 * application starts.
 * <p>
 * Register it like any initializer, e.g. with
 * {@code SpringApplication.addInitializers(new SoundCloudFakeContextInitializer())} or the
 * {@code context.initializer.classes} property.
 *
 * @author scapi contributors
 */
public final class SoundCloudFakeContextInitializer
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Property that forces the fake on ({@code true}) or off ({@code false}); by default it
	 * starts only when SoundCloud is not configured.
	 */
	public static final String ENABLED_PROPERTY = "soundcloud.fake.enabled";

	/**
	 * Property naming the port the fake listens on; {@code 0}, the default, picks a free one.
	 * A fixed port keeps the base URL across runs, which a resumable walk needs: a saved
	 * cursor is bound to the base URL it came from.
	 */
	public static final String PORT_PROPERTY = "soundcloud.fake.port";

	private static final Log logger = LogFactory.getLog(SoundCloudFakeContextInitializer.class);

	/**
	 * Starts a fake if the environment does not configure SoundCloud, or if forced to.
	 * @param context the application context, not yet refreshed
	 */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// a bean registered now would be generated into the processed application, and
			// the fake's threads would keep the processing JVM alive
			logger.debug("AOT processing, not starting the SoundCloud fake");
			return;
		}
		ConfigurableEnvironment environment = context.getEnvironment();
		String enabled = environment.getProperty(ENABLED_PROPERTY, "auto").strip();
		boolean configured = SoundCloudConfigurationDetector.isConfigured(environment);
		if ("false".equalsIgnoreCase(enabled) || (!"true".equalsIgnoreCase(enabled) && configured)) {
			logger.debug("SoundCloud API configured, not starting the SoundCloud fake");
			return;
		}
		boolean keepCredentials = SoundCloudConfigurationDetector.hasAuthentication(environment);
		if (keepCredentials) {
			// checked before the fake starts: a failure leaves nothing running
			SoundCloudConfigurationDetector.checkCredentialPlaceholders(environment);
		}
		int port = port(environment);
		SoundCloudFake fake = SoundCloudFake.builder().port(port).start();
		FakeContextSupport.supply(context, fake, keepCredentials ? AutoConfigureSoundCloudFake.Credentials.CONFIGURED
				: AutoConfigureSoundCloudFake.Credentials.TOKEN);
		logger.info("Using the embedded SoundCloud fake at " + fake.baseUrl());
	}

	private static int port(ConfigurableEnvironment environment) {
		String value = environment.getProperty(PORT_PROPERTY, "0").strip();
		int port;
		try {
			port = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			port = -1;
		}
		if (port < 0 || port > 65535) {
			throw new InvalidSoundCloudPropertyException(PORT_PROPERTY, "'" + value + "' is not a port",
					"set it to a port between 1 and 65535, or to 0 for a free one.");
		}
		return port;
	}

}
