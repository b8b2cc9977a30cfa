package io.github.scapi.soundcloud;

import java.time.Clock;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import io.github.scapi.soundcloud.auth.SoundCloudAuthenticator;
import io.github.scapi.soundcloud.observation.SoundCloudRequestContext;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClient;

/**
 * The settings a connector's request engine is made from, taken when the connector is built;
 * the engine itself is made for the first request. A class rather than a lambda in
 * {@link SoundCloudConnectorBuilder#build()}: a lambda capturing this many values makes the JVM
 * generate several classes when the connector is built, which an application pays for at
 * start-up.
 */
record EngineSettings(Supplier<RestClient> restClient, CredentialScope credentials,
		SoundCloudAuthenticator authenticator, Supplier<JsonMapper> jsonMapper, SoundCloudRetryPolicy retryPolicy,
		SoundCloudRateLimiter rateLimiter, Sleeper sleeper, Clock clock, @Nullable RandomGenerator random,
		ObservationRegistry observationRegistry,
		@Nullable ObservationConvention<SoundCloudRequestContext> observationConvention,
		long maxResponseBytes) implements Supplier<RequestExecutor> {

	@Override
	public RequestExecutor get() {
		return new RequestExecutor(this.restClient, this.credentials, this.authenticator, this.jsonMapper,
				this.retryPolicy, this.rateLimiter, this.sleeper, this.clock,
				(this.random != null) ? this.random : new SplittableRandom(), this.observationRegistry,
				this.observationConvention, this.maxResponseBytes);
	}

}
