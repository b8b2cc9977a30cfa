package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;

/**
 * {@code /me}, {@code /users} and the lists below them. Every accepted token belongs to the
 * dataset's {@code me} user.
 */
final class UserEndpoints {

	private final InMemoryDataset dataset;

	private final TrackEndpoints tracks;

	UserEndpoints(InMemoryDataset dataset, TrackEndpoints tracks) {
		this.dataset = dataset;
		this.tracks = tracks;
	}

	ApiResponse me(ApiRequest request, List<String> variables) {
		FakeUser me = this.dataset.me();
		long uploaded = this.dataset.tracksOf(me.id()).stream().mapToLong(FakeTrack::duration).sum();
		return ApiResponse.ok(UserJson.me(me, uploaded, request.apiBase()));
	}

	ApiResponse meTracks(ApiRequest request, List<String> variables) {
		return Paging.page(request, sorted(this.dataset.tracksOf(this.dataset.me().id()), request),
				(track) -> this.tracks.json(track, request));
	}

	ApiResponse meFollowings(ApiRequest request, List<String> variables) {
		return users(request, this.dataset.followingsOf(this.dataset.me().id()));
	}

	ApiResponse meFollowers(ApiRequest request, List<String> variables) {
		return users(request, this.dataset.followersOf(this.dataset.me().id()));
	}

	ApiResponse search(ApiRequest request, List<String> variables) {
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
		return users(request, this.dataset.users().stream().filter(filter).toList());
	}

	ApiResponse user(ApiRequest request, List<String> variables) {
		return ApiResponse.ok(UserJson.full(find(variables.get(0)), request.apiBase()));
	}

	ApiResponse userTracks(ApiRequest request, List<String> variables) {
		FakeUser user = find(variables.get(0));
		List<FakeTrack> visible = this.dataset.tracksOf(user.id())
			.stream()
			.filter(TrackFilter.access(request))
			.toList();
		return Paging.page(request, sorted(visible, request), (track) -> this.tracks.json(track, request));
	}

	ApiResponse userFollowers(ApiRequest request, List<String> variables) {
		return users(request, this.dataset.followersOf(find(variables.get(0)).id()));
	}

	ApiResponse userFollowings(ApiRequest request, List<String> variables) {
		return users(request, this.dataset.followingsOf(find(variables.get(0)).id()));
	}

	private ApiResponse users(ApiRequest request, List<FakeUser> users) {
		return Paging.page(request, users, (user) -> UserJson.full(user, request.apiBase()));
	}

	private FakeUser find(String urnOrId) {
		FakeUser user = this.dataset.userById(Urns.parse(urnOrId, "users"));
		if (user == null) {
			throw ApiException.notFound();
		}
		return user;
	}

	/**
	 * Applies {@code sort} (or its aliases {@code direction} and {@code order}) to a newest-first list.
	 */
	private static List<FakeTrack> sorted(List<FakeTrack> newestFirst, ApiRequest request) {
		String sort = request.param("sort");
		sort = (sort != null) ? sort : request.param("direction");
		sort = (sort != null) ? sort : request.param("order");
		if (sort == null || sort.equalsIgnoreCase("desc")) {
			return newestFirst;
		}
		if (!sort.equalsIgnoreCase("asc")) {
			throw ApiException.badRequest("sort must be asc or desc");
		}
		List<FakeTrack> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

}
