package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when the SoundCloud health indicator is switched on. The switch sits where Spring
 * Boot's own indicators have theirs, {@code management.health.soundcloud.enabled}; the name
 * used before, {@code soundcloud.health.enabled}, still works when the new one is absent.
 * Unlike Boot's indicators it is off unless asked for, whatever
 * {@code management.health.defaults.enabled} says, because every check spends rate limit.
 */
class OnEnabledSoundCloudHealthIndicatorCondition extends SpringBootCondition {

	static final String PROPERTY = "management.health.soundcloud.enabled";

	static final String DEPRECATED_PROPERTY = "soundcloud.health.enabled";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Environment environment = context.getEnvironment();
		Boolean enabled = environment.getProperty(PROPERTY, Boolean.class);
		if (enabled != null) {
			return outcome(enabled, PROPERTY);
		}
		Boolean deprecated = environment.getProperty(DEPRECATED_PROPERTY, Boolean.class);
		if (deprecated != null) {
			return outcome(deprecated, DEPRECATED_PROPERTY + " (deprecated, use " + PROPERTY + ")");
		}
		return ConditionOutcome.noMatch(PROPERTY + " is not set; the indicator is off by default");
	}

	private static ConditionOutcome outcome(boolean enabled, String source) {
		return enabled ? ConditionOutcome.match(source + " is true") : ConditionOutcome.noMatch(source + " is false");
	}

}
