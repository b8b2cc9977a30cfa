package io.github.scapi.soundcloud.paging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.util.Assert;

/**
 * A position in a SoundCloud list that survives the process: the API's cursor of a page,
 * the number of items of that page already read, and the list it belongs to, as an opaque,
 * URL-safe string.
 *
 * <pre class="code">
 * String saved = SoundCloudCursor.of(slice.nextPageable()).toString();
 * // later, in another process
 * Slice&lt;Track&gt; next = tracks.findByUser(urn, SoundCloudCursor.parse(saved).toPageable());
 * </pre>
 *
 * <p>The string holds no credentials: user info and every parameter that may carry one
 * ({@code client_id}, {@code oauth_*}, {@code secret_token}, ...) are removed from the API's
 * URLs before they are kept, and a resumed request gets its credentials from the connector
 * like any other. It is bound to its list (base URL, path and filters): a repository method
 * of another list, or a connector with another base URL, refuses it with
 * {@link InvalidCursorException} before any request. It ends with a check value (HMAC-SHA256
 * under a key fixed by the format, so that it works in every process and after every
 * restart), which makes damage and edits by hand evident; it is not a signature against
 * someone who knows the format, and need not be: whatever a cursor says is checked again
 * before it is followed (same API, same list, a page of at most 200 items).
 *
 * <p>SoundCloud documents no lifetime for its {@code next_href} cursors. A cursor records
 * when the API issued the one it holds; {@link #checkAge(Duration, Clock)} refuses one older
 * than the age an application accepts. A cursor the API itself no longer honours fails on
 * its first request with the API's error.
 *
 * @author scapi contributors
 * @see SoundCloudWalk
 */
public final class SoundCloudCursor {

	private static final String PREFIX = "sc1.";

	/** The key of the check value: public by design, see the class documentation. */
	private static final byte[] CHECK_KEY = "io.github.scapi.soundcloud.paging.SoundCloudCursor/1"
		.getBytes(StandardCharsets.US_ASCII);

	private static final int CHECK_LENGTH = 16;

	private static final int FIELDS = 8;

	/** A bound on the text, so that a hostile value cannot make parsing costly. */
	private static final int MAX_LENGTH = 8192;

	private static final int MAX_PAGE_SIZE = 200;

	private final String list;

	private final @Nullable String href;

	private final int page;

	private final int size;

	private final int offset;

	private final Instant issuedAt;

	private final boolean complete;

	private SoundCloudCursor(String list, @Nullable String href, int page, int size, int offset, Instant issuedAt,
			boolean complete) {
		this.list = list;
		this.href = href;
		this.page = page;
		this.size = size;
		this.offset = offset;
		this.issuedAt = Instant.ofEpochSecond(issuedAt.getEpochSecond());
		this.complete = complete;
	}

	/**
	 * Return the cursor of a page, as {@link CursorSlice#nextPageable()} returns it: nothing
	 * of that page has been read.
	 * @param pageable a {@link CursorPageable} bound to a list
	 * @return the cursor
	 * @throws IllegalArgumentException if the pageable is not a SoundCloud pageable bound to a
	 * list (for example {@code Pageable.unpaged()} after the last page)
	 */
	public static SoundCloudCursor of(Pageable pageable) {
		return of(pageable, 0, Instant.now());
	}

	/**
	 * Return the cursor of an item within a page.
	 * @param pageable the page, a {@link CursorPageable} bound to a list
	 * @param offset how many items of that page have been read
	 * @param issuedAt when the API issued the page's cursor (when the page before it arrived)
	 * @return the cursor
	 * @throws IllegalArgumentException if the pageable is not bound to a list or the offset is
	 * out of range
	 */
	public static SoundCloudCursor of(Pageable pageable, int offset, Instant issuedAt) {
		Assert.notNull(pageable, "'pageable' must not be null");
		Assert.notNull(issuedAt, "'issuedAt' must not be null");
		Assert.isTrue(pageable instanceof CursorPageable cursor && cursor.getList().isPresent(),
				"'pageable' must be the pageable of a SoundCloud list, as CursorSlice.nextPageable() returns it");
		CursorPageable cursor = (CursorPageable) pageable;
		Assert.isTrue(offset >= 0 && offset <= cursor.getPageSize(),
				() -> "'offset' must be between 0 and the page size " + cursor.getPageSize());
		Assert.isTrue(cursor.getCursor().isPresent() || cursor.getPageNumber() == 0,
				"'pageable' must carry the API's cursor, or be a list's first page");
		String href = cursor.getCursor().map(CursorCredentials::strip).orElse(null);
		Assert.isTrue(href == null || href.indexOf('\n') < 0, "The API's cursor must not contain a line break");
		return new SoundCloudCursor(cursor.getList().get(), href, cursor.getPageNumber(), cursor.getPageSize(),
				offset, issuedAt, false);
	}

	/**
	 * Return the cursor of a list that has been read to its end: resuming it reads nothing.
	 * @param listUrl the list, as {@link CursorSlice#getList()} returns it
	 * @param page the number of the list's last page
	 * @param size the page size
	 * @return the cursor
	 */
	public static SoundCloudCursor complete(String listUrl, int page, int size) {
		Assert.hasText(listUrl, "'listUrl' must not be empty");
		return new SoundCloudCursor(CursorCredentials.strip(listUrl), null, page, size, 0, Instant.EPOCH, true);
	}

	/**
	 * Read a cursor from its string form.
	 * @param text what {@link #toString()} returned
	 * @return the cursor
	 * @throws InvalidCursorException ({@link InvalidCursorException.Reason#MALFORMED MALFORMED}
	 * or {@link InvalidCursorException.Reason#TAMPERED TAMPERED}) if the text is not an intact
	 * cursor
	 */
	public static SoundCloudCursor parse(String text) {
		if (text == null || text.length() > MAX_LENGTH || !text.startsWith(PREFIX)) {
			throw malformed("not a cursor of this format");
		}
		String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
		if (parts.length != 2) {
			throw malformed("not a cursor of this format");
		}
		byte[] payload;
		byte[] check;
		try {
			payload = Base64.getUrlDecoder().decode(parts[0]);
			check = Base64.getUrlDecoder().decode(parts[1]);
		}
		catch (IllegalArgumentException ex) {
			throw malformed("not base64url");
		}
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		// the decoder ignores the unused low bits of a last character: an edit there, which
		// decodes to the same bytes, must not go unnoticed either
		boolean canonical = encoder.encodeToString(payload).equals(parts[0])
				&& encoder.encodeToString(check).equals(parts[1]);
		if (!canonical || !MessageDigest.isEqual(check, check(payload))) {
			throw new InvalidCursorException(InvalidCursorException.Reason.TAMPERED,
					"its check value does not match its content; it was damaged or edited");
		}
		return decode(new String(payload, StandardCharsets.UTF_8));
	}

	private static SoundCloudCursor decode(String payload) {
		String[] fields = payload.split("\n", -1);
		if (fields.length != FIELDS || !fields[0].equals("v1")) {
			throw malformed("unknown version or missing fields");
		}
		String list = fields[1];
		String href = fields[2].isEmpty() ? null : fields[2];
		int page = number(fields[3], 0, Integer.MAX_VALUE);
		int size = number(fields[4], 1, MAX_PAGE_SIZE);
		int offset = number(fields[5], 0, size);
		long issued = number(fields[6], 0, Long.MAX_VALUE);
		boolean complete = fields[7].equals("1");
		if (!complete && !fields[7].equals("0")) {
			throw malformed("bad completion flag");
		}
		checkUrl(list);
		if (href != null) {
			checkUrl(href);
		}
		return new SoundCloudCursor(list, href, page, size, offset, Instant.ofEpochSecond(issued), complete);
	}

	private static void checkUrl(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw malformed("a URL in it is not valid");
		}
		if (!uri.isAbsolute() || !CursorCredentials.strip(url).equals(url)) {
			throw malformed("a URL in it is not an absolute URL without credentials");
		}
	}

	private static int number(String text, int min, int max) {
		return (int) number(text, min, (long) max);
	}

	private static long number(String text, long min, long max) {
		if (!text.matches("[0-9]{1,19}")) {
			throw malformed("a number in it is not valid");
		}
		long value;
		try {
			value = Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw malformed("a number in it is out of range");
		}
		if (value < min || value > max) {
			throw malformed("a number in it is out of range");
		}
		return value;
	}

	private static InvalidCursorException malformed(String detail) {
		return new InvalidCursorException(InvalidCursorException.Reason.MALFORMED, detail);
	}

	private static byte[] check(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(CHECK_KEY, "HmacSHA256"));
			return Arrays.copyOf(mac.doFinal(payload), CHECK_LENGTH);
		}
		catch (GeneralSecurityException ex) {
			// every Java platform has HmacSHA256
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Return the pageable of the page this cursor is in, bound to its list: pass it to the
	 * list's repository method (or {@code scope.list(...)}) to fetch that page, then skip
	 * {@link #getOffset()} items.
	 * @return the pageable
	 * @throws IllegalStateException if the list was read to its end
	 */
	public CursorPageable toPageable() {
		Assert.state(!this.complete, "The list was read to its end; there is no page to fetch");
		CursorPageable pageable = (this.href != null) ? CursorPageable.of(this.page, this.size, this.href)
				: CursorPageable.first(this.size);
		return pageable.withList(this.list);
	}

	/**
	 * Return the list this cursor belongs to.
	 * @return the URL of the list's first page without paging parameters or credentials
	 */
	public String getList() {
		return this.list;
	}

	/**
	 * Return the API's cursor URL of the page, without credentials.
	 * @return the URL, or empty for the list's first page or a list read to its end
	 */
	public Optional<String> getHref() {
		return Optional.ofNullable(this.href);
	}

	/**
	 * Return the zero-based number of the page.
	 * @return the page number
	 */
	public int getPageNumber() {
		return this.page;
	}

	/**
	 * Return the page size the list is read with.
	 * @return the items per page
	 */
	public int getPageSize() {
		return this.size;
	}

	/**
	 * Return how many items of the page have been read: resuming skips them.
	 * @return the offset within the page
	 */
	public int getOffset() {
		return this.offset;
	}

	/**
	 * Return when the API issued the page's cursor, to the second.
	 * @return the time the page's cursor was received
	 */
	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	/**
	 * Return whether the list was read to its end.
	 * @return {@code true} if resuming reads nothing
	 */
	public boolean isComplete() {
		return this.complete;
	}

	/**
	 * Refuse this cursor if the API's cursor in it is older than an application accepts. A
	 * list's first page has no API cursor and never expires.
	 * @param maxAge the oldest API cursor to accept
	 * @param clock the clock to compare with
	 * @return this cursor
	 * @throws InvalidCursorException ({@link InvalidCursorException.Reason#EXPIRED EXPIRED})
	 * if it is older
	 */
	public SoundCloudCursor checkAge(Duration maxAge, Clock clock) {
		Assert.notNull(maxAge, "'maxAge' must not be null");
		Assert.notNull(clock, "'clock' must not be null");
		if (this.href != null && !this.complete && this.issuedAt.plus(maxAge).isBefore(clock.instant())) {
			throw new InvalidCursorException(InvalidCursorException.Reason.EXPIRED, "the API issued it at "
					+ this.issuedAt + ", more than " + maxAge + " before " + clock.instant());
		}
		return this;
	}

	/**
	 * Return the opaque, URL-safe string form ({@code A-Z a-z 0-9 - _ .}), which
	 * {@link #parse(String)} reads back.
	 */
	@Override
	public String toString() {
		String payload = String.join("\n", "v1", this.list, (this.href != null) ? this.href : "",
				Integer.toString(this.page), Integer.toString(this.size), Integer.toString(this.offset),
				Long.toString(this.issuedAt.getEpochSecond()), this.complete ? "1" : "0");
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
		return PREFIX + encoder.encodeToString(bytes) + "." + encoder.encodeToString(check(bytes));
	}

	@Override
	public boolean equals(@Nullable Object obj) {
		return (obj instanceof SoundCloudCursor other) && this.list.equals(other.list)
				&& Objects.equals(this.href, other.href) && this.page == other.page && this.size == other.size
				&& this.offset == other.offset && this.issuedAt.equals(other.issuedAt)
				&& this.complete == other.complete;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.list, this.href, this.page, this.size, this.offset, this.issuedAt, this.complete);
	}

}
