package io.github.scapi.soundcloud.test.internal;

import java.util.List;

import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates a {@link SoundCloudFakeContextCustomizer} for test classes annotated with
 * {@link AutoConfigureSoundCloudFake}, directly, through a superclass or an enclosing class.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class SoundCloudFakeContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureSoundCloudFake annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureSoundCloudFake.class);
		return (annotation != null) ? new SoundCloudFakeContextCustomizer(credentials(annotation)) : null;
	}

	@SuppressWarnings("deprecation")
	private static AutoConfigureSoundCloudFake.Credentials credentials(AutoConfigureSoundCloudFake annotation) {
		return annotation.authenticated() ? annotation.credentials() : AutoConfigureSoundCloudFake.Credentials.CONFIGURED;
	}

}
