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
 * Register it like any initializer, e.g. with
 * {@code SpringApplication.addInitializers(new SoundCloudFakeContextInitializer())} or the
 * {@code context.initializer.classes} property.
 */
public final class SoundCloudFakeContextInitializer
		implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final Log logger = LogFactory.getLog(SoundCloudFakeContextInitializer.class);

	/**
	 * Starts a fake if the environment does not configure SoundCloud.
	 * @param context the application context, not yet refreshed
	 */
	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (SoundCloudConfigurationDetector.isConfigured(context.getEnvironment())) {
			logger.debug("SoundCloud API configured, not starting the SoundCloud fake");
			return;
		}
		SoundCloudFake fake = SoundCloudFake.start();
		FakeContextSupport.attach(context, fake, true);
		logger.info("No SoundCloud API configured: using the embedded SoundCloud fake at " + fake.baseUrl());
	}

}
