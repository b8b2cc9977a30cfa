package io.github.scapi.soundcloud.test.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import io.github.scapi.soundcloud.test.FakeTrack;

/**
 * The lists {@code /me/...} and {@code /users/{user_urn}/...} share: a user's tracks,
 * playlists, likes and reposts, as the caller may see them.
 */
final class UserLists {

	private UserLists() {
	}

	static ApiResponse tracks(ApiRequest request, Store store, long userId, Predicate<FakeTrack> access) {
		List<TrackRow> visible = store.tracks()
			.ofUser(userId)
			.stream()
			.filter((row) -> store.isVisible(row) && access.test(row.track()))
			.toList();
		return Paging.page(request, sorted(visible, request), new Render(store, request)::track);
	}

	static ApiResponse playlists(ApiRequest request, Store store, long userId, Predicate<FakeTrack> access) {
		List<PlaylistRow> visible = store.playlists().ofUser(userId).stream().filter(store::isVisible).toList();
		return playlistPage(request, store, visible, access);
	}

	static ApiResponse likedTracks(ApiRequest request, Store store, long userId, Predicate<FakeTrack> access) {
		return trackPage(request, store, store.trackLikes().targetsOf(userId), access);
	}

	static ApiResponse repostedTracks(ApiRequest request, Store store, long userId, Predicate<FakeTrack> access) {
		return trackPage(request, store, store.trackReposts().targetsOf(userId), access);
	}

	static ApiResponse likedPlaylists(ApiRequest request, Store store, long userId) {
		return playlistPage(request, store, playlists(store, store.playlistLikes().targetsOf(userId)),
				(track) -> true);
	}

	static ApiResponse repostedPlaylists(ApiRequest request, Store store, long userId) {
		return playlistPage(request, store, playlists(store, store.playlistReposts().targetsOf(userId)),
				(track) -> true);
	}

	static ApiResponse trackPage(ApiRequest request, Store store, List<Long> ids, Predicate<FakeTrack> access) {
		List<TrackRow> rows = ids.stream()
			.map((id) -> store.tracks().row(id))
			.filter((row) -> row != null && store.isVisible(row) && access.test(row.track()))
			.toList();
		return Paging.page(request, rows, new Render(store, request)::track);
	}

	static ApiResponse playlistPage(ApiRequest request, Store store, List<PlaylistRow> playlists,
			Predicate<FakeTrack> access) {
		boolean showTracks = Paging.flag(request, "show_tracks", true);
		Render render = new Render(store, request);
		return Paging.page(request, playlists, (row) -> render.playlist(row, showTracks, access));
	}

	private static List<PlaylistRow> playlists(Store store, List<Long> ids) {
		return ids.stream()
			.map((id) -> store.playlists().row(id))
			.filter(Objects::nonNull)
			.filter(store::isVisible)
			.toList();
	}

	/**
	 * Applies {@code sort} (or its aliases {@code direction} and {@code order}) to a newest-first list.
	 */
	static List<TrackRow> sorted(List<TrackRow> newestFirst, ApiRequest request) {
		String sort = request.param("sort");
		sort = (sort != null) ? sort : request.param("direction");
		sort = (sort != null) ? sort : request.param("order");
		// the specification's enum, exactly: DESC or Asc are refused
		if (sort == null || sort.equals("desc")) {
			return newestFirst;
		}
		if (!sort.equals("asc")) {
			throw ApiException.badRequest("sort must be asc or desc");
		}
		List<TrackRow> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

}
