package io.github.scapi.soundcloud.test.internal;

import java.util.List;
import java.util.Map;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;

/**
 * The generated dataset every fake starts from and {@code resetData()} returns to. Never
 * changed: each fake copies it into its own {@link Store}.
 *
 * @param meId the id of the user every accepted credential acts as
 * @param users the users by ascending id, with their generated counters
 * @param tracks the tracks by ascending id
 * @param followings for each user id, the ids of the users it follows, in API order
 * @param content playlists, comments, likes, reposts and the legacy resources
 */
record Seed(long meId, List<FakeUser> users, List<FakeTrack> tracks, Map<Long, List<Long>> followings,
		SeedContent content) {

	/**
	 * Returns the standard seed, generated once per class loader.
	 */
	static Seed standard() {
		return Standard.SEED;
	}

	private static final class Standard {

		static final Seed SEED = DatasetGenerator.generate();

	}

}
