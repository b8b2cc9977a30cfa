package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.github.scapi.soundcloud.test.CreatedResponse;
import io.github.scapi.soundcloud.test.FakeTrack;
import org.jspecify.annotations.Nullable;

/**
 * {@code /playlists} (search and create), {@code /playlists/{playlist_urn}} (read, update,
 * delete) and its {@code tracks} and {@code reposters}. Only the owner may change or delete
 * a playlist; a track list in an update replaces the old one.
 */
final class PlaylistEndpoints {

	private final FakeState state;

	private final Supplier<CreatedResponse> createdResponse;

	PlaylistEndpoints(FakeState state, Supplier<CreatedResponse> createdResponse) {
		this.state = state;
		this.createdResponse = createdResponse;
	}

	List<Route> routes() {
		return List.of(Route.get("/playlists", this::search), Route.of("POST", "/playlists", this::create),
				Route.get("/playlists/*", this::playlist), Route.of("PUT", "/playlists/*", this::update),
				Route.of("DELETE", "/playlists/*", this::delete), Route.get("/playlists/*/tracks", this::tracks),
				Route.get("/playlists/*/reposters", this::reposters));
	}

	private ApiResponse search(ApiRequest request, List<String> variables) {
		String q = request.param("q");
		String needle = (q != null) ? q.strip().toLowerCase(Locale.ROOT) : "";
		Predicate<FakeTrack> access = TrackFilter.access(request);
		return this.state.read((store) -> {
			List<PlaylistRow> found = store.playlists()
				.rows()
				.stream()
				.filter((row) -> row.isPublic() && (row.title().toLowerCase(Locale.ROOT).contains(needle)
						|| String.valueOf(row.fields().get("tag_list")).toLowerCase(Locale.ROOT).contains(needle)))
				.toList();
			return UserLists.playlistPage(request, store, found, access);
		});
	}

	private ApiResponse playlist(ApiRequest request, List<String> variables) {
		boolean showTracks = Paging.flag(request, "show_tracks", true);
		Predicate<FakeTrack> access = TrackFilter.access(request);
		return this.state.read((store) -> ApiResponse.ok(new Render(store, request)
			.playlist(Lookups.playlist(store, variables.get(0)), showTracks, access)));
	}

	private ApiResponse tracks(ApiRequest request, List<String> variables) {
		Predicate<FakeTrack> access = TrackFilter.access(request);
		return this.state.read((store) -> UserLists.trackPage(request, store,
				Lookups.playlist(store, variables.get(0)).trackIds(), access));
	}

	private ApiResponse reposters(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> TrackEndpoints.users(request, store,
				store.playlistReposts().usersOf(Lookups.playlist(store, variables.get(0)).id())));
	}

	private ApiResponse create(ApiRequest request, List<String> variables) {
		FormTree form = request.form();
		PlaylistFields fields = PlaylistFields.read(form.child("playlist"));
		if (!fields.hasTitle()) {
			throw ApiException.unprocessable("playlist[title] is missing");
		}
		Instant now = this.state.clock().instant();
		return this.state.write((store) -> {
			List<Long> trackIds = trackIds(store, fields.tracks());
			long id = store.playlists().nextId();
			Map<String, @Nullable Object> json = new LinkedHashMap<>();
			json.put("sharing", "public");
			json.put("artwork_url", null);
			json.putAll(fields.json());
			PlaylistRow row = new PlaylistRow(id, store.meId(), now, json, trackIds);
			if (!fields.json().containsKey("permalink")) {
				row.fields().put("permalink", freePermalink(store, row));
			}
			artwork(store, row, fields.artwork());
			store.playlists().add(row);
			TrackWriter.record(store, form, row.urn());
			Map<String, @Nullable Object> body = new Render(store, request).playlist(row, true, (track) -> true);
			return Created.response(this.createdResponse.get(), body, String.valueOf(body.get("uri")));
		});
	}

	private ApiResponse update(ApiRequest request, List<String> variables) {
		FormTree form = request.form();
		PlaylistFields fields = PlaylistFields.read(form.child("playlist"));
		Instant now = this.state.clock().instant();
		return this.state.write((store) -> {
			PlaylistRow row = Lookups.ownPlaylist(store, variables.get(0));
			if (fields.tracks() != null) {
				List<Long> trackIds = trackIds(store, fields.tracks());
				row.trackIds().clear();
				row.trackIds().addAll(trackIds);
			}
			row.fields().putAll(fields.json());
			artwork(store, row, fields.artwork());
			row.touch(now);
			TrackWriter.record(store, form, row.urn());
			return ApiResponse.ok(new Render(store, request).playlist(row, true, (track) -> true));
		});
	}

	private ApiResponse delete(ApiRequest request, List<String> variables) {
		return this.state.write((store) -> {
			store.deletePlaylist(Lookups.ownPlaylist(store, variables.get(0)).id());
			return ApiResponse.status(200, "200 - OK");
		});
	}

	private static List<Long> trackIds(Store store, @Nullable List<String> urns) {
		List<Long> ids = new ArrayList<>();
		if (urns != null) {
			for (String urn : urns) {
				TrackRow track = store.tracks().row(Urns.parse(urn, "tracks"));
				if (track == null || !store.isVisible(track)) {
					throw new ApiException(404, "track " + urn + " not found");
				}
				ids.add(track.id());
			}
		}
		return ids;
	}

	private static String freePermalink(Store store, PlaylistRow row) {
		Set<String> taken = store.playlists()
			.ofUser(row.userId())
			.stream()
			.map(PlaylistRow::permalink)
			.collect(Collectors.toSet());
		String base = TextGenerator.slug(row.title());
		base = base.isEmpty() ? "set-" + row.id() : base;
		String permalink = base;
		for (int n = 1; taken.contains(permalink); n++) {
			permalink = base + "-" + n;
		}
		return permalink;
	}

	private static void artwork(Store store, PlaylistRow row, @Nullable FormFile artwork) {
		if (artwork != null) {
			row.fields().put("artwork_url", "https://i1.sndcdn.com/artworks-" + Long.toHexString(row.id() * 7877) + "-"
					+ (store.uploads().size() + 1) + "-large.jpg");
		}
	}

}
