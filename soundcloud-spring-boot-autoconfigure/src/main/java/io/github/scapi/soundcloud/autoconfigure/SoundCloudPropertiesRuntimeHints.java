package io.github.scapi.soundcloud.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.boot.context.properties.bind.BindableRuntimeHintsRegistrar;

/**
 * Reflection hints for binding {@link SoundCloudProperties} and its nested groups in a
 * native image. Spring Boot adds them on its own for the properties bean it registers; the
 * conditions of this auto-configuration also bind {@code soundcloud.auth} directly, so the
 * hints are registered here as well rather than left to how the bean happens to be declared.
 *
 * @author scapi contributors
 */
final class SoundCloudPropertiesRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		BindableRuntimeHintsRegistrar.forTypes(SoundCloudProperties.class).registerHints(hints, classLoader);
	}

}
