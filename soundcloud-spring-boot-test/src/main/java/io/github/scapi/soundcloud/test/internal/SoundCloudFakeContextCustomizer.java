package io.github.scapi.soundcloud.test.internal;

import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a fake for a test's application context. Equal customizers let the TestContext
 * framework reuse a cached context, and with it the fake.
 */
final class SoundCloudFakeContextCustomizer implements ContextCustomizer {

	private final boolean authenticated;

	SoundCloudFakeContextCustomizer(boolean authenticated) {
		this.authenticated = authenticated;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		FakeContextSupport.attach(context, SoundCloudFake.start(), this.authenticated);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SoundCloudFakeContextCustomizer customizer
				&& customizer.authenticated == this.authenticated;
	}

	@Override
	public int hashCode() {
		return Boolean.hashCode(this.authenticated);
	}

}
