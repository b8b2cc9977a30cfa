package io.github.scapi.soundcloud.repository;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.model.WebProfile;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;

/**
 * Users on SoundCloud, including the authenticated user. Ids, slices and streams behave as
 * described on {@link TrackRepository}.
 *
 * @author scapi contributors
 */
public interface UserRepository {

	/**
	 * Find a user.
	 * @param urnOrId the user's URN or numeric id
	 * @return the user, or empty if it does not exist
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}")
	Optional<User> findById(String urnOrId);

	/**
	 * Return the user the credentials belong to ({@code GET /me}).
	 * @return the authenticated user
	 * @throws io.github.scapi.soundcloud.SoundCloudUnauthorizedException without user credentials
	 */
	@SoundCloudOperation(method = "GET", path = "/me")
	User findMe();

	/**
	 * Search users, one page at a time.
	 * @param query the filters
	 * @param pageable the page
	 * @return one page of matching users
	 */
	@SoundCloudOperation(method = "GET", path = "/users")
	Slice<User> search(UserQuery query, Pageable pageable);

	/**
	 * Search users and walk every match lazily.
	 * @param query the filters
	 * @return the matching users; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/users")
	Stream<User> streamSearch(UserQuery query);

	/**
	 * List the users who follow a user, one page at a time.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of followers
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/followers")
	Slice<User> findFollowers(String userUrnOrId, Pageable pageable);

	/**
	 * Walk all users who follow a user, lazily.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the followers; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/followers")
	Stream<User> streamFollowers(String userUrnOrId);

	/**
	 * List the users a user follows, one page at a time.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of followed users
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/followings")
	Slice<User> findFollowings(String userUrnOrId, Pageable pageable);

	/**
	 * Walk all users a user follows, lazily.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the followed users; close the stream to stop early
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/followings")
	Stream<User> streamFollowings(String userUrnOrId);

	/**
	 * List users related to a user.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of users
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/related")
	Slice<User> findRelated(String userUrnOrId, Pageable pageable);

	/**
	 * List a user's public playlists.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of playlists
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/playlists")
	Slice<Playlist> findPlaylists(String userUrnOrId, Pageable pageable);

	/**
	 * Return the links a user added to their profile.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the links
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/web-profiles")
	List<WebProfile> findWebProfiles(String userUrnOrId);

	/**
	 * List the tracks a user liked.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of tracks
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/likes/tracks")
	Slice<Track> findLikedTracks(String userUrnOrId, Pageable pageable);

	/**
	 * List the playlists a user liked.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of playlists
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/likes/playlists")
	Slice<Playlist> findLikedPlaylists(String userUrnOrId, Pageable pageable);

	/**
	 * List the tracks a user reposted.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of tracks
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/reposts/tracks")
	Slice<Track> findRepostedTracks(String userUrnOrId, Pageable pageable);

	/**
	 * List the playlists a user reposted.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of playlists
	 * @throws IllegalArgumentException for a page asked for by number ({@code PageRequest.of(n > 0, size)}),
	 * before any request: the operation has no {@code offset}, so page through
	 * {@code nextPageable()} from page 0 (docs/paging.md)
	 */
	@SoundCloudOperation(method = "GET", path = "/users/{user_urn}/reposts/playlists")
	Slice<Playlist> findRepostedPlaylists(String userUrnOrId, Pageable pageable);

}
