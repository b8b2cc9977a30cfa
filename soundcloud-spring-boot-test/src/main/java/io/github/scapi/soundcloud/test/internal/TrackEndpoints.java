package io.github.scapi.soundcloud.test.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import io.github.scapi.soundcloud.test.FakeTrack;

/**
 * The read side of tracks: {@code /tracks} (search, public tracks only),
 * {@code /tracks/{track_urn}} and its {@code related}, {@code favoriters} and
 * {@code reposters}.
 */
final class TrackEndpoints {

	private final FakeState state;

	TrackEndpoints(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.get("/tracks", this::search), Route.get("/tracks/*", this::track),
				Route.get("/tracks/*/related", this::related), Route.get("/tracks/*/favoriters", this::favoriters),
				Route.get("/tracks/*/reposters", this::reposters));
	}

	private ApiResponse search(ApiRequest request, List<String> variables) {
		Predicate<FakeTrack> filter = TrackFilter.search(request);
		return this.state.read((store) -> {
			Render render = new Render(store, request);
			List<TrackRow> found = store.tracks()
				.rows()
				.stream()
				.filter((row) -> row.isPublic() && filter.test(row.track()))
				.toList();
			return Paging.page(request, found, (row) -> render.track(row, true));
		});
	}

	private ApiResponse track(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> ApiResponse
			.ok(new Render(store, request).track(Lookups.track(store, variables.get(0)), true)));
	}

	/**
	 * Public tracks of the same genre, the closest tempo first.
	 */
	private ApiResponse related(ApiRequest request, List<String> variables) {
		Predicate<FakeTrack> access = TrackFilter.access(request);
		return this.state.read((store) -> {
			FakeTrack seed = Lookups.track(store, variables.get(0)).track();
			int bpm = (seed.bpm() != null) ? seed.bpm() : 120;
			Comparator<TrackRow> closest = Comparator.comparingInt((TrackRow row) -> (row.track().bpm() != null)
					? Math.abs(row.track().bpm() - bpm) : Integer.MAX_VALUE)
				.thenComparingLong(TrackRow::id);
			List<TrackRow> related = store.tracks()
				.rows()
				.stream()
				.filter((row) -> row.id() != seed.id() && row.isPublic() && row.track().genre().equals(seed.genre())
						&& access.test(row.track()))
				.sorted(closest)
				.toList();
			Render render = new Render(store, request);
			return Paging.page(request, related, render::track);
		});
	}

	private ApiResponse favoriters(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> users(request, store,
				store.trackLikes().usersOf(Lookups.track(store, variables.get(0)).id())));
	}

	private ApiResponse reposters(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> users(request, store,
				store.trackReposts().usersOf(Lookups.track(store, variables.get(0)).id())));
	}

	/**
	 * A list of the specification's {@code Users} schema: always {@code {collection, next_href}}.
	 */
	static ApiResponse users(ApiRequest request, Store store, List<Long> ids) {
		Render render = new Render(store, request);
		return Paging.linked(request, ids.stream().map(store::user).filter(Objects::nonNull).toList(), render::user);
	}

	/**
	 * A list of users of a legacy resource, in the shape {@code linked_partitioning} asks for.
	 */
	static ApiResponse legacyUsers(ApiRequest request, Store store, List<Long> ids) {
		Render render = new Render(store, request);
		return Paging.page(request, ids.stream().map(store::user).filter(Objects::nonNull).toList(), render::user);
	}

}
