package io.github.scapi.soundcloud.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Playlist}.
 *
 * @author scapi contributors
 */
class PlaylistTests {

	@Test
	void mapsNestedTracksAndUserOfPlaylist() {
		Playlist playlist = ModelFixtures.read("playlist-with-tracks.json", Playlist.class);
		assertThat(playlist.user()).isNotNull();
		assertThat(playlist.user().username()).isEqualTo("Harbour Lights");
		assertThat(playlist.user().urn()).isEqualTo(playlist.userUrn());
		assertThat(playlist.tracks()).extracting(Track::urn)
			.containsExactly("soundcloud:tracks:1622001001", "soundcloud:tracks:1622001044");
		Track second = playlist.tracks().get(1);
		assertThat(second.title()).isEqualTo("Bergen Rain");
		assertThat(second.access()).isEqualTo(Access.PREVIEW);
		assertThat(second.createdAt()).isEqualTo(Instant.parse("2023-09-14T17:58:40Z"));
		assertThat(second.user()).isNotNull();
		assertThat(second.user().username()).isEqualTo("mira.kos");
		assertThat(playlist.tracks().get(0).createdAt()).isEqualTo(Instant.parse("2023-09-14T17:55:02Z"));
	}

	@Test
	void mapsEveryDocumentedFieldOfPlaylist() {
		Playlist playlist = ModelFixtures.read("playlist-with-tracks.json", Playlist.class);
		assertThat(playlist.id()).isEqualTo(1733402911L);
		assertThat(playlist.urn()).isEqualTo("soundcloud:playlists:1733402911");
		assertThat(playlist.kind()).isEqualTo("playlist");
		assertThat(playlist.title()).isEqualTo("Crossings, Vol. 2");
		assertThat(playlist.description()).startsWith("Four tracks");
		assertThat(playlist.permalink()).isEqualTo("crossings-vol-2");
		assertThat(playlist.permalinkUrl()).endsWith("/sets/crossings-vol-2");
		assertThat(playlist.uri()).isEqualTo("https://api.soundcloud.com/playlists/soundcloud:playlists:1733402911");
		assertThat(playlist.tracksUri()).endsWith("/tracks");
		assertThat(playlist.artworkUrl()).endsWith("-large.jpg");
		assertThat(playlist.userUrn()).isEqualTo("soundcloud:users:48213377");
		assertThat(playlist.label()).isNull();
		assertThat(playlist.labelId()).isNull();
		assertThat(playlist.labelName()).isEqualTo("Tidal Records");
		assertThat(playlist.createdAt()).isEqualTo(Instant.parse("2023-09-14T18:02:33Z"));
		assertThat(playlist.lastModified()).isEqualTo(Instant.parse("2024-02-01T09:41:07Z"));
		assertThat(playlist.duration()).isEqualTo(831204L);
		assertThat(playlist.trackCount()).isEqualTo(2L);
		assertThat(playlist.likesCount()).isEqualTo(128L);
		assertThat(playlist.genre()).isEqualTo("Electronic");
		assertThat(playlist.tagList()).isEqualTo("ambient \"field recordings\"");
		assertThat(playlist.tags()).isEqualTo("ambient,field recordings");
		assertThat(playlist.sharing()).isEqualTo(Sharing.PUBLIC);
		assertThat(playlist.embeddableBy()).isEqualTo("all");
		assertThat(playlist.license()).isEqualTo("all-rights-reserved");
		assertThat(playlist.playlistType()).isEqualTo("EP");
		assertThat(playlist.type()).isEqualTo("ep");
		assertThat(playlist.ean()).isEqualTo("4061707123457");
		assertThat(playlist.release()).isEqualTo("TR-021");
		assertThat(playlist.releaseDay()).isEqualTo(1);
		assertThat(playlist.releaseMonth()).isEqualTo(2);
		assertThat(playlist.releaseYear()).isEqualTo(2024);
		assertThat(playlist.purchaseTitle()).isNull();
		assertThat(playlist.purchaseUrl()).isNull();
		assertThat(playlist.streamable()).isTrue();
		assertThat(playlist.downloadable()).isFalse();
		assertThat(playlist.extra()).containsOnlyKeys("user_id").containsEntry("user_id", 48213377);
	}

	@Test
	void mapsLabelOfPlaylistToUser() {
		Playlist playlist = ModelFixtures.plainMapper()
			.readValue("{\"label\":{\"urn\":\"soundcloud:users:77\",\"username\":\"Tidal Records\"},\"label_id\":77}",
					Playlist.class);
		assertThat(playlist.label()).isNotNull();
		assertThat(playlist.label().username()).isEqualTo("Tidal Records");
		assertThat(playlist.labelId()).isEqualTo(77L);
	}

	@Test
	void readsPlaylistWithoutTracksAsEmptyList() {
		Playlist playlist = ModelFixtures.plainMapper()
			.readValue("{\"urn\":\"soundcloud:playlists:5\",\"track_count\":12}", Playlist.class);
		assertThat(playlist.tracks()).isNotNull().isEmpty();
		assertThat(playlist.trackCount()).isEqualTo(12L);
	}

	@Test
	void readsNullTracksOfPlaylistAsEmptyList() {
		Playlist playlist = ModelFixtures.plainMapper().readValue("{\"tracks\":null}", Playlist.class);
		assertThat(playlist.tracks()).isEmpty();
	}

	@Test
	void dropsNullEntriesFromTracksOfPlaylist() {
		Playlist playlist = ModelFixtures.plainMapper()
			.readValue("{\"tracks\":[null,{\"urn\":\"soundcloud:tracks:1\"}]}", Playlist.class);
		assertThat(playlist.tracks()).extracting(Track::urn).containsExactly("soundcloud:tracks:1");
	}

	@Test
	void tracksOfPlaylistAreUnmodifiable() {
		Playlist playlist = ModelFixtures.read("playlist-with-tracks.json", Playlist.class);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> playlist.tracks().remove(0));
	}

	@Test
	void readsPlaylistBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Playlist playlist = mapper.readValue(ModelFixtures.json("playlist-with-tracks.json"), Playlist.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(playlist), Playlist.class)).isEqualTo(playlist);
	}

	@Test
	void toStringOfPlaylistCountsTracksInsteadOfListingThem() {
		Playlist playlist = ModelFixtures.read("playlist-with-tracks.json", Playlist.class);
		assertThat(playlist).hasToString("Playlist[urn=soundcloud:playlists:1733402911, id=1733402911, "
				+ "title=Crossings, Vol. 2, user=Harbour Lights, tracks=2]");
	}

}
