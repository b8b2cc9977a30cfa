package io.github.scapi.soundcloud.test.internal;

import java.util.List;

import io.github.scapi.soundcloud.test.FakeTrack;

/**
 * {@code /tracks} (search) and {@code /tracks/{track_urn}}.
 */
final class TrackEndpoints {

	private final InMemoryDataset dataset;

	TrackEndpoints(InMemoryDataset dataset) {
		this.dataset = dataset;
	}

	ApiResponse search(ApiRequest request, List<String> variables) {
		List<FakeTrack> found = this.dataset.tracks().stream().filter(TrackFilter.search(request)).toList();
		return Paging.page(request, found, (track) -> json(track, request));
	}

	ApiResponse track(ApiRequest request, List<String> variables) {
		FakeTrack track = this.dataset.trackById(Urns.parse(variables.get(0), "tracks"));
		if (track == null) {
			throw ApiException.notFound();
		}
		return ApiResponse.ok(json(track, request));
	}

	Object json(FakeTrack track, ApiRequest request) {
		return TrackJson.of(track, this.dataset.ownerOf(track), request.apiBase());
	}

}
