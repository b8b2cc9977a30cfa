package io.github.scapi.soundcloud.it;

import java.util.List;
import java.util.stream.Stream;

import io.github.scapi.soundcloud.model.User;
import io.github.scapi.soundcloud.repository.UserQuery;
import io.github.scapi.soundcloud.repository.UserRepository;
import io.github.scapi.soundcloud.test.AutoConfigureSoundCloudFake;
import io.github.scapi.soundcloud.test.FakeUser;
import io.github.scapi.soundcloud.test.SoundCloudFake;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = FakeApplication.class)
@AutoConfigureSoundCloudFake
class UserRepositoryIntegrationTests {

	@Autowired
	private UserRepository users;

	@Autowired
	private SoundCloudFake fake;

	@RepeatedTest(20)
	void findsTheAuthenticatedUserEveryTime() {
		User me = this.users.findMe();
		FakeUser expected = this.fake.dataset().me();
		assertThat(me.urn()).isEqualTo(expected.urn());
		assertThat(me.username()).isEqualTo(expected.username());
		assertThat(me.trackCount()).isEqualTo(expected.trackCount());
	}

	@Test
	void findsAUserByNumericId() {
		FakeUser expected = this.fake.dataset().users().get(5);
		assertThat(this.users.findById(Long.toString(expected.id()))).get()
			.extracting(User::urn)
			.isEqualTo(expected.urn());
		assertThat(this.users.findById("soundcloud:users:1")).isEmpty();
	}

	@Test
	void listsFollowingsAndFollowersAsUsers() {
		String me = this.fake.dataset().meUrn();
		List<String> followings;
		try (Stream<User> stream = this.users.streamFollowings(me)) {
			followings = stream.map(User::urn).toList();
		}
		assertThat(followings).isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(
					this.fake.dataset().followingsOf(me).stream().map(FakeUser::urn).toList());
		FakeUser popular = this.fake.dataset()
			.users()
			.stream()
			.max(java.util.Comparator.comparingInt(FakeUser::followersCount))
			.orElseThrow();
		Slice<User> firstFollowers = this.users.findFollowers(popular.urn(), PageRequest.of(0, 10));
		assertThat(firstFollowers.getContent()).hasSize(Math.min(10, popular.followersCount()));
		assertThat(firstFollowers.hasNext()).isEqualTo(popular.followersCount() > 10);
	}

	@Test
	void searchesUsersByText() {
		FakeUser someone = this.fake.dataset().users().get(12);
		Slice<User> found = this.users.search(UserQuery.text(someone.username()), PageRequest.of(0, 50));
		assertThat(found.getContent()).extracting(User::urn).contains(someone.urn());
	}

}
