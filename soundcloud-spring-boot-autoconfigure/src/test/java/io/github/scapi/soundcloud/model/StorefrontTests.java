package io.github.scapi.soundcloud.model;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Storefront}.
 *
 * @author scapi contributors
 */
class StorefrontTests {

	@Test
	void mapsStorefront() {
		Storefront storefront = ModelFixtures.read("storefront.json", Storefront.class);
		assertThat(storefront.trackUrn()).isEqualTo("soundcloud:tracks:1495999657");
		assertThat(storefront.title()).isEqualTo("Download now");
		assertThat(storefront.type()).isEqualTo(StorefrontType.DIGITAL);
		assertThat(storefront.link()).isEqualTo("https://harbourlights.bandcamp.com/track/night-ferry");
		assertThat(storefront.linkTitle()).isEqualTo("Download");
		assertThat(storefront.description()).isEqualTo("Get the track original files for free.");
		assertThat(storefront.imageUrl()).endsWith("-t500x500.jpg");
		assertThat(storefront.price()).isEqualTo("0");
	}

	@Test
	void mapsStorefrontWithClearedOptionalValues() {
		Storefront storefront = ModelFixtures.plainMapper()
			.readValue("{\"track_urn\":\"soundcloud:tracks:1\",\"title\":\"LP\",\"type\":\"vinyl\","
					+ "\"link\":\"https://shop.example/lp\",\"link_title\":null,\"description\":null,"
					+ "\"image_url\":null,\"price\":null}", Storefront.class);
		assertThat(storefront.type()).isEqualTo(StorefrontType.VINYL);
		assertThat(storefront.linkTitle()).isNull();
		assertThat(storefront.price()).isNull();
		assertThat(storefront.extra()).isEmpty();
	}

	@Test
	void writesStorefrontBackAsTheApiSentIt() {
		// its unknown fields ("currency_hint") are checked in UnknownFieldsTests
		JsonMapper mapper = ModelFixtures.plainMapper();
		Storefront storefront = mapper.readValue(ModelFixtures.json("storefront.json"), Storefront.class);
		assertThat(mapper.readTree(mapper.writeValueAsString(storefront)))
			.isEqualTo(mapper.readTree(ModelFixtures.json("storefront.json")));
	}

	@Test
	void readsStorefrontBackUnchangedAfterWritingIt() {
		JsonMapper mapper = ModelFixtures.plainMapper();
		Storefront storefront = mapper.readValue(ModelFixtures.json("storefront.json"), Storefront.class);
		assertThat(mapper.readValue(mapper.writeValueAsString(storefront), Storefront.class)).isEqualTo(storefront);
	}

	@Test
	void toStringOfStorefrontLeavesAddressesOut() {
		Storefront storefront = ModelFixtures.read("storefront.json", Storefront.class);
		assertThat(storefront).hasToString(
				"Storefront[trackUrn=soundcloud:tracks:1495999657, type=digital, title=Download now, price=0]");
	}

}
