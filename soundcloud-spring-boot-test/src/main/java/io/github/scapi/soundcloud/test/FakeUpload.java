package io.github.scapi.soundcloud.test;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A file the fake accepted in a multipart request, such as the audio of a new track or its
 * artwork. The fake keeps what the client said about the file and its size, not its bytes.
 *
 * @param resourceUrn the URN of the track or playlist the file was uploaded for
 * @param part the name of the form part, e.g. {@code track[asset_data]}
 * @param filename the file name the client sent, or {@code null} when it sent none
 * @param contentType the part's {@code Content-Type}, or {@code null} when it sent none
 * @param size the number of bytes received
 */
public record FakeUpload(String resourceUrn, String part, @Nullable String filename, @Nullable String contentType,
		long size) {

	/**
	 * Creates an upload record, checking the mandatory components.
	 * @param resourceUrn the URN of the resource
	 * @param part the part name
	 * @param filename the file name, or {@code null}
	 * @param contentType the content type, or {@code null}
	 * @param size the size in bytes
	 */
	public FakeUpload {
		Assert.hasText(resourceUrn, "'resourceUrn' must not be empty");
		Assert.hasText(part, "'part' must not be empty");
		Assert.isTrue(size >= 0, "'size' must not be negative");
	}

}
