package io.github.scapi.soundcloud.test.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.github.scapi.soundcloud.test.FakeComment;
import io.github.scapi.soundcloud.test.FakeDataset;
import io.github.scapi.soundcloud.test.FakeGroup;
import io.github.scapi.soundcloud.test.FakePlaylist;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * {@link FakeDataset} over a fake's {@link FakeState}: every call reads the current data
 * under the state's lock and returns immutable snapshots.
 */
public final class LiveDataset implements FakeDataset {

	private final FakeState state;

	/**
	 * Creates a view of a state.
	 * @param state the state
	 */
	public LiveDataset(FakeState state) {
		this.state = state;
	}

	@Override
	public List<FakeUser> users() {
		return read((store) -> store.users().rows().stream().map((row) -> store.user(row.id())).toList());
	}

	@Override
	public List<FakeTrack> tracks() {
		return read((store) -> store.tracks().rows().stream().map(TrackRow::track).toList());
	}

	@Override
	public Optional<FakeUser> user(String urnOrId) {
		return Optional.ofNullable(read((store) -> store.user(Urns.parse(urnOrId, "users"))));
	}

	@Override
	public Optional<FakeTrack> track(String urnOrId) {
		return Optional.ofNullable(read((store) -> {
			TrackRow row = store.tracks().row(Urns.parse(urnOrId, "tracks"));
			return (row != null) ? row.track() : null;
		}));
	}

	@Override
	public List<FakeTrack> tracksOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> store.tracks().ofUser(userId).stream().map(TrackRow::track).toList());
	}

	@Override
	public List<FakeUser> followingsOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> users(store, store.users().followingsOf(userId)));
	}

	@Override
	public List<FakeUser> followersOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> users(store, store.users().followersOf(userId)));
	}

	@Override
	public FakeUser me() {
		return read(Store::me);
	}

	@Override
	public FakeUser userWithMostTracks() {
		return users().stream().max(Comparator.comparingInt(FakeUser::trackCount)).orElseThrow();
	}

	@Override
	public List<FakePlaylist> playlists() {
		return read((store) -> store.playlists().rows().stream().map(PlaylistRow::view).toList());
	}

	@Override
	public Optional<FakePlaylist> playlist(String urnOrId) {
		return Optional.ofNullable(read((store) -> {
			PlaylistRow row = store.playlists().row(Urns.parse(urnOrId, "playlists"));
			return (row != null) ? row.view() : null;
		}));
	}

	@Override
	public List<FakePlaylist> playlistsOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> store.playlists().ofUser(userId).stream().map(PlaylistRow::view).toList());
	}

	@Override
	public List<FakeComment> commentsOf(String trackUrn) {
		long trackId = Urns.parse(trackUrn, "tracks");
		return read((store) -> store.comments().of(trackId));
	}

	@Override
	public List<FakeTrack> likedTracksOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> tracks(store, store.trackLikes().targetsOf(userId)));
	}

	@Override
	public List<FakePlaylist> likedPlaylistsOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> playlists(store, store.playlistLikes().targetsOf(userId)));
	}

	@Override
	public List<FakeTrack> repostedTracksOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> tracks(store, store.trackReposts().targetsOf(userId)));
	}

	@Override
	public List<FakePlaylist> repostedPlaylistsOf(String userUrn) {
		long userId = Urns.parse(userUrn, "users");
		return read((store) -> playlists(store, store.playlistReposts().targetsOf(userId)));
	}

	@Override
	public List<FakeUser> permittedUsersOf(String trackUrn) {
		long trackId = Urns.parse(trackUrn, "tracks");
		return read((store) -> {
			TrackRow row = store.tracks().row(trackId);
			return (row != null) ? users(store, row.permittedUserIds()) : List.of();
		});
	}

	@Override
	public List<FakeGroup> groups() {
		return read((store) -> store.groups().stream().map((group) -> group(store, group)).toList());
	}

	private <T> T read(Function<Store, T> reader) {
		return this.state.read(reader);
	}

	private static List<FakeUser> users(Store store, List<Long> ids) {
		return ids.stream().map(store::user).filter(Objects::nonNull).toList();
	}

	private static List<FakeTrack> tracks(Store store, List<Long> ids) {
		return ids.stream().map((id) -> track(store.tracks().row(id))).filter(Objects::nonNull).toList();
	}

	private static @Nullable FakeTrack track(@Nullable TrackRow row) {
		return (row != null) ? row.track() : null;
	}

	private static List<FakePlaylist> playlists(Store store, List<Long> ids) {
		return ids.stream()
			.map((id) -> store.playlists().row(id))
			.filter(Objects::nonNull)
			.map(PlaylistRow::view)
			.toList();
	}

	/**
	 * A group's view; tracks deleted since it was generated are left out.
	 */
	private static FakeGroup group(Store store, GroupData group) {
		List<String> members = group.memberIds().stream().map((id) -> Urns.of("users", id)).toList();
		return new FakeGroup(Urns.of("groups", group.id()), group.id(), group.name(), group.permalink(),
				Urns.of("users", group.creatorId()), members,
				tracks(store, group.trackIds()).stream().map(FakeTrack::urn).toList());
	}

}
