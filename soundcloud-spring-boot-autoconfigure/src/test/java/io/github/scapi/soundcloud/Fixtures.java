package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the JSON and HTML fixtures that lie beside the tests.
 */
public final class Fixtures {

	private Fixtures() {
	}

	/**
	 * Read a fixture of this package, replacing {@code {{BASE}}} with a base URL.
	 * @param name the file name
	 * @param baseUrl the value for {@code {{BASE}}}
	 * @return the content
	 */
	public static String read(String name, String baseUrl) {
		try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No fixture " + name);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{BASE}}", baseUrl);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
