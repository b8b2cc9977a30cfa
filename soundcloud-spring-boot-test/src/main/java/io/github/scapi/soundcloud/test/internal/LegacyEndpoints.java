package io.github.scapi.soundcloud.test.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUser;
import org.jspecify.annotations.Nullable;

/**
 * Resources of SoundCloud's legacy API that scapi used and today's spec lacks:
 * {@code /groups}, {@code /groups/{id}} and its {@code tracks}; the permissions of a track
 * ({@code GET}, and {@code PUT} with {@code permissions[user_id][]} repeated, which
 * replaces the set); and {@code PUT /users/{id}} with {@code user[...]} fields, which only
 * the caller may apply to itself.
 */
final class LegacyEndpoints {

	private static final Set<String> USER_FIELDS = Set.of("description", "city", "country", "website",
			"website_title", "discogs_name", "myspace_name", "first_name", "last_name");

	private final FakeState state;

	LegacyEndpoints(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.get("/groups", this::groups), Route.get("/groups/*", this::group),
				Route.get("/groups/*/tracks", this::groupTracks),
				Route.get("/tracks/*/permissions", this::permissions),
				Route.of("PUT", "/tracks/*/permissions", this::setPermissions),
				Route.of("PUT", "/users/*", this::updateUser));
	}

	private ApiResponse groups(ApiRequest request, List<String> variables) {
		String q = request.param("q");
		String needle = (q != null) ? q.strip().toLowerCase(Locale.ROOT) : "";
		return this.state.read((store) -> {
			Render render = new Render(store, request);
			List<GroupData> found = store.groups()
				.stream()
				.filter((group) -> group.name().toLowerCase(Locale.ROOT).contains(needle))
				.toList();
			return Paging.page(request, found, render::group);
		});
	}

	private ApiResponse group(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> ApiResponse
			.ok(new Render(store, request).group(Lookups.group(store, variables.get(0)))));
	}

	private ApiResponse groupTracks(ApiRequest request, List<String> variables) {
		Predicate<FakeTrack> access = TrackFilter.access(request);
		return this.state.read((store) -> {
			Render render = new Render(store, request);
			List<TrackRow> tracks = render.groupTracks(Lookups.group(store, variables.get(0)))
				.stream()
				.filter((row) -> store.isVisible(row) && access.test(row.track()))
				.toList();
			return Paging.page(request, tracks, render::track);
		});
	}

	private ApiResponse permissions(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> TrackEndpoints.legacyUsers(request, store,
				Lookups.ownTrack(store, variables.get(0)).permittedUserIds()));
	}

	private ApiResponse setPermissions(ApiRequest request, List<String> variables) {
		List<@Nullable Object> values = request.form().child("permissions").list("user_id");
		return this.state.write((store) -> {
			TrackRow row = Lookups.ownTrack(store, variables.get(0));
			Set<Long> ids = new LinkedHashSet<>();
			for (Object value : values) {
				if (value instanceof String text && !text.isBlank()) {
					FakeUser user = store.user(Urns.parse(text, "users"));
					if (user == null) {
						throw ApiException.unprocessable("unknown user " + text + " in permissions[user_id][]");
					}
					ids.add(user.id());
				}
			}
			row.permittedUserIds().clear();
			row.permittedUserIds().addAll(ids);
			return TrackEndpoints.legacyUsers(request, store, List.copyOf(ids));
		});
	}

	private ApiResponse updateUser(ApiRequest request, List<String> variables) {
		FormTree form = request.form();
		if (!form.has("user")) {
			throw ApiException.badRequest("user parameters are missing, e.g. user[description]");
		}
		FormTree fields = form.child("user");
		return this.state.write((store) -> {
			FakeUser user = Lookups.user(store, variables.get(0));
			if (user.id() != store.meId()) {
				throw ApiException.forbidden("only " + store.me().urn() + " may be updated with these credentials");
			}
			UserRow row = store.users().row(user.id());
			String username = fields.has("username") ? fields.text("username") : user.username();
			String fullName = fields.has("full_name") ? fields.text("full_name") : user.fullName();
			if (username == null || username.isBlank()) {
				throw ApiException.unprocessable("user[username] must not be blank");
			}
			row.rename(username, (fullName != null) ? fullName : "");
			for (String name : fields.keys()) {
				if (USER_FIELDS.contains(name)) {
					row.fields().put(name, fields.text(name));
				}
			}
			Render render = new Render(store, request);
			return ApiResponse.ok(render.user(render.user(user.id())));
		});
	}

}
