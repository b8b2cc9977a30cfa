package io.github.scapi.soundcloud;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Which paging parameters a list is sent, found from any way of writing its path.
 */
class ListParametersTests {

	@Test
	void findsTheOperationFromARepositoryTemplateAScopeTemplateOrALiteralPath() {
		for (String path : new String[] { "/users/{user_urn}/tracks", "/users/{id0}/tracks",
				"/users/soundcloud:users:1001/tracks" }) {
			ListParameters tracks = ListParameters.of(path);
			assertThat(tracks.limit()).as(path).isTrue();
			assertThat(tracks.linkedPartitioning()).as(path).isTrue();
			assertThat(tracks.offset()).as(path).isFalse();
		}
		ListParameters playlistTracks = ListParameters.of("/playlists/{id0}/tracks");
		assertThat(playlistTracks.limit()).isFalse();
		assertThat(playlistTracks.linkedPartitioning()).isTrue();
		ListParameters followers = ListParameters.of("/me/followers");
		assertThat(followers.limit()).isTrue();
		assertThat(followers.linkedPartitioning()).isFalse();
		ListParameters followingsTracks = ListParameters.of("/me/followings/tracks");
		assertThat(followingsTracks.offset()).isTrue();
		assertThat(followingsTracks.linkedPartitioning()).isFalse();
	}

	@Test
	void aListOutsideTheSpecificationGetsTheGeneralProtocol() {
		for (String path : new String[] { "/groups/{id0}/tracks", "/tracks/{id0}/permissions", "/events",
				"/me/{id0}" }) {
			ListParameters general = ListParameters.of(path);
			assertThat(general.limit() && general.linkedPartitioning() && general.offset()).as(path).isTrue();
		}
	}

	@Test
	void refusesAPageByNumberOnlyWhereTheOperationHasNoOffset() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ListParameters.of("/me/likes/tracks").checkPageNumber(PageRequest.of(3, 20),
					"/me/likes/tracks"))
			.withMessageStartingWith("GET /me/likes/tracks cannot be read at page 3")
			.withMessageContaining("nextPageable()");
		assertThatNoException().isThrownBy(
				() -> ListParameters.of("/me/likes/tracks").checkPageNumber(PageRequest.of(0, 20), "/me/likes/tracks"));
		assertThatNoException().isThrownBy(
				() -> ListParameters.of("/tracks").checkPageNumber(PageRequest.of(3, 20), "/tracks"));
	}

	@Test
	void everyListOfTheSpecificationIsKnown() {
		assertThat(ListParameters.operations()).hasSize(35)
			.containsEntry("/playlists/*/tracks", java.util.List.of("linked_partitioning"))
			.containsEntry("/me/recently-played/tracks", java.util.List.of());
	}

}
