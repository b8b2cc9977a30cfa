package io.github.scapi.soundcloud.test.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.github.scapi.soundcloud.test.FakeUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is deterministic, and the facts documented for users of the fake hold.
 */
class DatasetGeneratorTests {

	@Test
	void generatesTheSameDatasetEveryTime() {
		InMemoryDataset first = DatasetGenerator.generate();
		InMemoryDataset second = DatasetGenerator.generate();
		assertThat(second.users()).isEqualTo(first.users());
		assertThat(second.tracks()).isEqualTo(first.tracks());
		for (FakeUser user : first.users()) {
			assertThat(second.followingsOf(user.urn())).isEqualTo(first.followingsOf(user.urn()));
		}
		assertThat(InMemoryDataset.standard().tracks()).isEqualTo(first.tracks());
	}

	/**
	 * Pins the whole dataset: if this fails, the data changed, and with it what users'
	 * tests may rely on. Change the expected value only together with the documentation.
	 */
	@Test
	void matchesThePublishedDataset() {
		InMemoryDataset dataset = InMemoryDataset.standard();
		StringBuilder text = new StringBuilder();
		dataset.users().forEach((user) -> text.append(user).append(dataset.followingsOf(user.urn())).append('\n'));
		dataset.tracks().forEach((track) -> text.append(track).append('\n'));
		assertThat(sha256(text.toString()))
			.isEqualTo("321d207648749b5c5d9401dec3e209b1bea9818f442861a963b3dfeb12c24f6f");
	}

	@Test
	void hasTheDocumentedShape() {
		InMemoryDataset dataset = InMemoryDataset.standard();
		assertThat(dataset.me().id()).isEqualTo(1001);
		assertThat(dataset.userWithMostTracks().id()).isEqualTo(1007);
		assertThat(dataset.users().stream().filter((user) -> user.trackCount() > 400).map(FakeUser::id))
			.containsExactly(1007L, 1013L, 1029L);
		assertThat(dataset.users().stream().filter((user) -> user.trackCount() == 0).map(FakeUser::id))
			.containsExactly(1005L, 1018L, 1033L, 1047L, 1059L);
		assertThat(dataset.trackCount()).isEqualTo(2653);
		assertThat(dataset.tracks().get(0).title()).isEqualTo("Don't Forget the Mirror");
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
