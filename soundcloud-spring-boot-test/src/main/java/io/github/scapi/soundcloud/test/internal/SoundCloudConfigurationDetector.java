package io.github.scapi.soundcloud.test.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.autoconfigure.InvalidSoundCloudPropertyException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.PlaceholderResolutionException;

/**
 * Tells whether an environment already points the starter somewhere: a non-blank
 * {@code soundcloud.api.base-url} or a non-blank credential under {@code soundcloud.auth}
 * (the token, the Basic user and password, the OAuth 1.0a keys and tokens, the OAuth 2.1
 * client, refresh token or registration id), in any of Boot's relaxed forms (e.g.
 * {@code SOUNDCLOUD_AUTH_TOKEN_VALUE}). Settings that hold no credential, such as
 * {@code soundcloud.auth.oauth2.token-store} or an endpoint, do not count: an application
 * that sets only those has nothing to call SoundCloud with. Values are judged with their
 * placeholders resolved: {@code ${SOUNDCLOUD_CLIENT_ID:}} with the variable unset is blank and
 * does not count (the source holds the placeholder itself, which is not).
 */
public final class SoundCloudConfigurationDetector {

	private static final ConfigurationPropertyName BASE_URL = ConfigurationPropertyName
		.of(FakeContextSupport.BASE_URL_PROPERTY);

	private static final ConfigurationPropertyName AUTH = ConfigurationPropertyName.of("soundcloud.auth");

	private static final Set<ConfigurationPropertyName> CREDENTIALS = Stream
		.of("token.value", "basic.username", "basic.password", "oauth1.consumer-key", "oauth1.consumer-secret",
				"oauth1.token", "oauth1.token-secret", "oauth2.client-id", "oauth2.client-secret",
				"oauth2.refresh-token", "oauth2.registration-id")
		.map((name) -> AUTH.append(name))
		.collect(Collectors.toUnmodifiableSet());

	private SoundCloudConfigurationDetector() {
	}

	/**
	 * Tells whether the environment configures the SoundCloud API or its authentication.
	 * @param environment the environment
	 * @return whether a relevant property has a non-blank value
	 */
	public static boolean isConfigured(ConfigurableEnvironment environment) {
		return has(environment, true);
	}

	/**
	 * Tells whether the environment configures credentials: a non-blank credential property
	 * under {@code soundcloud.auth}.
	 * @param environment the environment
	 * @return whether a credential property has a non-blank value
	 */
	public static boolean hasAuthentication(ConfigurableEnvironment environment) {
		return has(environment, false);
	}

	/**
	 * Fails when a {@code soundcloud.auth.*} property, in the source that wins for it, holds a
	 * placeholder that does not resolve. The starter checks this when it builds the
	 * connection from its properties; an application run against the fake with its own
	 * credentials kept needs the same check, as the fake's connection details take the
	 * credentials as they are bound, placeholder included.
	 * @param environment the environment
	 * @throws InvalidSoundCloudPropertyException naming the first such property and its
	 * placeholder
	 */
	public static void checkCredentialPlaceholders(ConfigurableEnvironment environment) {
		Set<ConfigurationPropertyName> seen = new HashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				// sources come highest precedence first: only the value that is used counts
				iterable.filter(AUTH::isAncestorOf)
					.stream()
					.filter(seen::add)
					.forEach((name) -> checkPlaceholder(environment, name, source.getConfigurationProperty(name)));
			}
		}
	}

	private static void checkPlaceholder(ConfigurableEnvironment environment, ConfigurationPropertyName name,
			@Nullable ConfigurationProperty property) {
		if (property == null || !(property.getValue() instanceof CharSequence value)
				|| value.toString().indexOf("${") < 0) {
			return;
		}
		try {
			environment.resolveRequiredPlaceholders(value.toString());
		}
		catch (PlaceholderResolutionException ex) {
			// the value itself may be a secret: name the placeholder and the property only
			throw new InvalidSoundCloudPropertyException(name.toString(),
					"holds the placeholder '${" + ex.getPlaceholder() + "}', which did not resolve",
					"set the environment variable or property '" + ex.getPlaceholder()
							+ "', or give the placeholder a default, e.g. '${" + ex.getPlaceholder() + ":}'.");
		}
	}

	private static boolean has(ConfigurableEnvironment environment, boolean orBaseUrl) {
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				boolean found = iterable.stream()
					.filter((name) -> (orBaseUrl && name.equals(BASE_URL)) || CREDENTIALS.contains(name))
					.anyMatch((name) -> hasValue(environment, source.getConfigurationProperty(name)));
				if (found) {
					return true;
				}
			}
			else if ((orBaseUrl && hasValue(environment, source.getConfigurationProperty(BASE_URL)))
					|| CREDENTIALS.stream()
						.anyMatch((name) -> hasValue(environment, source.getConfigurationProperty(name)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasValue(ConfigurableEnvironment environment, @Nullable ConfigurationProperty property) {
		if (property == null || property.getValue() == null) {
			return false;
		}
		// an unresolvable placeholder stays as it is, and counts: it is a value the user set
		return !environment.resolvePlaceholders(property.getValue().toString()).isBlank();
	}

}
