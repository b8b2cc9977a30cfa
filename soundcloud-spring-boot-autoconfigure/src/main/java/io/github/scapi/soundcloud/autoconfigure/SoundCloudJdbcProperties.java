package io.github.scapi.soundcloud.autoconfigure;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How instances share state through the application's PostgreSQL database
 * ({@code soundcloud.jdbc.*}), when {@code soundcloud.auth.oauth2.token-store=jdbc} or
 * {@code soundcloud.rate-limit.store=jdbc}.
 *
 * @author scapi contributors
 */
@ConfigurationProperties("soundcloud.jdbc")
public class SoundCloudJdbcProperties {

	/**
	 * Whether to create the shared tables ('oauth2_authorized_client' from Spring Security's
	 * 'oauth2-client-schema-postgres.sql', 'soundcloud_rate_limit') at start-up when they do
	 * not exist. Off by default: production schemas usually come from migrations.
	 */
	private boolean initializeSchema;

	/**
	 * How long an instance waits for another instance's token request before failing the
	 * call, and how long an instance that stopped responding can hold the lock before
	 * PostgreSQL ends its session. Keep it above the connect timeout plus the read timeout
	 * of token requests, which the default does for the default timeouts (10s and 30s); one
	 * shorter than the read timeout is logged as a warning at start-up.
	 */
	private Duration lockTimeout = Duration.ofSeconds(45);

	/**
	 * How long a token read from the database is used without reading it again. Also the
	 * most a renewal by another instance goes unseen, unless the API answers 401 first. 0
	 * reads the database on every call.
	 */
	private Duration tokenCacheLifetime = Duration.ofSeconds(30);

	/**
	 * Id of this instance in logs and meters. Defaults to the JVM's 'pid@host'.
	 */
	private @Nullable String instanceId;

	public boolean isInitializeSchema() {
		return this.initializeSchema;
	}

	public void setInitializeSchema(boolean initializeSchema) {
		this.initializeSchema = initializeSchema;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getTokenCacheLifetime() {
		return this.tokenCacheLifetime;
	}

	public void setTokenCacheLifetime(Duration tokenCacheLifetime) {
		this.tokenCacheLifetime = tokenCacheLifetime;
	}

	public @Nullable String getInstanceId() {
		return this.instanceId;
	}

	public void setInstanceId(@Nullable String instanceId) {
		this.instanceId = instanceId;
	}

}
