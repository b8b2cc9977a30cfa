package io.github.scapi.soundcloud.test;

import org.springframework.util.Assert;

/**
 * A user of the fake's built-in dataset, with the fields tests usually need to compute
 * expectations. The JSON the fake serves for this user carries more fields, all derived
 * deterministically from the ones here.
 *
 * @param urn the user's URN, {@code soundcloud:users:<id>}
 * @param id the numeric id inside the URN
 * @param username the display name (may contain spaces and non-ASCII letters)
 * @param fullName first and last name
 * @param permalink the URL slug of the user's page
 * @param trackCount number of tracks the user owns, whatever their access level
 * @param followersCount number of users following this user
 * @param followingsCount number of users this user follows
 */
public record FakeUser(String urn, long id, String username, String fullName, String permalink, int trackCount,
		int followersCount, int followingsCount) {

	/**
	 * Creates a user, checking the mandatory components.
	 * @param urn the user's URN
	 * @param id the numeric id
	 * @param username the display name
	 * @param fullName first and last name
	 * @param permalink the URL slug
	 * @param trackCount number of tracks
	 * @param followersCount number of followers
	 * @param followingsCount number of followed users
	 */
	public FakeUser {
		Assert.hasText(urn, "'urn' must not be empty");
		Assert.notNull(username, "'username' must not be null");
		Assert.notNull(fullName, "'fullName' must not be null");
		Assert.notNull(permalink, "'permalink' must not be null");
	}

}
