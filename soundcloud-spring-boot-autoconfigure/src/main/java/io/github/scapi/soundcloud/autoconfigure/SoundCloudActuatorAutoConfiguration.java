package io.github.scapi.soundcloud.autoconfigure;

import java.time.Clock;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.actuate.SoundCloudHealthIndicator;
import io.github.scapi.soundcloud.actuate.SoundCloudInfoContributor;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration Auto-configuration}
 * of Actuator support for the SoundCloud client: an {@code info} contributor, a health
 * indicator when {@code management.health.soundcloud.enabled} is set (off by default, because
 * every check spends rate limit; the deprecated {@code soundcloud.health.enabled} still
 * works), and a {@link SanitizingFunction} that masks the starter's secret properties in
 * {@code /configprops} and {@code /env} even when their values are shown.
 *
 * @author scapi contributors
 */
@AutoConfiguration(after = SoundCloudAutoConfiguration.class)
@ConditionalOnBean(SoundCloudConnector.class)
public final class SoundCloudActuatorAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(HealthIndicator.class)
	@Conditional(OnEnabledSoundCloudHealthIndicatorCondition.class)
	static class HealthConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "soundCloudHealthIndicator")
		SoundCloudHealthIndicator soundCloudHealthIndicator(SoundCloudConnector connector,
				SoundCloudProperties properties) {
			return new SoundCloudHealthIndicator(connector, properties.getHealth().getCacheDuration(),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SanitizingFunction.class)
	static class SanitizingConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "soundCloudSanitizingFunction")
		SecretPropertiesSanitizingFunction soundCloudSanitizingFunction() {
			return new SecretPropertiesSanitizingFunction();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(InfoContributor.class)
	static class InfoConfiguration {

		@Bean
		@ConditionalOnMissingBean(name = "soundCloudInfoContributor")
		SoundCloudInfoContributor soundCloudInfoContributor(SoundCloudConnector connector) {
			return new SoundCloudInfoContributor(connector);
		}

	}

}
