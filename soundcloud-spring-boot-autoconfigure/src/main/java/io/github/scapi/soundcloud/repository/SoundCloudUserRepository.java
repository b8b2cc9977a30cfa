package io.github.scapi.soundcloud.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.model.WebProfile;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.util.Assert;

/**
 * {@link UserRepository} backed by a {@link SoundCloudConnector}.
 *
 * @author scapi contributors
 */
public final class SoundCloudUserRepository extends RepositorySupport implements UserRepository {

	/**
	 * Create a repository.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudUserRepository(SoundCloudConnector connector) {
		super(connector);
	}

	@Override
	public Optional<User> findById(String urnOrId) {
		return find("/users/{user_urn}", user(urnOrId), User.class);
	}

	@Override
	public User findMe() {
		return get("/me", Map.of(), User.class);
	}

	@Override
	public Slice<User> search(UserQuery query, Pageable pageable) {
		Assert.notNull(query, "'query' must not be null");
		return slice("/users", Map.of(), query.toQueryParameters(), User.class, pageable);
	}

	@Override
	public Stream<User> streamSearch(UserQuery query) {
		Assert.notNull(query, "'query' must not be null");
		return stream("/users", Map.of(), query.toQueryParameters(), User.class);
	}

	@Override
	public Slice<User> findFollowers(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/followers", user(userUrnOrId), NO_QUERY, User.class, pageable);
	}

	@Override
	public Stream<User> streamFollowers(String userUrnOrId) {
		return stream("/users/{user_urn}/followers", user(userUrnOrId), NO_QUERY, User.class);
	}

	@Override
	public Slice<User> findFollowings(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/followings", user(userUrnOrId), NO_QUERY, User.class, pageable);
	}

	@Override
	public Stream<User> streamFollowings(String userUrnOrId) {
		return stream("/users/{user_urn}/followings", user(userUrnOrId), NO_QUERY, User.class);
	}

	@Override
	public Slice<User> findRelated(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/related", user(userUrnOrId), NO_QUERY, User.class, pageable);
	}

	@Override
	public Slice<Playlist> findPlaylists(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/playlists", user(userUrnOrId), NO_QUERY, Playlist.class, pageable);
	}

	@Override
	public List<WebProfile> findWebProfiles(String userUrnOrId) {
		return list("/users/{user_urn}/web-profiles", user(userUrnOrId), NO_QUERY, WebProfile.class);
	}

	@Override
	public Slice<Track> findLikedTracks(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/likes/tracks", user(userUrnOrId), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Slice<Playlist> findLikedPlaylists(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/likes/playlists", user(userUrnOrId), NO_QUERY, Playlist.class,
				pageable);
	}

	@Override
	public Slice<Track> findRepostedTracks(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/reposts/tracks", user(userUrnOrId), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Slice<Playlist> findRepostedPlaylists(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/reposts/playlists", user(userUrnOrId), NO_QUERY, Playlist.class,
				pageable);
	}
}
