package io.github.scapi.soundcloud.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds a {@code multipart/form-data} body by hand, so that tests control every byte.
 */
final class Multipart {

	private static final String BOUNDARY = "fake-boundary-7MA4YWxkTrZu0gW";

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	Multipart field(String name, String value) {
		write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
		return this;
	}

	Multipart file(String name, String filename, String contentType, byte[] bytes) {
		write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(bytes);
		write("\r\n");
		return this;
	}

	byte[] bytes() {
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		copy.writeBytes(this.body.toByteArray());
		copy.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return copy.toByteArray();
	}

	String contentType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
