package io.github.scapi.soundcloud;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps the file {@link SoundCloudVersion} reads in a native image, so that the
 * {@code User-Agent} header still names the library's version there.
 *
 * @author scapi contributors
 */
final class SoundCloudVersionRuntimeHints implements RuntimeHintsRegistrar {

	static final String VERSION_FILE = "io/github/scapi/soundcloud/soundcloud-version.properties";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		hints.resources().registerPattern(VERSION_FILE);
	}

}
