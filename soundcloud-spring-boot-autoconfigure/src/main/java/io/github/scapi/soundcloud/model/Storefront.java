package io.github.scapi.soundcloud.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The storefront of a track (the "Artist Storefront" or buy module shown on the track
 * page), as returned by {@code PUT /tracks/{urn}/storefront}. The storefront only links to
 * an external shop: SoundCloud processes no payment, and {@code price} is display text.
 * <p>
 * An update replaces the whole storefront, so to change one value start from
 * {@link StorefrontUpdate#from(Storefront)}, which carries every other value over.
 *
 * @param trackUrn the URN of the track the storefront belongs to
 * @param title the card title shown on the storefront module, e.g. "Download now"
 * @param type what kind of item is offered, e.g. {@code digital} or {@code vinyl} (see
 * {@link StorefrontType})
 * @param link the external address the storefront button opens
 * @param linkTitle the label of the storefront button, if one was set
 * @param description the description shown on the storefront module, if one was set
 * @param imageUrl the image shown on the storefront module; read-only, managed on
 * soundcloud.com
 * @param price the price text shown next to the item type, if one was set; display only
 * @param extra every property of the JSON object that has no component above, kept so
 * that it is written back on serialisation; empty when there are none
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Storefront(
		@Nullable String trackUrn,
		@Nullable String title,
		@Nullable String type,
		@Nullable String link,
		@Nullable String linkTitle,
		@Nullable String description,
		@Nullable String imageUrl,
		@Nullable String price,
		@JsonProperty(ModelSupport.UNKNOWN_FIELDS) @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> extra) {

	public Storefront {
		// Jackson may hand over null or a map it still owns; a private unmodifiable copy keeps
		// the record immutable and spares callers null checks.
		extra = ModelSupport.map(extra);
	}

	/**
	 * Summarise the storefront by track, type, title and price. Addresses and the
	 * description are left out to keep the line short.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("Storefront", "trackUrn", this.trackUrn, "type", this.type, "title", this.title,
				"price", this.price);
	}

}
