package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.List;

/**
 * Likes and reposts of the caller: {@code POST}/{@code DELETE /likes/tracks/{track_urn}},
 * {@code /likes/playlists/{playlist_urn}}, {@code /reposts/tracks/{track_urn}} and
 * {@code /reposts/playlists/{playlist_urn}}. Repeating one changes nothing and succeeds
 * again, so that retries are safe.
 */
final class SocialEndpoints {

	private final FakeState state;

	SocialEndpoints(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.of("POST", "/likes/tracks/*", (request, variables) -> track(variables, true, false)),
				Route.of("DELETE", "/likes/tracks/*", (request, variables) -> track(variables, false, false)),
				Route.of("POST", "/likes/playlists/*", (request, variables) -> playlist(variables, true, false)),
				Route.of("DELETE", "/likes/playlists/*", (request, variables) -> playlist(variables, false, false)),
				Route.of("POST", "/reposts/tracks/*", (request, variables) -> track(variables, true, true)),
				Route.of("DELETE", "/reposts/tracks/*", (request, variables) -> track(variables, false, true)),
				Route.of("POST", "/reposts/playlists/*", (request, variables) -> playlist(variables, true, true)),
				Route.of("DELETE", "/reposts/playlists/*", (request, variables) -> playlist(variables, false, true)));
	}

	private ApiResponse track(List<String> variables, boolean add, boolean repost) {
		Instant now = this.state.clock().instant();
		return this.state.write((store) -> {
			long id = Lookups.track(store, variables.get(0)).id();
			change(repost ? store.trackReposts() : store.trackLikes(), store.meId(), id, add, now);
			return answer(add, repost);
		});
	}

	private ApiResponse playlist(List<String> variables, boolean add, boolean repost) {
		Instant now = this.state.clock().instant();
		return this.state.write((store) -> {
			long id = Lookups.playlist(store, variables.get(0)).id();
			change(repost ? store.playlistReposts() : store.playlistLikes(), store.meId(), id, add, now);
			return answer(add, repost);
		});
	}

	private static void change(EdgeLists edges, long userId, long targetId, boolean add, Instant now) {
		if (add) {
			edges.add(userId, targetId, now);
		}
		else {
			edges.remove(userId, targetId);
		}
	}

	/**
	 * A like answers 200, a repost 201, as the spec says; removals 200.
	 */
	private static ApiResponse answer(boolean add, boolean repost) {
		return (add && repost) ? ApiResponse.status(201, "201 - Created") : ApiResponse.status(200, "200 - OK");
	}

}
