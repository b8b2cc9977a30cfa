package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.test.FakeDataset;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * The dataset with the indexes the handlers need. Immutable, so all fakes share one.
 */
public final class InMemoryDataset implements FakeDataset {

	/**
	 * Newest first, as SoundCloud lists a user's tracks by default.
	 */
	static final Comparator<FakeTrack> NEWEST_FIRST = Comparator.comparing(FakeTrack::createdAt)
		.thenComparingLong(FakeTrack::id)
		.reversed();

	private final FakeUser me;

	private final List<FakeUser> users;

	private final List<FakeTrack> tracks;

	private final Map<Long, FakeUser> usersById;

	private final Map<Long, FakeTrack> tracksById;

	private final Map<Long, List<FakeTrack>> tracksByUser = new LinkedHashMap<>();

	private final Map<Long, List<FakeUser>> followings = new LinkedHashMap<>();

	private final Map<Long, List<FakeUser>> followers = new LinkedHashMap<>();

	InMemoryDataset(long meId, List<FakeUser> users, List<FakeTrack> tracks, Map<Long, List<Long>> followingIds) {
		this.users = List.copyOf(users);
		this.tracks = List.copyOf(tracks);
		this.usersById = users.stream().collect(Collectors.toUnmodifiableMap(FakeUser::id, Function.identity()));
		this.tracksById = tracks.stream().collect(Collectors.toUnmodifiableMap(FakeTrack::id, Function.identity()));
		this.me = this.usersById.get(meId);
		Map<Long, List<FakeTrack>> owned = tracks.stream()
			.collect(Collectors.groupingBy((track) -> Urns.parse(track.userUrn(), "users")));
		Map<Long, List<FakeUser>> following = new LinkedHashMap<>();
		for (FakeUser user : this.users) {
			List<FakeTrack> ownTracks = owned.getOrDefault(user.id(), List.of());
			this.tracksByUser.put(user.id(), ownTracks.stream().sorted(NEWEST_FIRST).toList());
			List<Long> followed = followingIds.getOrDefault(user.id(), List.of());
			this.followings.put(user.id(), followed.stream().map(this.usersById::get).toList());
			following.put(user.id(), new ArrayList<>());
		}
		// users are visited by ascending id, so every follower list ends up sorted by id
		this.followings.forEach((id, followed) -> followed
			.forEach((user) -> following.get(user.id()).add(this.usersById.get(id))));
		following.forEach((id, list) -> this.followers.put(id, List.copyOf(list)));
	}

	/**
	 * Returns the standard dataset, generated once per class loader.
	 * @return the dataset every fake serves
	 */
	public static InMemoryDataset standard() {
		return Standard.DATASET;
	}

	@Override
	public List<FakeUser> users() {
		return this.users;
	}

	@Override
	public List<FakeTrack> tracks() {
		return this.tracks;
	}

	@Override
	public Optional<FakeUser> user(String urnOrId) {
		return Optional.ofNullable(userById(Urns.parse(urnOrId, "users")));
	}

	@Override
	public Optional<FakeTrack> track(String urnOrId) {
		return Optional.ofNullable(trackById(Urns.parse(urnOrId, "tracks")));
	}

	@Override
	public List<FakeTrack> tracksOf(String userUrn) {
		return tracksOf(Urns.parse(userUrn, "users"));
	}

	@Override
	public List<FakeUser> followingsOf(String userUrn) {
		return followingsOf(Urns.parse(userUrn, "users"));
	}

	@Override
	public List<FakeUser> followersOf(String userUrn) {
		return followersOf(Urns.parse(userUrn, "users"));
	}

	@Override
	public FakeUser me() {
		return this.me;
	}

	@Override
	public FakeUser userWithMostTracks() {
		return this.users.stream().max(Comparator.comparingInt(FakeUser::trackCount)).orElseThrow();
	}

	@Nullable FakeUser userById(long id) {
		return this.usersById.get(id);
	}

	@Nullable FakeTrack trackById(long id) {
		return this.tracksById.get(id);
	}

	List<FakeTrack> tracksOf(long userId) {
		return this.tracksByUser.getOrDefault(userId, List.of());
	}

	List<FakeUser> followingsOf(long userId) {
		return this.followings.getOrDefault(userId, List.of());
	}

	List<FakeUser> followersOf(long userId) {
		return this.followers.getOrDefault(userId, List.of());
	}

	FakeUser ownerOf(FakeTrack track) {
		return this.usersById.get(Urns.parse(track.userUrn(), "users"));
	}

	private static final class Standard {

		static final InMemoryDataset DATASET = DatasetGenerator.generate();

	}

}
