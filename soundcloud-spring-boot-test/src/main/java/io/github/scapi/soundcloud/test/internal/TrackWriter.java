package io.github.scapi.soundcloud.test.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.github.scapi.soundcloud.test.CreatedResponse;
import io.github.scapi.soundcloud.test.FakeTrack;
import io.github.scapi.soundcloud.test.FakeUpload;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /tracks}, {@code PUT /tracks/{track_urn}} and {@code DELETE /tracks/{track_urn}}.
 * An upload needs {@code track[title]} and the {@code track[asset_data]} file; its duration
 * follows from the file's size. Only the owner may change or delete a track.
 */
final class TrackWriter {

	private final FakeState state;

	private final Supplier<CreatedResponse> createdResponse;

	TrackWriter(FakeState state, Supplier<CreatedResponse> createdResponse) {
		this.state = state;
		this.createdResponse = createdResponse;
	}

	List<Route> routes() {
		return List.of(Route.of("POST", "/tracks", this::create), Route.of("PUT", "/tracks/*", this::update),
				Route.of("DELETE", "/tracks/*", this::delete));
	}

	private ApiResponse create(ApiRequest request, List<String> variables) {
		FormTree form = request.form();
		FormTree track = form.child("track");
		String title = track.text("title");
		if (title == null || title.isBlank()) {
			throw ApiException.unprocessable("track[title] is missing");
		}
		FormFile asset = track.file("asset_data");
		if (asset == null) {
			throw ApiException.unprocessable("track[asset_data] is missing: send the audio file as a multipart part");
		}
		if (asset.size() == 0) {
			throw ApiException.unprocessable("track[asset_data] is empty");
		}
		TrackFields fields = TrackFields.read(track, 422);
		Instant now = this.state.clock().instant();
		return this.state.write((store) -> {
			long id = store.tracks().nextId();
			String urn = Urns.of("tracks", id);
			long duration = Math.max(1000, asset.size() * 1000 / AudioBytes.BYTES_PER_SECOND);
			FakeTrack created = fields.applyTo(new FakeTrack(urn, id, title, "", List.of(), null, duration, now,
					"playable", Urns.of("users", store.meId())));
			TrackRow row = new TrackRow(created, defaults());
			row.fields().put("permalink", permalink(store, row, fields, true));
			row.fields().putAll(fields.json());
			artwork(store, row, fields.artwork());
			store.tracks().add(row);
			record(store, form, urn);
			Map<String, @Nullable Object> json = new Render(store, request).track(row, true);
			return Created.response(this.createdResponse.get(), json, String.valueOf(json.get("uri")));
		});
	}

	private ApiResponse update(ApiRequest request, List<String> variables) {
		FormTree form = request.form();
		if (!form.has("track")) {
			throw ApiException.badRequest("track parameters are missing, e.g. track[title]");
		}
		TrackFields fields = TrackFields.read(form.child("track"), 400);
		return this.state.write((store) -> {
			TrackRow row = Lookups.ownTrack(store, variables.get(0));
			row.track(fields.applyTo(row.track()));
			if (fields.permalink() != null) {
				row.fields().put("permalink", permalink(store, row, fields, false));
			}
			row.fields().putAll(fields.json());
			artwork(store, row, fields.artwork());
			record(store, form, row.track().urn());
			return ApiResponse.ok(new Render(store, request).track(row, true));
		});
	}

	private ApiResponse delete(ApiRequest request, List<String> variables) {
		return this.state.write((store) -> {
			store.deleteTrack(Lookups.ownTrack(store, variables.get(0)).id());
			return ApiResponse.status(200, "200 - OK");
		});
	}

	/**
	 * The fields of a new track that the generated ones would otherwise derive.
	 */
	private static Map<String, @Nullable Object> defaults() {
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		for (String name : List.of("artwork_url", "description", "isrc", "key_signature", "label_name",
				"metadata_artist", "purchase_title", "purchase_url", "release", "release_day", "release_month",
				"release_year")) {
			fields.put(name, null);
		}
		fields.put("sharing", "public");
		fields.put("embeddable_by", "all");
		fields.put("license", "all-rights-reserved");
		for (String name : List.of("commentable", "downloadable", "reveal_comments", "reveal_stats", "streamable")) {
			fields.put(name, true);
		}
		return fields;
	}

	/**
	 * The permalink asked for, which must be free among the owner's tracks, or one made
	 * from the title and numbered until it is free.
	 */
	private static String permalink(Store store, TrackRow row, TrackFields fields, boolean fromTitle) {
		List<String> taken = store.tracks()
			.ofUser(row.userId())
			.stream()
			.filter((other) -> other.id() != row.id())
			.map(TrackRow::permalink)
			.toList();
		String wanted = fields.permalink();
		if (wanted != null) {
			if (taken.contains(wanted)) {
				throw fields.invalid("track[permalink] has already been taken");
			}
			return wanted;
		}
		String base = fromTitle ? TextGenerator.slug(row.track().title()) : row.permalink();
		base = base.isEmpty() ? "track-" + row.id() : base;
		String permalink = base;
		for (int n = 1; taken.contains(permalink); n++) {
			permalink = base + "-" + n;
		}
		return permalink;
	}

	private static void artwork(Store store, TrackRow row, @Nullable FormFile artwork) {
		if (artwork != null) {
			row.fields().put("artwork_url", "https://i1.sndcdn.com/artworks-" + Long.toHexString(row.id() * 104729)
					+ "-" + (store.uploads().size() + 1) + "-large.jpg");
		}
	}

	static void record(Store store, FormTree form, String resourceUrn) {
		for (FormFile file : form.files()) {
			store.uploads().add(new FakeUpload(resourceUrn, file.part(), file.filename(), file.contentType(),
					file.size()));
		}
	}

}
