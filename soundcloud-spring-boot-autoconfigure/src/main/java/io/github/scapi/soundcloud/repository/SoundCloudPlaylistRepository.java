package io.github.scapi.soundcloud.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.SoundCloudRequestBody;
import io.github.scapi.soundcloud.model.Playlist;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.model.User;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@link PlaylistRepository} backed by a {@link SoundCloudConnector}.
 *
 * @author scapi contributors
 */
public final class SoundCloudPlaylistRepository extends RepositorySupport implements PlaylistRepository {

	private static final String PLAYLIST = "/playlists/{playlist_urn}";

	/**
	 * Create a repository.
	 * @param connector the connector that sends the requests
	 */
	public SoundCloudPlaylistRepository(SoundCloudConnector connector) {
		super(connector);
	}

	@Override
	public Optional<Playlist> findById(String urnOrId) {
		return find(PLAYLIST, playlist(urnOrId), Playlist.class);
	}

	@Override
	public Slice<Playlist> search(String text, Pageable pageable) {
		Assert.hasText(text, "'text' must not be empty");
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("q", text);
		return slice("/playlists", Map.of(), query, Playlist.class, pageable);
	}

	@Override
	public Playlist create(PlaylistUpdate playlist) {
		Assert.notNull(playlist, "'playlist' must not be null");
		Assert.isTrue(playlist.hasTitle(), "A playlist needs a title: set it with PlaylistUpdate.builder().title(...)");
		return write(HttpMethod.POST, "/playlists", Map.of(), SoundCloudRequestBody.json(playlist.body()),
				Playlist.class);
	}

	@Override
	public Playlist update(String urnOrId, PlaylistUpdate changes) {
		Assert.notNull(changes, "'changes' must not be null");
		return write(HttpMethod.PUT, PLAYLIST, playlist(urnOrId), SoundCloudRequestBody.json(changes.body()),
				Playlist.class);
	}

	@Override
	public Playlist setTracks(String urnOrId, List<String> trackUrnsOrIds) {
		Assert.notNull(trackUrnsOrIds, "'trackUrnsOrIds' must not be null");
		return update(urnOrId, PlaylistUpdate.builder().tracks(trackUrnsOrIds).build());
	}

	@Override
	public void deleteById(String urnOrId) {
		call(HttpMethod.DELETE, PLAYLIST, playlist(urnOrId));
	}

	@Override
	public Slice<Track> findTracks(String urnOrId, Pageable pageable) {
		return slice(PLAYLIST + "/tracks", playlist(urnOrId), NO_QUERY, Track.class, pageable);
	}

	@Override
	public Stream<Track> streamTracks(String urnOrId) {
		return stream(PLAYLIST + "/tracks", playlist(urnOrId), NO_QUERY, Track.class);
	}

	@Override
	public Slice<User> findReposters(String urnOrId, Pageable pageable) {
		return slice(PLAYLIST + "/reposters", playlist(urnOrId), NO_QUERY, User.class, pageable);
	}
}
