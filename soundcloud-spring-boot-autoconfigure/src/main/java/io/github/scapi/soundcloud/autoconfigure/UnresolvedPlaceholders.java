package io.github.scapi.soundcloud.autoconfigure;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.boot.origin.Origin;
import org.springframework.core.env.Environment;
import org.springframework.util.PlaceholderResolutionException;

/**
 * Fails startup when a {@code soundcloud.*} property holds a placeholder that did not
 * resolve. Spring Boot leaves such a placeholder in the value as it is, so
 * {@code value: ${SOUNDCLOUD_TOKEN}} with the variable unset would otherwise be sent as the
 * token {@code ${SOUNDCLOUD_TOKEN}} (or used as a URL, a user name...) and fail only at the
 * first request, as a 401 that does not say why.
 * <p>
 * Every property under {@code soundcloud} is checked, in the property source that wins for
 * it, so a placeholder overridden by another source (a command-line argument, say) does not
 * count. A placeholder with a default ({@code ${SOUNDCLOUD_TOKEN:}}) always resolves, and an
 * escaped one ({@code \${...}}) is not a placeholder. The report names the property, the
 * placeholder and where the value was set; never the value of another property.
 */
final class UnresolvedPlaceholders {

	private static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("soundcloud");

	private static final ConfigurationPropertyName BASE_URL = ConfigurationPropertyName.of("soundcloud.api.base-url");

	private static final ConfigurationPropertyName AUTH = ConfigurationPropertyName.of("soundcloud.auth");

	private UnresolvedPlaceholders() {
	}

	/**
	 * Check every {@code soundcloud.*} property of the environment.
	 * @param environment the application's environment
	 * @throws InvalidSoundCloudPropertyException for the first property whose value holds a
	 * placeholder that does not resolve
	 */
	static void check(Environment environment) {
		check(environment, ROOT::isAncestorOf);
	}

	/**
	 * Check the properties that {@link PropertiesSoundCloudConnectionDetails} reads:
	 * {@code soundcloud.api.base-url} and {@code soundcloud.auth.*}. When another
	 * {@link SoundCloudConnectionDetails} replaces them (a test's fake, say), they are not
	 * used, so a placeholder left unresolved there (an unset {@code SOUNDCLOUD_CLIENT_SECRET})
	 * does not matter.
	 * @param environment the application's environment
	 */
	static void checkConnection(Environment environment) {
		check(environment, UnresolvedPlaceholders::isConnectionProperty);
	}

	/**
	 * Check every {@code soundcloud.*} property but those of {@link #checkConnection}.
	 * @param environment the application's environment
	 */
	static void checkSettings(Environment environment) {
		check(environment, (name) -> ROOT.isAncestorOf(name) && !isConnectionProperty(name));
	}

	private static boolean isConnectionProperty(ConfigurationPropertyName name) {
		return name.equals(BASE_URL) || AUTH.isAncestorOf(name);
	}

	private static void check(Environment environment, Predicate<ConfigurationPropertyName> filter) {
		Set<ConfigurationPropertyName> seen = new HashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (!(source instanceof IterableConfigurationPropertySource iterable)) {
				continue;
			}
			for (ConfigurationPropertyName name : iterable.filter(filter)) {
				// sources come highest precedence first: only the value that is used counts
				if (seen.add(name)) {
					check(environment, name, iterable.getConfigurationProperty(name));
				}
			}
		}
	}

	private static void check(Environment environment, ConfigurationPropertyName name,
			@Nullable ConfigurationProperty property) {
		if (property == null || !(property.getValue() instanceof CharSequence value)
				|| value.toString().indexOf("${") < 0) {
			return;
		}
		try {
			environment.resolveRequiredPlaceholders(value.toString());
		}
		catch (PlaceholderResolutionException ex) {
			String placeholder = "${" + ex.getPlaceholder() + "}";
			Origin origin = property.getOrigin();
			String where = (origin != null) ? " (set in " + origin + ")" : "";
			throw new InvalidSoundCloudPropertyException(name.toString(),
					"holds the placeholder '" + placeholder + "', which did not resolve" + where,
					"set the environment variable or property '" + ex.getPlaceholder()
							+ "', or give the placeholder a default, e.g. '${" + ex.getPlaceholder()
							+ ":}' to leave the property unset.");
		}
	}

}
