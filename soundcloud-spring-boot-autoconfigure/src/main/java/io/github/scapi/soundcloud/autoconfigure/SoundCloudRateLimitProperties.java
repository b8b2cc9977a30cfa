package io.github.scapi.soundcloud.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * SoundCloud's rate limits shared by every instance ({@code soundcloud.rate-limit.*}).
 *
 * @author scapi contributors
 */
@ConfigurationProperties("soundcloud.rate-limit")
public class SoundCloudRateLimitProperties {

	/**
	 * Where rate-limit state is kept: 'none' keeps nothing (each instance learns of a limit
	 * from its own 429), 'jdbc' records every 429 that names a group and a reset time, and
	 * counts the budgets, in the application's PostgreSQL database, for every instance.
	 */
	private Store store = Store.NONE;

	/**
	 * How many play requests (GET /tracks/{id}/stream and /tracks/{urn}/streams/{format})
	 * all instances together may send in 24 hours; no budget when unset. SoundCloud allows
	 * 15,000 per app. Needs 'soundcloud.rate-limit.store=jdbc'.
	 */
	private @Nullable Long playsPerDay;

	/**
	 * How many client-credentials tokens all instances together may obtain in 12 hours; no
	 * budget when unset. SoundCloud allows 50 per app. Needs
	 * 'soundcloud.rate-limit.store=jdbc' and 'soundcloud.auth.oauth2.token-store=jdbc'.
	 */
	@Name("tokens-per-12h")
	private @Nullable Long tokensPer12h;

	/**
	 * What rate-limited requests do while the database cannot be reached: 'allow' sends them
	 * and adds them to the shared count once it can, 'refuse' fails them before sending.
	 */
	private WhenDatabaseUnavailable whenDatabaseUnavailable = WhenDatabaseUnavailable.ALLOW;

	public Store getStore() {
		return this.store;
	}

	public void setStore(Store store) {
		this.store = store;
	}

	public @Nullable Long getPlaysPerDay() {
		return this.playsPerDay;
	}

	public void setPlaysPerDay(@Nullable Long playsPerDay) {
		this.playsPerDay = playsPerDay;
	}

	public @Nullable Long getTokensPer12h() {
		return this.tokensPer12h;
	}

	public void setTokensPer12h(@Nullable Long tokensPer12h) {
		this.tokensPer12h = tokensPer12h;
	}

	public WhenDatabaseUnavailable getWhenDatabaseUnavailable() {
		return this.whenDatabaseUnavailable;
	}

	public void setWhenDatabaseUnavailable(WhenDatabaseUnavailable whenDatabaseUnavailable) {
		this.whenDatabaseUnavailable = whenDatabaseUnavailable;
	}

	/**
	 * Where rate-limit state is kept.
	 */
	public enum Store {

		/**
		 * Nowhere: every instance finds a limit with its own 429.
		 */
		NONE,

		/**
		 * In the application's PostgreSQL database, for every instance.
		 */
		JDBC

	}

	/**
	 * What rate-limited requests do while the database cannot be reached.
	 */
	public enum WhenDatabaseUnavailable {

		/**
		 * Send them, count them locally, add the count to the shared one later.
		 */
		ALLOW,

		/**
		 * Fail them before sending.
		 */
		REFUSE

	}

}
