package io.github.scapi.soundcloud.test.internal;

import io.github.scapi.soundcloud.test.FakeUser;

/**
 * Finds the resource a path names, or ends the request: 404 when it is unknown or hidden
 * from the caller, 403 when the caller may see but not change it.
 */
final class Lookups {

	private Lookups() {
	}

	static TrackRow track(Store store, String urnOrId) {
		TrackRow row = store.tracks().row(Urns.parse(urnOrId, "tracks"));
		if (row == null || !store.isVisible(row)) {
			throw ApiException.notFound();
		}
		return row;
	}

	static TrackRow ownTrack(Store store, String urnOrId) {
		TrackRow row = track(store, urnOrId);
		if (row.userId() != store.meId()) {
			throw ApiException.forbidden("only the owner may change " + row.track().urn());
		}
		return row;
	}

	static PlaylistRow playlist(Store store, String urnOrId) {
		PlaylistRow row = store.playlists().row(Urns.parse(urnOrId, "playlists"));
		if (row == null || !store.isVisible(row)) {
			throw ApiException.notFound();
		}
		return row;
	}

	static PlaylistRow ownPlaylist(Store store, String urnOrId) {
		PlaylistRow row = playlist(store, urnOrId);
		if (row.userId() != store.meId()) {
			throw ApiException.forbidden("only the owner may change " + row.urn());
		}
		return row;
	}

	static FakeUser user(Store store, String urnOrId) {
		FakeUser user = store.user(Urns.parse(urnOrId, "users"));
		if (user == null) {
			throw ApiException.notFound();
		}
		return user;
	}

	static GroupData group(Store store, String urnOrId) {
		long id = Urns.parse(urnOrId, "groups");
		return store.groups()
			.stream()
			.filter((group) -> group.id() == id)
			.findFirst()
			.orElseThrow(ApiException::notFound);
	}

}
