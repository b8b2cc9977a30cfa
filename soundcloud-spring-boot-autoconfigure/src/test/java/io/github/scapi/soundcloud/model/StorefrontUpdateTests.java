package io.github.scapi.soundcloud.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link StorefrontUpdate}, mainly the exact JSON it is sent as.
 *
 * @author scapi contributors
 */
class StorefrontUpdateTests {

	private final JsonMapper mapper = ModelFixtures.plainMapper();

	@Test
	void writesRequiredValuesOnly() {
		StorefrontUpdate update = StorefrontUpdate.of("Download now", StorefrontType.DIGITAL,
				"https://example.com/my-track");
		assertThat(this.mapper.writeValueAsString(update))
			.isEqualTo("{\"title\":\"Download now\",\"type\":\"digital\",\"link\":\"https://example.com/my-track\"}");
	}

	@Test
	void writesEveryValueInSnakeCase() {
		StorefrontUpdate update = StorefrontUpdate.of("Download now", StorefrontType.SAMPLE_PACK,
				"https://example.com/my-track")
			.withLinkTitle("Download")
			.withDescription("Get the track original files for free.")
			.withPrice("0");
		assertThat(this.mapper.writeValueAsString(update)).isEqualTo("{\"title\":\"Download now\","
				+ "\"type\":\"sample_pack\",\"link\":\"https://example.com/my-track\",\"link_title\":\"Download\","
				+ "\"description\":\"Get the track original files for free.\",\"price\":\"0\"}");
	}

	@Test
	void leavesClearedValuesOutEvenWhenMapperIncludesNulls() {
		JsonMapper includingNulls = JsonMapper.builder()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
			.build();
		StorefrontUpdate update = new StorefrontUpdate("LP", StorefrontType.VINYL, "https://shop.example/lp", null,
				"Limited pressing", null);
		assertThat(includingNulls.writeValueAsString(update)).isEqualTo(
				"{\"title\":\"LP\",\"type\":\"vinyl\",\"link\":\"https://shop.example/lp\",\"description\":\"Limited pressing\"}");
	}

	@Test
	void startsFromExistingStorefrontKeepingEveryEditableValue() {
		Storefront current = ModelFixtures.read("storefront.json", Storefront.class);
		StorefrontUpdate update = StorefrontUpdate.from(current).withPrice("5 EUR");
		assertThat(update).isEqualTo(new StorefrontUpdate("Download now", "digital",
				"https://harbourlights.bandcamp.com/track/night-ferry", "Download",
				"Get the track original files for free.", "5 EUR"));
		String json = this.mapper.writeValueAsString(update);
		assertThat(this.mapper.readTree(json).propertyNames()).containsExactly("title", "type", "link", "link_title",
				"description", "price");
		assertThat(json).doesNotContain("image_url").doesNotContain("track_urn").doesNotContain("currency_hint");
	}

	@Test
	void witherReplacesOneValueAndClearsWithNull() {
		StorefrontUpdate update = StorefrontUpdate.of("A", "cd", "https://a.example")
			.withLinkTitle("Buy")
			.withTitle("B")
			.withType("cassette")
			.withLink("https://b.example")
			.withLinkTitle(null);
		assertThat(update).isEqualTo(new StorefrontUpdate("B", "cassette", "https://b.example", null, null, null));
	}

	@Test
	void readsUpdateBackFromItsJson() {
		StorefrontUpdate update = StorefrontUpdate.of("Tickets", StorefrontType.LIVE_EVENT, "https://t.example")
			.withPrice("from 20 EUR");
		assertThat(this.mapper.readValue(this.mapper.writeValueAsString(update), StorefrontUpdate.class))
			.isEqualTo(update);
	}

	@Test
	void rejectsMissingOrBlankRequiredValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> StorefrontUpdate.of(" ", "digital", "https://a.example"))
			.withMessageContaining("title");
		assertThatIllegalArgumentException().isThrownBy(() -> StorefrontUpdate.of("A", "", "https://a.example"))
			.withMessageContaining("type");
	}

	@Test
	void rejectsUpdateJsonWithoutLink() {
		assertThatExceptionOfType(JacksonException.class)
			.isThrownBy(() -> this.mapper.readValue("{\"title\":\"A\",\"type\":\"digital\"}", StorefrontUpdate.class))
			.withMessageContaining("link");
	}

	@Test
	void rejectsStartingFromStorefrontWithoutLink() {
		Storefront incomplete = this.mapper.readValue("{\"title\":\"A\",\"type\":\"digital\"}", Storefront.class);
		assertThatIllegalArgumentException().isThrownBy(() -> StorefrontUpdate.from(incomplete))
			.withMessageContaining("link");
	}

	@Test
	void toStringOfUpdateIsShort() {
		StorefrontUpdate update = StorefrontUpdate.of("Download now", "digital", "https://example.com/my-track")
			.withDescription("A long text")
			.withPrice("0");
		assertThat(update).hasToString("StorefrontUpdate[type=digital, title=Download now, price=0]");
	}

}
