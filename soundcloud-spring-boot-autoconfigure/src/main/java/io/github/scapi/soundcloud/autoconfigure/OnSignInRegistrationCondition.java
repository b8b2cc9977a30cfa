package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when Spring Security's client registration named {@code soundcloud} has a client
 * id.
 */
class OnSignInRegistrationCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String property = AuthenticationSettings.SIGN_IN_REGISTRATION_PREFIX + "client-id";
		String clientId = Binder.get(context.getEnvironment()).bind(property, String.class).orElse(null);
		return (clientId != null && !clientId.isBlank()) ? ConditionOutcome.match(property + " is set")
				: ConditionOutcome.noMatch(property + " is not set");
	}

}
