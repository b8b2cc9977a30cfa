package io.github.scapi.soundcloud.autoconfigure;

/**
 * Thrown at startup when a {@code soundcloud.*} property is missing, contradictory or out of
 * range. {@link SoundCloudPropertyFailureAnalyzer} turns it into a report that names the
 * property and what to do. Secret values never appear in it.
 *
 * @author scapi contributors
 */
public class InvalidSoundCloudPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * Create an exception.
	 * @param property the full name of the offending property, e.g. {@code soundcloud.api.page-size}
	 * @param problem what is wrong, without secret values
	 * @param action what the user should do
	 */
	public InvalidSoundCloudPropertyException(String property, String problem, String action) {
		super("Invalid SoundCloud configuration: '" + property + "' " + problem);
		this.property = property;
		this.action = action;
	}

	/**
	 * Return the property at fault.
	 * @return the full property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return what the user should do.
	 * @return the advice
	 */
	public String getAction() {
		return this.action;
	}

}
