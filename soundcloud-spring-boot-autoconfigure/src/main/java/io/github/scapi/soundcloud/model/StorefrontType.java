package io.github.scapi.soundcloud.model;

/**
 * Values of the storefront {@code type} field known today: what kind of item a track's
 * storefront offers. The field stays a {@code String} on {@link Storefront} and
 * {@link StorefrontUpdate} because SoundCloud may add types; these constants only name the
 * ones documented now.
 *
 * @author scapi contributors
 */
public final class StorefrontType {

	/**
	 * A digital download.
	 */
	public static final String DIGITAL = "digital";

	/**
	 * A vinyl record.
	 */
	public static final String VINYL = "vinyl";

	/**
	 * A compact disc.
	 */
	public static final String CD = "cd";

	/**
	 * A cassette tape.
	 */
	public static final String CASSETTE = "cassette";

	/**
	 * Clothing or other merchandise.
	 */
	public static final String APPAREL = "apparel";

	/**
	 * A pack of samples for producers.
	 */
	public static final String SAMPLE_PACK = "sample_pack";

	/**
	 * A subscription, e.g. to a fan club or a label's releases.
	 */
	public static final String SUBSCRIPTION = "subscription";

	/**
	 * A ticket to a concert or other event.
	 */
	public static final String LIVE_EVENT = "live_event";

	/**
	 * Access to a live stream.
	 */
	public static final String LIVE_STREAM = "live_stream";

	/**
	 * Anything else.
	 */
	public static final String OTHER = "other";

	private StorefrontType() {
	}

}
