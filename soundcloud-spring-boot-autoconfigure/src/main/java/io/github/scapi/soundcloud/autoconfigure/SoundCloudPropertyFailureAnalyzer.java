package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidSoundCloudPropertyException} at startup: which property is
 * wrong, why, and how to fix it.
 *
 * @author scapi contributors
 */
class SoundCloudPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSoundCloudPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSoundCloudPropertyException cause) {
		return new FailureAnalysis(cause.getMessage(), "Update '" + cause.getProperty() + "': " + cause.getAction(),
				cause);
	}

}
