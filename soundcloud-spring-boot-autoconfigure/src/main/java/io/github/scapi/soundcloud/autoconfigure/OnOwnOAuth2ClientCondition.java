package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code soundcloud.auth.oauth2.client-id} is set. Unlike
 * {@code @ConditionalOnProperty}, a value holding a placeholder that does not resolve
 * matches here instead of failing the condition, so that the placeholder is reported as
 * such, with the property, when the connection details are made.
 */
class OnOwnOAuth2ClientCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String clientId = Binder.get(context.getEnvironment())
			.bind("soundcloud.auth.oauth2.client-id", String.class)
			.orElse(null);
		return (clientId != null) ? ConditionOutcome.match("soundcloud.auth.oauth2.client-id is set")
				: ConditionOutcome.noMatch("soundcloud.auth.oauth2.client-id is not set");
	}

}
