package io.github.scapi.soundcloud.test.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.test.CreatedResponse;
import io.github.scapi.soundcloud.test.FakeComment;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET} and {@code POST /tracks/{track_urn}/comments}, and the legacy
 * {@code GET /comments/{comment_urn}} that comments' {@code uri} and the {@code Location}
 * of a new comment lead to. A comment is {@code comment[body]} and an optional
 * {@code comment[timestamp]} (milliseconds, as a number or a string), sent as a form, as
 * multipart or as JSON {@code {"comment": {...}}}.
 */
final class CommentEndpoints {

	private final FakeState state;

	private final Supplier<CreatedResponse> createdResponse;

	CommentEndpoints(FakeState state, Supplier<CreatedResponse> createdResponse) {
		this.state = state;
		this.createdResponse = createdResponse;
	}

	List<Route> routes() {
		return List.of(Route.get("/tracks/*/comments", this::list),
				Route.of("POST", "/tracks/*/comments", this::create), Route.get("/comments/*", this::comment));
	}

	private ApiResponse list(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> {
			TrackRow track = Lookups.track(store, variables.get(0));
			Render render = new Render(store, request);
			return Paging.linked(request, store.comments().of(track.id()), render::comment);
		});
	}

	private ApiResponse create(ApiRequest request, List<String> variables) {
		FormTree comment = request.form().child("comment");
		String body = comment.text("body");
		if (body == null || body.isBlank()) {
			throw ApiException.unprocessable("comment[body] is missing");
		}
		Long timestamp = timestamp(comment.text("timestamp"));
		Instant now = this.state.clock().instant();
		return this.state.write((store) -> {
			TrackRow track = Lookups.track(store, variables.get(0));
			if (!track.flag("commentable", true)) {
				throw ApiException.unprocessable("comments are disabled on " + track.track().urn());
			}
			long id = store.comments().nextId();
			FakeComment created = new FakeComment(Urns.of("comments", id), id, track.track().urn(),
					Urns.of("users", store.meId()), body, timestamp, now);
			store.comments().add(created);
			Map<String, @Nullable Object> json = new Render(store, request).comment(created);
			return Created.response(this.createdResponse.get(), json, String.valueOf(json.get("uri")));
		});
	}

	private ApiResponse comment(ApiRequest request, List<String> variables) {
		return this.state.read((store) -> {
			FakeComment comment = store.comments().byId(Urns.parse(variables.get(0), "comments"));
			if (comment == null) {
				throw ApiException.notFound();
			}
			Lookups.track(store, comment.trackUrn());
			return ApiResponse.ok(new Render(store, request).comment(comment));
		});
	}

	private static @Nullable Long timestamp(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long millis = new BigDecimal(value.strip()).longValue();
			if (millis < 0) {
				throw ApiException.unprocessable("comment[timestamp] must not be negative");
			}
			return millis;
		}
		catch (NumberFormatException ex) {
			throw ApiException.unprocessable("comment[timestamp] must be a number of milliseconds");
		}
	}

}
