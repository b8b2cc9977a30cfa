package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import io.github.scapi.soundcloud.test.FakeDataset;
import io.github.scapi.soundcloud.test.FakeGroup;
import io.github.scapi.soundcloud.test.FakePlaylist;
import io.github.scapi.soundcloud.test.FakeUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic, and the facts documented for users of the fake hold.
 */
class DatasetGeneratorTests {

	@Test
	void generatesTheSameDatasetEveryTime() {
		FakeDataset first = dataset(DatasetGenerator.generate());
		FakeDataset second = dataset(DatasetGenerator.generate());
		assertThat(second.users()).isEqualTo(first.users());
		assertThat(second.tracks()).isEqualTo(first.tracks());
		assertThat(second.playlists()).isEqualTo(first.playlists());
		assertThat(second.groups()).isEqualTo(first.groups());
		for (FakeUser user : first.users()) {
			assertThat(second.followingsOf(user.urn())).isEqualTo(first.followingsOf(user.urn()));
			assertThat(second.likedTracksOf(user.urn())).isEqualTo(first.likedTracksOf(user.urn()));
		}
		assertThat(dataset(Seed.standard()).tracks()).isEqualTo(first.tracks());
	}

	/**
	 * Pins the whole dataset: if this fails, the data changed, and with it what users'
	 * tests may rely on. Change the expected value only together with the documentation.
	 */
	@Test
	void matchesThePublishedDataset() {
		FakeDataset dataset = dataset(Seed.standard());
		StringBuilder text = new StringBuilder();
		dataset.users().forEach((user) -> text.append(user).append(dataset.followingsOf(user.urn())).append('\n'));
		dataset.tracks().forEach((track) -> text.append(track).append('\n'));
		assertThat(sha256(text.toString()))
			.isEqualTo("321d207648749b5c5d9401dec3e209b1bea9818f442861a963b3dfeb12c24f6f");
	}

	@Test
	void hasTheDocumentedShape() {
		FakeDataset dataset = dataset(Seed.standard());
		assertThat(dataset.me().id()).isEqualTo(1001);
		assertThat(dataset.userWithMostTracks().id()).isEqualTo(1007);
		assertThat(dataset.users().stream().filter((user) -> user.trackCount() > 400).map(FakeUser::id))
			.containsExactly(1007L, 1013L, 1029L);
		assertThat(dataset.users().stream().filter((user) -> user.trackCount() == 0).map(FakeUser::id))
			.containsExactly(1005L, 1018L, 1033L, 1047L, 1059L);
		assertThat(dataset.trackCount()).isEqualTo(2653);
		assertThat(dataset.tracks().get(0).title()).isEqualTo("Don't Forget the Mirror");
		assertThat(dataset.playlistCount()).isEqualTo(150);
		assertThat(dataset.playlistsOf("1001")).extracting(FakePlaylist::id)
			.containsExactlyInAnyOrder(700001L, 700002L, 700003L, 700004L, 700005L, 700006L);
		assertThat(dataset.playlist("700014").orElseThrow().trackCount()).isEqualTo(150);
		assertThat(dataset.playlists().stream().filter((playlist) -> playlist.trackCount() == 0)).hasSize(11);
		assertThat(dataset.tracks().stream().mapToInt((track) -> dataset.commentsOf(track.urn()).size()).sum())
			.isEqualTo(2782);
		assertThat(dataset.commentsOf("200001")).hasSize(75);
		assertThat(dataset.commentsOf("200061")).hasSize(130);
		assertThat(dataset.commentsOf("201168")).hasSize(64);
		assertThat(dataset.likedTracksOf("1001")).hasSize(30);
		assertThat(dataset.likedPlaylistsOf("1001")).hasSize(8);
		assertThat(dataset.repostedTracksOf("1001")).hasSize(5);
		assertThat(dataset.repostedPlaylistsOf("1001")).hasSize(2);
		assertThat(dataset.groups()).extracting(FakeGroup::id).containsExactly(101L, 102L, 103L, 104L, 105L, 106L);
	}

	private static FakeDataset dataset(Seed seed) {
		return new LiveDataset(new FakeState(seed, Clock.systemUTC()));
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
