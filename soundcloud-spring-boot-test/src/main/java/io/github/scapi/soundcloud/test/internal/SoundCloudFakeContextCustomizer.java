package io.github.scapi.soundcloud.test.internal;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a fake for a test's application context and registers the connection to it.
 * Equal customizers let the TestContext framework reuse a cached context, and with it the
 * fake.
 */
final class SoundCloudFakeContextCustomizer implements ContextCustomizer {

	private final AutoConfigureSoundCloudFake.Credentials credentials;

	SoundCloudFakeContextCustomizer(AutoConfigureSoundCloudFake.Credentials credentials) {
		this.credentials = credentials;
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		FakeContextSupport.connect(context, SoundCloudFake.start(), this.credentials);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SoundCloudFakeContextCustomizer customizer
				&& customizer.credentials == this.credentials;
	}

	@Override
	public int hashCode() {
		return this.credentials.hashCode();
	}

}
