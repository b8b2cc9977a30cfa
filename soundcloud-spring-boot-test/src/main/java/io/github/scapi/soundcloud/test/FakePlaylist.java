package io.github.scapi.soundcloud.test;

import java.time.Instant;
import java.util.List;

import org.springframework.util.Assert;

/**
 * A playlist (set) the fake serves, as it is now. The JSON the fake serves carries more
 * fields.
 *
 * @param urn the playlist's URN, {@code soundcloud:playlists:<id>}
 * @param id the numeric id inside the URN
 * @param title the title (may contain apostrophes, commas and non-ASCII letters)
 * @param userUrn the URN of the owner
 * @param sharing {@code public} or {@code private}
 * @param trackUrns the URNs of its tracks, in playlist order
 * @param createdAt when the playlist was created
 */
public record FakePlaylist(String urn, long id, String title, String userUrn, String sharing, List<String> trackUrns,
		Instant createdAt) {

	/**
	 * Creates a playlist, checking the mandatory components and copying the track list.
	 * @param urn the playlist's URN
	 * @param id the numeric id
	 * @param title the title
	 * @param userUrn the owner's URN
	 * @param sharing the sharing level
	 * @param trackUrns the track URNs
	 * @param createdAt the creation time
	 */
	public FakePlaylist {
		Assert.hasText(urn, "'urn' must not be empty");
		Assert.notNull(title, "'title' must not be null");
		Assert.hasText(userUrn, "'userUrn' must not be empty");
		Assert.hasText(sharing, "'sharing' must not be empty");
		Assert.notNull(createdAt, "'createdAt' must not be null");
		trackUrns = List.copyOf(trackUrns);
	}

	/**
	 * Returns the number of tracks.
	 * @return the track count
	 */
	public int trackCount() {
		return this.trackUrns.size();
	}

}
