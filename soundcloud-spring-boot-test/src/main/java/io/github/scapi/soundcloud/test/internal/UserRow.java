package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * A user as the state keeps it: the generated profile (its counters are recomputed on every
 * read) and the fields changed through the legacy {@code PUT /users/{id}}. Guarded by the
 * state's lock.
 */
final class UserRow {

	private FakeUser profile;

	private final Map<String, @Nullable Object> fields;

	UserRow(FakeUser profile) {
		this(profile, new LinkedHashMap<>());
	}

	private UserRow(FakeUser profile, Map<String, @Nullable Object> fields) {
		this.profile = profile;
		this.fields = fields;
	}

	UserRow copy() {
		return new UserRow(this.profile, new LinkedHashMap<>(this.fields));
	}

	long id() {
		return this.profile.id();
	}

	FakeUser profile() {
		return this.profile;
	}

	/**
	 * Fields that replace the generated ones in the user's JSON.
	 */
	Map<String, @Nullable Object> fields() {
		return this.fields;
	}

	void rename(String username, String fullName) {
		this.profile = new FakeUser(this.profile.urn(), this.profile.id(), username, fullName,
				this.profile.permalink(), 0, 0, 0);
	}

}
