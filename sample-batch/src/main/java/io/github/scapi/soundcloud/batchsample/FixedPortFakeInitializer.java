package io.github.scapi.soundcloud.batchsample;

import java.util.Map;

import io.github.scapi.soundcloud.test.SoundCloudFake;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded fake SoundCloud on a fixed port ({@code sample.fake-port}) when
 * SoundCloud is not configured. The port is fixed because a saved cursor is bound to the
 * API's base URL: a restarted run must talk to the same one.
 *
 * @author scapi contributors
 */
class FixedPortFakeInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (environment.containsProperty("soundcloud.api.base-url")
				|| environment.containsProperty("soundcloud.auth.token.value")) {
			return;
		}
		int port = environment.getProperty("sample.fake-port", Integer.class, 18089);
		SoundCloudFake fake = SoundCloudFake.builder().port(port).start();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("soundCloudFake", Map.of("soundcloud.api.base-url", fake.baseUrl(),
					"soundcloud.auth.token.value", fake.accessToken())));
		context.addApplicationListener((ContextClosedEvent event) -> fake.stop());
	}

}
