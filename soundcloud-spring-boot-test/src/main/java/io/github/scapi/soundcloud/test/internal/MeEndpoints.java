package io.github.scapi.soundcloud.test.internal;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.test.CreatedResponse;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;

/**
 * {@code /me} and the caller's lists, following and unfollowing
 * ({@code PUT}/{@code DELETE /me/followings/{user_urn}}), and the deprecated
 * {@code GET /me/followings/{user_urn}} and {@code /me/followers/{follower_urn}}.
 */
final class MeEndpoints {

	private final FakeState state;

	private final Supplier<CreatedResponse> createdResponse;

	MeEndpoints(FakeState state, Supplier<CreatedResponse> createdResponse) {
		this.state = state;
		this.createdResponse = createdResponse;
	}

	List<Route> routes() {
		return List.of(Route.get("/me", read((request, store) -> ApiResponse.ok(new Render(store, request).me()))),
				Route.get("/me/tracks", read((request, store) -> UserLists.tracks(request, store, store.meId(),
						TrackFilter.explicitAccess(request)))),
				Route.get("/me/playlists",
						read((request, store) -> UserLists.playlists(request, store, store.meId(), (track) -> true))),
				Route.get("/me/followings", read((request, store) -> TrackEndpoints.users(request, store,
						store.users().followingsOf(store.meId())))),
				Route.get("/me/followers", read((request, store) -> TrackEndpoints.users(request, store,
						store.users().followersOf(store.meId())))),
				Route.get("/me/followings/tracks", read(MeEndpoints::followingsTracks)),
				Route.get("/me/followings/*", (request, variables) -> related(request, variables.get(0), true)),
				Route.get("/me/followers/*", (request, variables) -> related(request, variables.get(0), false)),
				Route.of("PUT", "/me/followings/*", this::follow), Route.of("DELETE", "/me/followings/*", this::unfollow),
				Route.get("/me/likes/tracks", read((request, store) -> UserLists.likedTracks(request, store,
						store.meId(), TrackFilter.explicitAccess(request)))),
				Route.get("/me/likes/playlists",
						read((request, store) -> UserLists.likedPlaylists(request, store, store.meId()))),
				Route.get("/me/reposts/tracks", read((request, store) -> UserLists.repostedTracks(request, store,
						store.meId(), TrackFilter.explicitAccess(request)))),
				Route.get("/me/reposts/playlists",
						read((request, store) -> UserLists.repostedPlaylists(request, store, store.meId()))),
				Route.get("/me/recently-played/tracks", read(MeEndpoints::recentlyPlayed)));
	}

	/**
	 * The newest tracks of the users the caller follows.
	 */
	private static ApiResponse followingsTracks(ApiRequest request, Store store) {
		List<Long> ids = store.tracks()
			.rows()
			.stream()
			.filter((row) -> store.users().isFollowing(store.meId(), row.userId()))
			.sorted((a, b) -> TrackTable.NEWEST_FIRST.compare(a.track(), b.track()))
			.map(TrackRow::id)
			.toList();
		return UserLists.trackPage(request, store, ids, TrackFilter.access(request));
	}

	/**
	 * Up to 25 tracks, most recently played first; the API pages nothing here.
	 */
	private static ApiResponse recentlyPlayed(ApiRequest request, Store store) {
		Predicate<FakeTrack> access = TrackFilter.explicitAccess(request);
		List<TrackRow> rows = store.plays()
			.recent()
			.stream()
			.map((id) -> store.tracks().row(id))
			.filter((row) -> row != null && store.isVisible(row) && access.test(row.track()))
			.limit(25)
			.toList();
		return Paging.unpaged(request, rows, new Render(store, request)::track);
	}

	private ApiResponse related(ApiRequest request, String urn, boolean following) {
		return this.state.read((store) -> {
			FakeUser other = Lookups.user(store, urn);
			boolean related = following ? store.users().isFollowing(store.meId(), other.id())
					: store.users().isFollowing(other.id(), store.meId());
			if (!related) {
				throw ApiException.notFound();
			}
			return ApiResponse.ok(new Render(store, request).user(other));
		});
	}

	private ApiResponse follow(ApiRequest request, List<String> variables) {
		return this.state.write((store) -> {
			FakeUser other = Lookups.user(store, variables.get(0));
			if (other.id() == store.meId()) {
				throw ApiException.unprocessable("you cannot follow yourself");
			}
			if (!store.users().follow(store.meId(), other.id())) {
				return ApiResponse.status(200, "200 - Successful");
			}
			Render render = new Render(store, request);
			return Created.response(this.createdResponse.get(), render.user(render.user(other.id())),
					render.apiBase() + "/users/" + other.urn());
		});
	}

	private ApiResponse unfollow(ApiRequest request, List<String> variables) {
		return this.state.write((store) -> {
			store.users().unfollow(store.meId(), Lookups.user(store, variables.get(0)).id());
			return ApiResponse.status(200, "Status(200) - OK");
		});
	}

	/**
	 * A handler that reads the store under the state's read lock.
	 */
	private Route.Handler read(BiFunction<ApiRequest, Store, ApiResponse> reader) {
		return (request, variables) -> this.state.read((store) -> reader.apply(request, store));
	}

}
