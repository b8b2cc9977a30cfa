package io.github.scapi.soundcloud.autoconfigure;

import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.jdbc.JdbcRateLimiter;
import io.github.scapi.soundcloud.jdbc.JdbcTokenStore;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the state instances share: up when the database answers, with the groups a 429
 * blocks and what is left of each budget; down when it does not. API calls with a valid
 * local token go on while it is down (docs/scaling.md), so this says what the next token
 * request or budget check will meet, not whether the API can be called.
 *
 * @author scapi contributors
 */
final class SharedStateHealthIndicator extends AbstractHealthIndicator {

	private final @Nullable JdbcTokenStore tokenStore;

	private final @Nullable JdbcRateLimiter rateLimiter;

	SharedStateHealthIndicator(@Nullable JdbcTokenStore tokenStore, @Nullable JdbcRateLimiter rateLimiter) {
		super("The shared SoundCloud state cannot be read");
		this.tokenStore = tokenStore;
		this.rateLimiter = rateLimiter;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		if (this.tokenStore != null) {
			builder.withDetail("instance", this.tokenStore.getInstanceId())
				.withDetail("tokensObtainedByThisInstance", this.tokenStore.getTokensObtained())
				// read from the database: down (by the exception) when it cannot be read
				.withDetail("storedClients", this.tokenStore.countStoredClients());
		}
		if (this.rateLimiter != null) {
			Map<String, ?> blocked = this.rateLimiter.getBlockedGroups();
			builder.withDetail("blockedGroups", blocked);
			for (String group : List.of(JdbcRateLimiter.PLAYS, JdbcRateLimiter.TOKENS)) {
				this.rateLimiter.getRemaining(group).ifPresent((remaining) -> builder
					.withDetail(group + "BudgetRemaining", remaining));
			}
		}
		builder.up();
	}

}
