package io.github.scapi.soundcloud.autoconfigure;

/**
 * Runs a builder step that validates its argument and reports a rejection against the
 * property the value came from, so that the startup failure names what to change.
 */
final class PropertyChecks {

	private PropertyChecks() {
	}

	static void apply(String property, String expected, Runnable step) {
		try {
			step.run();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSoundCloudPropertyException(property, "is invalid: " + ex.getMessage(),
					"set it to " + expected + ".");
		}
	}

}
