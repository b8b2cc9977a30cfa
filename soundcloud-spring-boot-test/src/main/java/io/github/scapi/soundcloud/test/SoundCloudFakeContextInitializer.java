package io.github.scapi.soundcloud.test;

import io.github.scapi.soundcloud.test.internal.FakeContextSupport;
import io.github.scapi.soundcloud.test.internal.SoundCloudConfigurationDetector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs an application against a {@link SoundCloudFake} unless it is configured for a real
 * SoundCloud API.
 * <p>
 * When the environment has neither a {@code soundcloud.api.base-url} nor any
 * {@code soundcloud.auth.*} property with a non-blank value, this initializer starts a fake,
 * registers it as a bean, and adds a property source with the highest precedence that sets
 * {@code soundcloud.api.base-url} and {@code soundcloud.auth.token.value} to the fake's base
 * URL and access token; the fake stops when the context closes. Otherwise it does nothing,
 * so the same application talks to SoundCloud once credentials are configured.
 * <p>
 * Set {@code soundcloud.fake.enabled=true} to use the fake even with credentials
 * configured, for example to try each kind of authentication against it: the fake then
 * replaces {@code soundcloud.api.base-url} and the OAuth 2.1 token and authorization
 * endpoints, keeps the configured credentials (use the fake's: see {@link SoundCloudFake}),
 * and sets its static token only when no {@code soundcloud.auth.*} property is set.
 * {@code soundcloud.fake.enabled=false} never starts it.
 * <p>
 * Register it like any initializer, e.g. with
 * {@code SpringApplication.addInitializers(new SoundCloudFakeContextInitializer())} or the
 * {@code context.initializer.classes} property.
 */
public final class SoundCloudFakeContextInitializer
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/**
	 * Property that forces the fake on ({@code true}) or off ({@code false}); by default it
	 * starts only when SoundCloud is not configured.
	 */
	public static final String ENABLED_PROPERTY = "soundcloud.fake.enabled";

	private static final Log logger = LogFactory.getLog(SoundCloudFakeContextInitializer.class);

	/**
	 * Starts a fake if the environment does not configure SoundCloud, or if forced to.
	 * @param context the application context, not yet refreshed
	 */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String enabled = context.getEnvironment().getProperty(ENABLED_PROPERTY, "auto").strip();
		boolean configured = SoundCloudConfigurationDetector.isConfigured(context.getEnvironment());
		if ("false".equalsIgnoreCase(enabled) || (!"true".equalsIgnoreCase(enabled) && configured)) {
			logger.debug("SoundCloud API configured, not starting the SoundCloud fake");
			return;
		}
		SoundCloudFake fake = SoundCloudFake.start();
		boolean credentialsConfigured = SoundCloudConfigurationDetector.hasAuthentication(context.getEnvironment());
		FakeContextSupport.attach(context, fake, !credentialsConfigured);
		if (credentialsConfigured) {
			FakeContextSupport.pointEndpointsAt(context, fake);
		}
		logger.info("Using the embedded SoundCloud fake at " + fake.baseUrl());
	}

}
