package io.github.scapi.soundcloud.model;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link User}, covering both the public profile and the {@code /me} form.
 *
 * @author scapi contributors
 */
class UserTests {

	@Test
	void mapsPublicProfileOfUser() {
		User user = ModelFixtures.read("user.json", User.class);
		assertThat(user.id()).isEqualTo(5502917L);
		assertThat(user.urn()).isEqualTo("soundcloud:users:5502917");
		assertThat(user.kind()).isEqualTo("user");
		assertThat(user.username()).isEqualTo("mira.kos");
		assertThat(user.permalink()).isEqualTo("mirakos");
		assertThat(user.permalinkUrl()).isEqualTo("https://soundcloud.com/mirakos");
		assertThat(user.uri()).isEqualTo("https://api.soundcloud.com/users/soundcloud:users:5502917");
		assertThat(user.avatarUrl()).endsWith("-large.jpg");
		assertThat(user.firstName()).isEqualTo("Mira");
		assertThat(user.lastName()).isEqualTo("Kos");
		assertThat(user.fullName()).isEqualTo("Mira Kos");
		assertThat(user.description()).startsWith("Vocals");
		assertThat(user.city()).isEqualTo("Ljubljana");
		assertThat(user.country()).isEqualTo("Slovenia");
		assertThat(user.discogsName()).isEqualTo("Mira Kos (2)");
		assertThat(user.website()).isEqualTo("https://mirakos.example");
		assertThat(user.websiteTitle()).isEqualTo("mirakos.example");
		assertThat(user.plan()).isEqualTo("Pro Unlimited");
		assertThat(user.createdAt()).isEqualTo(Instant.parse("2011-06-19T17:04:55Z"));
		assertThat(user.lastModified()).isEqualTo(Instant.parse("2025-01-08T12:30:00Z"));
		assertThat(user.followersCount()).isEqualTo(20418L);
		assertThat(user.followingsCount()).isEqualTo(388L);
		assertThat(user.playlistCount()).isEqualTo(9L);
		assertThat(user.trackCount()).isEqualTo(74L);
		assertThat(user.publicFavoritesCount()).isEqualTo(1204L);
		assertThat(user.repostsCount()).isEqualTo(61L);
	}

	@Test
	void mapsSubscriptionsOfUserToTypedRecords() {
		User user = ModelFixtures.read("user.json", User.class);
		assertThat(user.subscriptions()).hasSize(1);
		User.Subscription subscription = user.subscriptions().get(0);
		assertThat(subscription.recurring()).isTrue();
		assertThat(subscription.product()).isNotNull();
		assertThat(subscription.product().id()).isEqualTo("creator-pro-unlimited");
		assertThat(subscription.product().name()).isEqualTo("Pro Unlimited");
		assertThat(subscription.extra()).isEmpty();
	}

	@Test
	void leavesFieldsOnlyMeHasNullOnPublicProfile() {
		User user = ModelFixtures.read("user.json", User.class);
		assertThat(user.quota()).isNull();
		assertThat(user.locale()).isNull();
		assertThat(user.online()).isNull();
		assertThat(user.primaryEmailConfirmed()).isNull();
		assertThat(user.privateTracksCount()).isNull();
		assertThat(user.privatePlaylistsCount()).isNull();
		assertThat(user.likesCount()).isNull();
		assertThat(user.uploadSecondsLeft()).isNull();
	}

	@Test
	void mapsMeWithQuotaAndPrivateCounts() {
		User me = ModelFixtures.read("me.json", User.class);
		assertThat(me.urn()).isEqualTo("soundcloud:users:48213377");
		assertThat(me.createdAt()).isEqualTo(Instant.parse("2013-03-23T14:58:27Z"));
		assertThat(me.lastModified()).isEqualTo(Instant.parse("2024-11-02T08:15:42Z"));
		assertThat(me.online()).isFalse();
		assertThat(me.locale()).isEqualTo("de");
		assertThat(me.primaryEmailConfirmed()).isTrue();
		assertThat(me.likesCount()).isEqualTo(655L);
		assertThat(me.privateTracksCount()).isEqualTo(6L);
		assertThat(me.privatePlaylistsCount()).isEqualTo(2L);
		assertThat(me.uploadSecondsLeft()).isEqualTo(3216L);
		assertThat(me.description()).isNull();
		assertThat(me.subscriptions()).isEmpty();
		User.Quota quota = me.quota();
		assertThat(quota).isNotNull();
		assertThat(quota.unlimitedUploadQuota()).isFalse();
		assertThat(quota.uploadSecondsUsed()).isEqualTo(7584L);
		assertThat(quota.uploadSecondsLeft()).isEqualTo(3216L);
	}

	@Test
	void readsAbsentSubscriptionsOfUserAsEmptyUnmodifiableList() {
		User user = ModelFixtures.plainMapper().readValue("{\"username\":\"x\"}", User.class);
		assertThat(user.subscriptions()).isEmpty();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> user.subscriptions().add(new User.Subscription(null, null, null)));
	}

	@Test
	void readsMeBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		User me = mapper.readValue(ModelFixtures.json("me.json"), User.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(me), User.class)).isEqualTo(me);
	}

	@Test
	void toStringOfUserNamesItWithoutProfileDetails() {
		User me = ModelFixtures.read("me.json", User.class);
		assertThat(me).hasToString("User[urn=soundcloud:users:48213377, id=48213377, username=Harbour Lights]");
		assertThat(me.quota())
			.hasToString("Quota[unlimitedUploadQuota=false, uploadSecondsUsed=7584, uploadSecondsLeft=3216]");
		User user = ModelFixtures.read("user.json", User.class);
		assertThat(user.subscriptions().get(0))
			.hasToString("Subscription[product=Product[id=creator-pro-unlimited, name=Pro Unlimited], recurring=true]");
	}

}
