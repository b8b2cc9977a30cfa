package io.github.scapi.soundcloud.autoconfigure;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.scapi.soundcloud.jdbc.JdbcRateLimiter;
import io.github.scapi.soundcloud.jdbc.JdbcTokenStore;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Meters of the state instances share (docs/observability.md): tokens obtained by this
 * instance and by all, waits for the token lock, requests refused before sending, and what is
 * left of each budget. Shared figures are read from the database when the registry asks.
 *
 * @author scapi contributors
 */
final class SharedStateMetrics implements MeterBinder {

	private final @Nullable JdbcTokenStore tokenStore;

	private final @Nullable JdbcRateLimiter rateLimiter;

	SharedStateMetrics(@Nullable JdbcTokenStore tokenStore, @Nullable JdbcRateLimiter rateLimiter) {
		this.tokenStore = tokenStore;
		this.rateLimiter = rateLimiter;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		JdbcTokenStore store = this.tokenStore;
		if (store != null) {
			FunctionCounter.builder("soundcloud.oauth2.tokens.obtained", store, JdbcTokenStore::getTokensObtained)
				.description("OAuth 2.1 tokens this instance obtained from the token endpoint")
				.tag("instance", store.getInstanceId())
				.register(registry);
			FunctionTimer.builder("soundcloud.oauth2.lock.wait", store, JdbcTokenStore::getLockAcquisitions,
					JdbcTokenStore::getLockWaitSeconds, TimeUnit.SECONDS)
				.description("Waits of this instance for the shared token lock")
				.tag("instance", store.getInstanceId())
				.register(registry);
		}
		JdbcRateLimiter limiter = this.rateLimiter;
		if (limiter != null) {
			Gauge.builder("soundcloud.oauth2.tokens.obtained.shared", limiter,
					(l) -> read(() -> (double) l.getUsed(JdbcRateLimiter.TOKENS)))
				.description("Client-credentials tokens all instances obtained in the current 12-hour window")
				.register(registry);
			for (String group : List.of(JdbcRateLimiter.PLAYS, JdbcRateLimiter.TOKENS)) {
				FunctionCounter.builder("soundcloud.rate-limit.refusals", limiter, (l) -> l.getRefusals(group))
					.description("Requests this instance refused before sending, because of a 429 or a budget")
					.tag("group", group)
					.register(registry);
				Gauge.builder("soundcloud.rate-limit.budget.remaining", limiter,
						(l) -> read(() -> l.getRemaining(group).map(Long::doubleValue).orElse(Double.NaN)))
					.description("What is left of the group's budget in its current window, for all instances")
					.tag("group", group)
					.register(registry);
			}
		}
	}

	/** A shared figure, or NaN when the database cannot say. */
	private static double read(java.util.function.Supplier<Double> figure) {
		try {
			return Optional.ofNullable(figure.get()).orElse(Double.NaN);
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}
