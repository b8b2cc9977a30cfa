package io.github.scapi.soundcloud.paging;

import java.util.List;

import io.github.scapi.soundcloud.SoundCloudException;

import org.springframework.http.HttpMethod;
import org.springframework.util.Assert;

/**
 * Thrown when a {@link SoundCloudCursor} cannot be used: its text was damaged or edited, it
 * belongs to another list or another API, or it is older than the caller accepts. It is
 * always thrown before any request is sent, so a refused cursor costs no rate budget and
 * reads nothing from the wrong list. The message never contains the cursor's text.
 *
 * @author scapi contributors
 */
public class InvalidCursorException extends SoundCloudException {

	private final Reason reason;

	/**
	 * Create an exception.
	 * @param reason why the cursor was refused
	 * @param detail what was wrong, without credentials
	 */
	public InvalidCursorException(Reason reason, String detail) {
		super(0, HttpMethod.GET, null, List.of(), "cursor refused (" + reason + "): " + detail, null);
		Assert.notNull(reason, "'reason' must not be null");
		this.reason = reason;
	}

	/**
	 * Return why the cursor was refused.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * Why a cursor was refused.
	 */
	public enum Reason {

		/** The text is not a cursor of this format: truncated, not base64url, or a missing field. */
		MALFORMED,

		/** The text decodes, but its check value does not match its content: it was edited. */
		TAMPERED,

		/** The cursor was taken from a connector with another base URL. */
		OTHER_API,

		/** The cursor was taken from another list (another path or other filters) of the same API. */
		OTHER_LIST,

		/** The API's cursor inside is older than the maximum age the caller accepts. */
		EXPIRED

	}

}
