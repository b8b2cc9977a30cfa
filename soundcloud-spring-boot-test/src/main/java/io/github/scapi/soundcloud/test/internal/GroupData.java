package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.List;

/**
 * A legacy group; groups cannot be changed through the fake.
 *
 * @param id the numeric id
 * @param name the name
 * @param shortDescription the one-line summary
 * @param description the full description
 * @param permalink the URL slug
 * @param creatorId the id of the user who created it
 * @param createdAt when it was created
 * @param memberIds the members, by ascending id
 * @param trackIds the tracks posted to it, newest first
 */
record GroupData(long id, String name, String shortDescription, String description, String permalink, long creatorId,
		Instant createdAt, List<Long> memberIds, List<Long> trackIds) {

	GroupData {
		memberIds = List.copyOf(memberIds);
		trackIds = List.copyOf(trackIds);
	}

}
