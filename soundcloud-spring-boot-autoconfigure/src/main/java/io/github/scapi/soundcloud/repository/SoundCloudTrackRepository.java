package io.github.scapi.soundcloud.repository;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudUrns;
import io.github.scapi.soundcloud.model.Track;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.util.Assert;

/**
 * {@link TrackRepository} backed by a {@link SoundCloudConnector}.
 *
 * @author scapi contributors
 */
public final class SoundCloudTrackRepository extends RepositorySupport implements TrackRepository {

	/**
	 * Create a repository.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudTrackRepository(SoundCloudConnector connector) {
		super(connector);
	}

	@Override
	public Optional<Track> findById(String urnOrId) {
		return find("/tracks/{track_urn}", Map.of("track_urn", SoundCloudUrns.track(urnOrId)), Track.class);
	}

	@Override
	public Slice<Track> search(TrackQuery query, Pageable pageable) {
		Assert.notNull(query, "'query' must not be null");
		return slice("/tracks", Map.of(), query.toQueryParameters(), Track.class, pageable);
	}

	@Override
	public Stream<Track> streamSearch(TrackQuery query) {
		Assert.notNull(query, "'query' must not be null");
		return stream("/tracks", Map.of(), query.toQueryParameters(), Track.class);
	}

	@Override
	public Slice<Track> findByUser(String userUrnOrId, Pageable pageable) {
		return slice("/users/{user_urn}/tracks", Map.of("user_urn", SoundCloudUrns.user(userUrnOrId)), NO_QUERY,
				Track.class, pageable);
	}

	@Override
	public Stream<Track> streamByUser(String userUrnOrId) {
		return stream("/users/{user_urn}/tracks", Map.of("user_urn", SoundCloudUrns.user(userUrnOrId)), NO_QUERY,
				Track.class);
	}

}
