package io.github.scapi.soundcloud.test.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * {@code PUT /tracks/{track_urn}/storefront}: replaces the whole storefront of one of the
 * caller's tracks (others get a 403), as the spec describes. The fake does not model
 * creator subscriptions: every owner may set one.
 */
final class StorefrontEndpoint {

	private static final Set<String> TYPES = Set.of("digital", "vinyl", "cd", "cassette", "apparel", "sample_pack",
			"subscription", "live_event", "live_stream", "other");

	private final FakeState state;

	StorefrontEndpoint(FakeState state) {
		this.state = state;
	}

	List<Route> routes() {
		return List.of(Route.of("PUT", "/tracks/*/storefront", this::update));
	}

	private ApiResponse update(ApiRequest request, List<String> variables) {
		FormTree form = request.form();
		Map<String, @Nullable Object> storefront = new LinkedHashMap<>();
		storefront.put("title", text(form, "title", 100, true));
		String type = text(form, "type", 20, true);
		if (!TYPES.contains(type)) {
			throw ApiException.badRequest("type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
		}
		storefront.put("type", type);
		String link = text(form, "link", 255, true);
		if (!isHttpUrl(link)) {
			throw ApiException.badRequest("link must be an http(s) URL");
		}
		storefront.put("link", link);
		storefront.put("link_title", text(form, "link_title", 50, false));
		storefront.put("description", text(form, "description", 500, false));
		storefront.put("image_url", null);
		storefront.put("price", text(form, "price", 20, false));
		return this.state.write((store) -> {
			TrackRow row = Lookups.ownTrack(store, variables.get(0));
			Map<String, @Nullable Object> body = new LinkedHashMap<>();
			body.put("track_urn", row.track().urn());
			body.putAll(storefront);
			row.storefront(body);
			return ApiResponse.ok(body);
		});
	}

	private static @Nullable String text(FormTree form, String name, int maxLength, boolean required) {
		String value = form.text(name);
		if (value == null || value.isBlank()) {
			if (required) {
				throw ApiException.badRequest(name + " is required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			throw ApiException.badRequest(name + " must be at most " + maxLength + " characters");
		}
		return value;
	}

	private static boolean isHttpUrl(@Nullable String link) {
		try {
			URI uri = URI.create(String.valueOf(link));
			return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
