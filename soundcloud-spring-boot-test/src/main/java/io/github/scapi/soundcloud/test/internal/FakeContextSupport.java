package io.github.scapi.soundcloud.test.internal;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.util.Assert;

/**
 * Ties a running fake to an application context: the connection details that point the
 * starter at it, the fake as a bean, and its shutdown. No property is changed.
 */
public final class FakeContextSupport {

	/**
	 * Name of the bean holding the fake.
	 */
	public static final String BEAN_NAME = "soundCloudFake";

	/**
	 * Name of the bean holding the connection to the fake.
	 */
	public static final String CONNECTION_DETAILS_BEAN_NAME = "soundCloudFakeConnectionDetails";

	/**
	 * Property for the API's base URL.
	 */
	public static final String BASE_URL_PROPERTY = "soundcloud.api.base-url";

	private FakeContextSupport() {
	}

	/**
	 * Registers the fake and a {@code SoundCloudConnectionDetails} bean that points the
	 * starter at it, with credentials of the given kind, and stops the fake when this
	 * context (not a child) closes. For a test's context: the details are a singleton,
	 * which the auto-configuration's {@code @ConditionalOnMissingBean} sees.
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
	 * Registers the fake and a primary {@code SoundCloudConnectionDetails} bean that points
	 * the starter at it, with credentials of the given kind, and stops the fake when this
	 * context (not a child) closes. For an application run: one started from an
	 * AOT-processed build already holds the properties-based details, since the
	 * auto-configuration's conditions were evaluated at build time, without the fake; a
	 * primary bean definition wins over it where a singleton would make two candidates.
	 * @param context the context, not yet refreshed; its bean factory must be a
	 * {@link BeanDefinitionRegistry}, as those of {@code SpringApplication} are
	 * @param fake the running fake
	 * @param credentials the kind of credentials the connector sends
	 */
	public static void supply(ConfigurableApplicationContext context, SoundCloudFake fake,
			AutoConfigureSoundCloudFake.Credentials credentials) {
		Assert.isInstanceOf(BeanDefinitionRegistry.class, context.getBeanFactory(),
				"The context's bean factory must be a BeanDefinitionRegistry");
		FakeConnectionDetails details = new FakeConnectionDetails(fake, credentials, context.getEnvironment());
		RootBeanDefinition definition = new RootBeanDefinition(FakeConnectionDetails.class, () -> details);
		definition.setPrimary(true);
		((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition(CONNECTION_DETAILS_BEAN_NAME,
				definition);
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
