package io.github.scapi.soundcloud.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the starter's secret properties in Actuator's {@code /configprops} and {@code /env},
 * also when {@code management.endpoint.*.show-values=always} shows every other value. A key
 * is compared without case and punctuation, so the secret is found whatever way it was
 * written: {@code soundcloud.auth.oauth1.token-secret} in YAML, {@code tokenSecret} in
 * {@code /configprops}, or {@code SOUNDCLOUD_AUTH_OAUTH1_TOKENSECRET} in the environment.
 */
final class SecretPropertiesSanitizingFunction implements SanitizingFunction {

	/** Every property of {@link SoundCloudProperties} that holds a password, a secret or a token. */
	static final List<String> SECRET_PROPERTIES = List.of("soundcloud.auth.token.value",
			"soundcloud.auth.basic.password", "soundcloud.auth.oauth1.consumer-secret", "soundcloud.auth.oauth1.token",
			"soundcloud.auth.oauth1.token-secret", "soundcloud.auth.oauth2.client-secret",
			"soundcloud.auth.oauth2.refresh-token");

	private static final Set<String> CANONICAL = SECRET_PROPERTIES.stream()
		.map(SecretPropertiesSanitizingFunction::canonical)
		.collect(Collectors.toUnmodifiableSet());

	@Override
	public SanitizableData apply(SanitizableData data) {
		if (data.getValue() == null || !CANONICAL.contains(canonical(data.getKey()))) {
			return data;
		}
		return data.withSanitizedValue();
	}

	private static String canonical(String key) {
		StringBuilder canonical = new StringBuilder(key.length());
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				canonical.append(c);
			}
		}
		return canonical.toString().toLowerCase(Locale.ROOT);
	}

}
