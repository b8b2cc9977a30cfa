package io.github.scapi.soundcloud.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Matches when {@code soundcloud.auth.oauth2.client-id} is set and the application does not
 * sign users in with the registration named {@code soundcloud} (the sign-in's registrations
 * then hold the connector's client too, see {@link SoundCloudSignInAutoConfiguration}). Unlike
 * {@code @ConditionalOnProperty}, a value holding a placeholder that does not resolve
 * matches here instead of failing the condition, so that the placeholder is reported as
 * such, with the property, when the connection details are made.
 */
class OnOwnOAuth2ClientCondition extends SpringBootCondition {

	/** What {@link SoundCloudSignInAutoConfiguration} needs besides Spring Security. */
	private static final String SIGN_IN_PROPERTIES = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String clientId = Binder.get(context.getEnvironment())
			.bind("soundcloud.auth.oauth2.client-id", String.class)
			.orElse(null);
		if (clientId == null) {
			return ConditionOutcome.noMatch("soundcloud.auth.oauth2.client-id is not set");
		}
		if (AuthenticationSettings.hasSignInRegistration(context.getEnvironment())
				&& ClassUtils.isPresent(SIGN_IN_PROPERTIES, context.getClassLoader())) {
			return ConditionOutcome.noMatch("the sign-in registration's repository holds the connector's client");
		}
		return ConditionOutcome.match("soundcloud.auth.oauth2.client-id is set");
	}

}
