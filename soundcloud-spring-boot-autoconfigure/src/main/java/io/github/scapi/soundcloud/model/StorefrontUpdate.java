package io.github.scapi.soundcloud.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code PUT /tracks/{urn}/storefront}, which creates or updates the
 * storefront (the "Artist Storefront" or buy module) of a track. It is written as the
 * API's snake_case JSON with {@code null} components left out:
 * <pre>{@code
 * {"title":"Download now","type":"digital","link":"https://example.com/my-track","price":"0"}
 * }</pre>
 * <p>
 * The request <em>replaces</em> the whole storefront: an optional value that is left out
 * is cleared on the server. To change a single value of an existing storefront, start from
 * it so that everything else is sent again:
 * <pre>{@code
 * StorefrontUpdate update = StorefrontUpdate.from(current).withPrice("5 EUR");
 * }</pre>
 * A new storefront starts from {@link #of(String, String, String)}. The lengths given
 * below are the API's limits; they are left to the server to enforce. SoundCloud answers
 * 403 when the caller does not own the track or lacks a creator subscription that
 * includes external purchase options.
 *
 * @param title the card title shown on the storefront module, at most 100 characters;
 * required
 * @param type what kind of item is offered, e.g. {@code digital} or {@code vinyl} (see
 * {@link StorefrontType}); required
 * @param link the external http(s) address the storefront button opens, at most 255
 * characters; required
 * @param linkTitle the label of the storefront button, at most 50 characters;
 * {@code null} clears it
 * @param description the description shown on the storefront module, at most 500
 * characters; {@code null} clears it
 * @param price the price text shown next to the item type, at most 20 characters;
 * display only, SoundCloud processes no payment; {@code null} clears it
 * @author scapi contributors
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StorefrontUpdate(
		String title,
		String type,
		String link,
		@Nullable String linkTitle,
		@Nullable String description,
		@Nullable String price) {

	public StorefrontUpdate {
		// The API rejects a storefront without these, and a request that fails in the
		// constructor is easier to trace than a 400 from the server.
		required(title, "title");
		required(type, "type");
		required(link, "link");
	}

	/**
	 * Start a storefront with the required values only; the optional ones can be added
	 * with {@link #withLinkTitle(String)}, {@link #withDescription(String)} and
	 * {@link #withPrice(String)}.
	 * @param title the card title shown on the storefront module
	 * @param type what kind of item is offered (see {@link StorefrontType})
	 * @param link the external http(s) address the storefront button opens
	 * @return the update
	 * @throws IllegalArgumentException if a value is {@code null} or blank
	 */
	public static StorefrontUpdate of(String title, String type, String link) {
		return new StorefrontUpdate(title, type, link, null, null, null);
	}

	/**
	 * Start from an existing storefront, carrying every value over, so that changing one
	 * value does not clear the others. The read-only {@code imageUrl} and the track URN are
	 * not part of an update and are dropped.
	 * @param storefront the storefront as returned by the API
	 * @return the update
	 * @throws IllegalArgumentException if the storefront lacks its title, type or link
	 */
	public static StorefrontUpdate from(Storefront storefront) {
		return new StorefrontUpdate(required(storefront.title(), "title"), required(storefront.type(), "type"),
				required(storefront.link(), "link"), storefront.linkTitle(), storefront.description(),
				storefront.price());
	}

	/**
	 * Return a copy with another card title.
	 * @param title the card title
	 * @return the new update
	 */
	public StorefrontUpdate withTitle(String title) {
		return new StorefrontUpdate(title, this.type, this.link, this.linkTitle, this.description, this.price);
	}

	/**
	 * Return a copy with another item type.
	 * @param type the item type (see {@link StorefrontType})
	 * @return the new update
	 */
	public StorefrontUpdate withType(String type) {
		return new StorefrontUpdate(this.title, type, this.link, this.linkTitle, this.description, this.price);
	}

	/**
	 * Return a copy with another link.
	 * @param link the external http(s) address the button opens
	 * @return the new update
	 */
	public StorefrontUpdate withLink(String link) {
		return new StorefrontUpdate(this.title, this.type, link, this.linkTitle, this.description, this.price);
	}

	/**
	 * Return a copy with another button label.
	 * @param linkTitle the label, or {@code null} to clear it
	 * @return the new update
	 */
	public StorefrontUpdate withLinkTitle(@Nullable String linkTitle) {
		return new StorefrontUpdate(this.title, this.type, this.link, linkTitle, this.description, this.price);
	}

	/**
	 * Return a copy with another description.
	 * @param description the description, or {@code null} to clear it
	 * @return the new update
	 */
	public StorefrontUpdate withDescription(@Nullable String description) {
		return new StorefrontUpdate(this.title, this.type, this.link, this.linkTitle, description, this.price);
	}

	/**
	 * Return a copy with another price text.
	 * @param price the price text, or {@code null} to clear it
	 * @return the new update
	 */
	public StorefrontUpdate withPrice(@Nullable String price) {
		return new StorefrontUpdate(this.title, this.type, this.link, this.linkTitle, this.description, price);
	}

	/**
	 * Summarise the update by type, title and price; the link and the description are
	 * left out to keep the line short.
	 * @return a one-line summary
	 */
	@Override
	public String toString() {
		return ModelSupport.summary("StorefrontUpdate", "type", this.type, "title", this.title, "price", this.price);
	}

	private static String required(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Storefront " + name + " must not be null or blank");
		}
		return value;
	}

}
