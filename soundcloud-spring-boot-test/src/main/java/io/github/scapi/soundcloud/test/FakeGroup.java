package io.github.scapi.soundcloud.test;

import java.util.List;

import org.springframework.util.Assert;

/**
 * A group of SoundCloud's legacy API, served at {@code /groups/{id}}: absent from today's
 * specification, kept for clients that still reach it, such as scapi's.
 *
 * @param urn the group's URN, {@code soundcloud:groups:<id>}
 * @param id the numeric id, which the legacy paths use
 * @param name the name
 * @param permalink the URL slug
 * @param creatorUrn the URN of the user who created it
 * @param memberUrns the URNs of its members, by ascending id
 * @param trackUrns the URNs of the tracks posted to it, newest first
 */
public record FakeGroup(String urn, long id, String name, String permalink, String creatorUrn, List<String> memberUrns,
		List<String> trackUrns) {

	/**
	 * Creates a group, checking the mandatory components and copying the lists.
	 * @param urn the group's URN
	 * @param id the numeric id
	 * @param name the name
	 * @param permalink the URL slug
	 * @param creatorUrn the creator's URN
	 * @param memberUrns the members' URNs
	 * @param trackUrns the tracks' URNs
	 */
	public FakeGroup {
		Assert.hasText(urn, "'urn' must not be empty");
		Assert.notNull(name, "'name' must not be null");
		Assert.notNull(permalink, "'permalink' must not be null");
		Assert.hasText(creatorUrn, "'creatorUrn' must not be empty");
		memberUrns = List.copyOf(memberUrns);
		trackUrns = List.copyOf(trackUrns);
	}

}
