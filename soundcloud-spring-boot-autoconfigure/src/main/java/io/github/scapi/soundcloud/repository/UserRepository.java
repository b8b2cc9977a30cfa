package io.github.scapi.soundcloud.repository;

import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.User;

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
	Optional<User> findById(String urnOrId);

	/**
	 * Return the user the credentials belong to ({@code GET /me}).
	 * @return the authenticated user
	 * @throws io.github.scapi.soundcloud.SoundCloudUnauthorizedException without user credentials
	 */
	User findMe();

	/**
	 * Search users, one page at a time.
	 * @param query the filters
	 * @param pageable the page
	 * @return one page of matching users
	 */
	Slice<User> search(UserQuery query, Pageable pageable);

	/**
	 * Search users and walk every match lazily.
	 * @param query the filters
	 * @return the matching users; close the stream to stop early
	 */
	Stream<User> streamSearch(UserQuery query);

	/**
	 * List the users who follow a user, one page at a time.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of followers
	 */
	Slice<User> findFollowers(String userUrnOrId, Pageable pageable);

	/**
	 * Walk all users who follow a user, lazily.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the followers; close the stream to stop early
	 */
	Stream<User> streamFollowers(String userUrnOrId);

	/**
	 * List the users a user follows, one page at a time.
	 * @param userUrnOrId the user's URN or numeric id
	 * @param pageable the page
	 * @return one page of followed users
	 */
	Slice<User> findFollowings(String userUrnOrId, Pageable pageable);

	/**
	 * Walk all users a user follows, lazily.
	 * @param userUrnOrId the user's URN or numeric id
	 * @return the followed users; close the stream to stop early
	 */
	Stream<User> streamFollowings(String userUrnOrId);

}
