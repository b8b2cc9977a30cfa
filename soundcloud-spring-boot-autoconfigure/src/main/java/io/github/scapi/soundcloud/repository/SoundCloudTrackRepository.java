package io.github.scapi.soundcloud.repository;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudRequestBody;
import io.github.scapi.soundcloud.UnexpectedResponseException;
import io.github.scapi.soundcloud.model.Storefront;
import io.github.scapi.soundcloud.model.StorefrontUpdate;
import io.github.scapi.soundcloud.model.Streams;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * {@link TrackRepository} backed by a {@link SoundCloudConnector}.
 *
 * @author scapi contributors
 */
public final class SoundCloudTrackRepository extends RepositorySupport implements TrackRepository {

	private static final String TRACK = "/tracks/{track_urn}";

	/**
	 * Create a repository.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudTrackRepository(SoundCloudConnector connector) {
		super(connector);
	}

	@Override
	public Optional<Track> findById(String urnOrId) {
		return find(TRACK, track(urnOrId), Track.class);
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
		return slice("/users/{user_urn}/tracks", user(userUrnOrId), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Stream<Track> streamByUser(String userUrnOrId) {
		return stream("/users/{user_urn}/tracks", user(userUrnOrId), NO_QUERY, Track.class);
	}

	@Override
	public Track create(TrackUpload upload) {
		Assert.notNull(upload, "'upload' must not be null");
		return write(HttpMethod.POST, "/tracks", Map.of(), SoundCloudRequestBody.railsForm("track", upload.fields()), Track.class);
	}

	@Override
	public Track update(String urnOrId, TrackUpdate changes) {
		Assert.notNull(changes, "'changes' must not be null");
		Assert.isTrue(!changes.fields().isEmpty(), "'changes' must change at least one field");
		// the operation takes JSON or multipart: JSON for metadata, multipart to carry files
		SoundCloudRequestBody body = changes.hasFiles() ? SoundCloudRequestBody.railsForm("track", changes.fields())
				: SoundCloudRequestBody.json(changes.json());
		return write(HttpMethod.PUT, TRACK, track(urnOrId), body, Track.class);
	}

	@Override
	public void deleteById(String urnOrId) {
		call(HttpMethod.DELETE, TRACK, track(urnOrId));
	}

	@Override
	public Slice<User> findFavoriters(String urnOrId, Pageable pageable) {
		return slice(TRACK + "/favoriters", track(urnOrId), NO_QUERY, User.class, pageable);
	}

	@Override
	public Slice<User> findReposters(String urnOrId, Pageable pageable) {
		return slice(TRACK + "/reposters", track(urnOrId), NO_QUERY, User.class, pageable);
	}

	@Override
	public Slice<Track> findRelated(String urnOrId, Pageable pageable) {
		return slice(TRACK + "/related", track(urnOrId), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Streams findStreams(String urnOrId) {
		return get(TRACK + "/streams", track(urnOrId), Streams.class);
	}

	@Override
	public URI playableUrl(String streamUrl) {
		Assert.hasText(streamUrl, "'streamUrl' must not be empty");
		URI url = URI.create(streamUrl);
		Assert.isTrue(url.isAbsolute(), "'streamUrl' must be a stream URL of the configured API, as findStreams returns");
		return connector().redirectLocation(url)
			.orElseThrow(() -> new UnexpectedResponseException(200, HttpMethod.GET, url, java.util.List.of(),
					"the stream URL did not redirect to a playable link", null));
	}

	@Override
	public Optional<URI> findPreviewUrl(String urnOrId) {
		return location(TRACK + "/preview", track(urnOrId), NO_QUERY);
	}

	@Override
	public Storefront updateStorefront(String urnOrId, StorefrontUpdate storefront) {
		Assert.notNull(storefront, "'storefront' must not be null");
		return write(HttpMethod.PUT, TRACK + "/storefront", track(urnOrId), SoundCloudRequestBody.json(storefront),
				Storefront.class);
	}
}
