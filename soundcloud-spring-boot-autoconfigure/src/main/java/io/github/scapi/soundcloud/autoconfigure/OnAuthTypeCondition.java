package io.github.scapi.soundcloud.autoconfigure;

import io.github.scapi.soundcloud.auth.SoundCloudAuthType;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code soundcloud.auth.*} resolves to one kind of authentication. Invalid
 * settings do not match here; the authenticator bean then reports them with the property to
 * fix.
 */
abstract class OnAuthTypeCondition extends SpringBootCondition {

	private final SoundCloudAuthType expected;

	OnAuthTypeCondition(SoundCloudAuthType expected) {
		this.expected = expected;
	}

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		SoundCloudProperties.Auth auth = Binder.get(context.getEnvironment())
			.bind("soundcloud.auth", SoundCloudProperties.Auth.class)
			.orElseGet(SoundCloudProperties.Auth::new);
		try {
			SoundCloudAuthType type = AuthenticationSettings.resolve(auth);
			return (type == this.expected) ? ConditionOutcome.match("soundcloud.auth resolves to " + type)
					: ConditionOutcome.noMatch("soundcloud.auth resolves to " + type);
		}
		catch (InvalidSoundCloudPropertyException ex) {
			return ConditionOutcome.noMatch("soundcloud.auth is invalid: " + ex.getMessage());
		}
	}

}
