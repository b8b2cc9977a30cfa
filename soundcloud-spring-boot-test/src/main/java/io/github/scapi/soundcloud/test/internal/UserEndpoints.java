package io.github.scapi.soundcloud.test.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.test.FakeUser;

/**
 * {@code /users} (search), {@code /users/{user_urn}} and the lists below it, including the
 * deprecated {@code favorites} and {@code followings/{following_urn}}.
 */
final class UserEndpoints {

	private final FakeState state;

	UserEndpoints(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.get("/users", this::search), Route.get("/users/*", this::user),
				Route.get("/users/*/tracks", read((request, store, user) -> UserLists.tracks(request, store,
						user.id(), TrackFilter.access(request)))),
				Route.get("/users/*/playlists", read((request, store, user) -> UserLists.playlists(request, store,
						user.id(), TrackFilter.access(request)))),
				Route.get("/users/*/followers", read((request, store, user) -> TrackEndpoints.users(request, store,
						store.users().followersOf(user.id())))),
				Route.get("/users/*/followings", read((request, store, user) -> TrackEndpoints.users(request, store,
						store.users().followingsOf(user.id())))),
				Route.get("/users/*/followings/*", this::following),
				Route.get("/users/*/web-profiles", read((request, store, user) -> Paging.page(request,
						store.webProfilesOf(user.id()), LegacyJson::webProfile))),
				Route.get("/users/*/likes/tracks", read(UserEndpoints::likedTracks)),
				Route.get("/users/*/favorites", read(UserEndpoints::likedTracks)),
				Route.get("/users/*/likes/playlists",
						read((request, store, user) -> UserLists.likedPlaylists(request, store, user.id()))),
				Route.get("/users/*/reposts/tracks", read((request, store, user) -> UserLists
					.repostedTracks(request, store, user.id(), TrackFilter.access(request)))),
				Route.get("/users/*/reposts/playlists",
						read((request, store, user) -> UserLists.repostedPlaylists(request, store, user.id()))),
				Route.get("/users/*/related", read((request, store, user) -> TrackEndpoints.users(request, store,
						related(store, user.id())))));
	}

	private static ApiResponse likedTracks(ApiRequest request, Store store, FakeUser user) {
		return UserLists.likedTracks(request, store, user.id(), TrackFilter.access(request));
	}

	private ApiResponse search(ApiRequest request, List<String> variables) {
		Predicate<FakeUser> filter = (user) -> true;
		String q = request.param("q");
		if (q != null && !q.isBlank()) {
			String needle = q.strip().toLowerCase(Locale.ROOT);
			filter = filter.and((user) -> user.username().toLowerCase(Locale.ROOT).contains(needle)
					|| user.fullName().toLowerCase(Locale.ROOT).contains(needle));
		}
		Set<String> urns = TrackFilter.list(request.param("urns"));
		if (!urns.isEmpty()) {
			Set<Long> ids = urns.stream().map((urn) -> Urns.parse(urn, "users")).collect(Collectors.toSet());
			filter = filter.and((user) -> ids.contains(user.id()));
		}
		Predicate<FakeUser> matching = filter;
		return this.state.read((store) -> {
			Render render = new Render(store, request);
			List<FakeUser> found = store.users()
				.rows()
				.stream()
				.map((row) -> render.user(row.id()))
				.filter(matching)
				.toList();
			return Paging.linked(request, found, render::user);
		});
	}

	private ApiResponse user(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> ApiResponse
			.ok(new Render(store, request).user(Lookups.user(store, variables.get(0)))));
	}

	private ApiResponse following(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> {
			FakeUser user = Lookups.user(store, variables.get(0));
			FakeUser followed = Lookups.user(store, variables.get(1));
			if (!store.users().isFollowing(user.id(), followed.id())) {
				throw ApiException.notFound();
			}
			return ApiResponse.ok(new Render(store, request).user(followed));
		});
	}

	/**
	 * Users followed by the same people as this one, the most shared first.
	 */
	static List<Long> related(Store store, long userId) {
		Map<Long, Integer> scores = new HashMap<>();
		for (long follower : store.users().followersOf(userId)) {
			store.users().followingsOf(follower).forEach((other) -> scores.merge(other, 1, Integer::sum));
		}
		scores.remove(userId);
		return scores.entrySet()
			.stream()
			.sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * A handler for a list below {@code /users/{user_urn}}, under the state's read lock.
	 */
	private Route.Handler read(UserReader reader) {
		return (request, variables) -> this.state
			.read((store) -> reader.read(request, store, Lookups.user(store, variables.get(0))));
	}

	/**
	 * Answers a request about a known user.
	 */
	@FunctionalInterface
	interface UserReader {

		ApiResponse read(ApiRequest request, Store store, FakeUser user);

	}

}
