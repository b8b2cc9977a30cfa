package io.github.scapi.soundcloud.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudException;
import io.github.scapi.soundcloud.SoundCloudUnauthorizedException;
import io.github.scapi.soundcloud.model.Track;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.domain.PageRequest;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Checks that the SoundCloud API is reachable and accepts the credentials, with one cheap
 * call (a one-item track search). Every check spends rate limit, so the result is kept for a
 * while and health endpoints polled often do not turn into API traffic.
 *
 * @author scapi contributors
 */
public final class SoundCloudHealthIndicator implements HealthIndicator {

	private final SoundCloudConnector connector;

	private final Duration cacheFor;

	private final Clock clock;

	private @Nullable Health last;

	private Instant checkedAt = Instant.MIN;

	/**
	 * Create an indicator.
	 * @param connector the connector to check
	 * @param cacheFor how long a result is reused
	 * @param clock the clock the cache is measured with
	 */
	public SoundCloudHealthIndicator(SoundCloudConnector connector, Duration cacheFor, Clock clock) {
		Assert.notNull(connector, "'connector' must not be null");
		Assert.isTrue(cacheFor != null && !cacheFor.isNegative(), "'cacheFor' must not be negative");
		this.connector = connector;
		this.cacheFor = cacheFor;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.last != null && now.isBefore(this.checkedAt.plus(this.cacheFor))) {
			return this.last;
		}
		this.last = check(now);
		this.checkedAt = now;
		return this.last;
	}

	private Health check(Instant now) {
		Map<String, Object> details = Map.of("baseUrl", BaseUrls.describe(this.connector.getBaseUrl()), "authType",
				this.connector.getAuthenticator().type().name(), "checkedAt", now.toString());
		try {
			this.connector.slice("/tracks", Map.of(), new LinkedMultiValueMap<>(), Track.class, PageRequest.of(0, 1));
			return Health.up().withDetails(details).build();
		}
		catch (SoundCloudUnauthorizedException ex) {
			return Health.down().withDetails(details).withDetail("error", "credentials rejected: " + ex.getMessage()).build();
		}
		catch (SoundCloudException ex) {
			return Health.down().withDetails(details).withDetail("error", ex.getMessage()).build();
		}
	}

}
