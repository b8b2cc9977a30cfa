package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.github.scapi.soundcloud.test.FakeComment;
import io.github.scapi.soundcloud.test.FakeTrack;
import org.jspecify.annotations.Nullable;

/**
 * The caller's feed, built from the store on every request: {@code /me/feed} (uploads,
 * playlists and reposts of the users it follows), {@code /me/feed/tracks} (tracks only),
 * the deprecated {@code /me/activities} family, and the legacy {@code /events} scapi read:
 * uploads of followed users ({@code track}, tagged {@code affiliated}) and comments on the
 * caller's tracks ({@code comment}, tagged {@code exclusive}).
 */
final class FeedEndpoints {

	private final FakeState state;

	FeedEndpoints(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.get("/me/feed", (request, variables) -> feed(request, false, false)),
				Route.get("/me/feed/tracks", (request, variables) -> feed(request, true, false)),
				Route.get("/me/activities", (request, variables) -> feed(request, false, false)),
				Route.get("/me/activities/tracks", (request, variables) -> feed(request, true, false)),
				Route.get("/me/activities/all/own", (request, variables) -> feed(request, false, true)),
				Route.get("/events", this::events));
	}

	private ApiResponse feed(ApiRequest request, boolean tracksOnly, boolean own) {
		Predicate<FakeTrack> access = TrackFilter.access(request);
		return this.state.read((store) -> {
			List<Long> authors = own ? List.of(store.meId()) : store.users().followingsOf(store.meId());
			List<Activity> activities = new ArrayList<>();
			for (long author : authors) {
				activities.addAll(activitiesOf(store, author, tracksOnly));
			}
			Render render = new Render(store, request);
			List<Activity> visible = activities.stream()
				.filter((activity) -> !activity.track() || access.test(trackRow(store, activity).track()))
				.sorted(Comparator.comparing(Activity::at).thenComparingLong(Activity::originId).reversed())
				.toList();
			return Paging.activities(request, visible, (activity) -> render(render, activity));
		});
	}

	private static List<Activity> activitiesOf(Store store, long author, boolean tracksOnly) {
		List<Activity> activities = new ArrayList<>();
		store.tracks()
			.ofUser(author)
			.stream()
			.filter(TrackRow::isPublic)
			.forEach((row) -> activities.add(new Activity("track", row.track().createdAt(), true, row.id(), null)));
		store.trackReposts()
			.edgesOf(author)
			.stream()
			.filter((edge) -> visibleTrack(store, edge.targetId()))
			.forEach((edge) -> activities.add(new Activity("track:repost", edge.at(), true, edge.targetId(), author)));
		if (!tracksOnly) {
			store.playlists()
				.ofUser(author)
				.stream()
				.filter(PlaylistRow::isPublic)
				.forEach((row) -> activities.add(new Activity("playlist", row.createdAt(), false, row.id(), null)));
			store.playlistReposts()
				.edgesOf(author)
				.stream()
				.filter((edge) -> store.playlists().row(edge.targetId()) != null)
				.forEach((edge) -> activities
					.add(new Activity("playlist:repost", edge.at(), false, edge.targetId(), author)));
		}
		return activities;
	}

	private static Map<String, @Nullable Object> render(Render render, Activity activity) {
		Store store = render.store();
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		json.put("type", activity.type());
		json.put("created_at", LegacyDates.format(activity.at()));
		json.put("origin", activity.track() ? render.track(trackRow(store, activity))
				: render.playlist(store.playlists().row(activity.originId()), true, (track) -> true));
		if (activity.reposterId() != null) {
			json.put("reposter", Urns.of("users", activity.reposterId()));
		}
		return json;
	}

	private ApiResponse events(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> {
			List<Event> events = new ArrayList<>();
			for (long author : store.users().followingsOf(store.meId())) {
				store.tracks()
					.ofUser(author)
					.stream()
					.filter(TrackRow::isPublic)
					.forEach((row) -> events
						.add(new Event(row.id() * 10 + 1, "track", row.track().createdAt(), "affiliated", row)));
			}
			for (TrackRow mine : store.tracks().ofUser(store.meId())) {
				for (FakeComment comment : store.comments().of(mine.id())) {
					if (Urns.parse(comment.userUrn(), "users") != store.meId()) {
						events.add(new Event(comment.id() * 10 + 2, "comment", comment.createdAt(), "exclusive",
								comment));
					}
				}
			}
			events.sort(Comparator.comparing(Event::at).thenComparingLong(Event::id).reversed());
			Render render = new Render(store, request);
			return Paging.page(request, events, (event) -> event.render(render));
		});
	}

	private static boolean visibleTrack(Store store, long id) {
		TrackRow row = store.tracks().row(id);
		return row != null && store.isVisible(row);
	}

	private static TrackRow trackRow(Store store, Activity activity) {
		TrackRow row = store.tracks().row(activity.originId());
		if (row == null) {
			throw new IllegalStateException("Missing track " + activity.originId());
		}
		return row;
	}

	/**
	 * One item of the legacy events list.
	 *
	 * @param id the legacy numeric id, derived from the origin's
	 * @param type {@code track} or {@code comment}
	 * @param at when it happened
	 * @param tags how it relates to the caller
	 * @param origin the {@link TrackRow} or {@link FakeComment}
	 */
	private record Event(long id, String type, Instant at, String tags, Object origin) {

		Map<String, @Nullable Object> render(Render render) {
			Map<String, @Nullable Object> json = new LinkedHashMap<>();
			json.put("id", this.id);
			json.put("type", this.type);
			json.put("created_at", LegacyDates.format(this.at));
			json.put("tags", this.tags);
			json.put("origin", (this.origin instanceof TrackRow row) ? render.track(row)
					: render.comment((FakeComment) this.origin));
			return json;
		}

	}

	/**
	 * One item of a feed.
	 *
	 * @param type {@code track}, {@code track:repost}, {@code playlist} or {@code playlist:repost}
	 * @param at when it happened
	 * @param track whether the origin is a track, else a playlist
	 * @param originId the origin's id
	 * @param reposterId who reposted it, for reposts
	 */
	private record Activity(String type, Instant at, boolean track, long originId, @Nullable Long reposterId) {

	}

}
