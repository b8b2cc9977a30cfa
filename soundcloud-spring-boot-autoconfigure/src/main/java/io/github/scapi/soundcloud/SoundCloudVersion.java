package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of this library, read from a file the build writes, for the
 * {@code User-Agent} header and diagnostics.
 *
 * @author scapi contributors
 */
public final class SoundCloudVersion {

	private static final String VERSION = load();

	private SoundCloudVersion() {
	}

	/**
	 * Return the library's version.
	 * @return the version, or {@code "unknown"} when the build did not record it
	 */
	public static String get() {
		return VERSION;
	}

	/**
	 * Return the default {@code User-Agent}: the library, its version and the Java version.
	 * @return the header value
	 */
	public static String defaultUserAgent() {
		return "soundcloud-spring-boot-starter/" + VERSION + " (Java " + Runtime.version().feature() + ")";
	}

	private static String load() {
		try (InputStream in = SoundCloudVersion.class.getResourceAsStream("soundcloud-version.properties")) {
			if (in == null) {
				return "unknown";
			}
			Properties properties = new Properties();
			properties.load(in);
			String version = properties.getProperty("version", "unknown");
			return (version.startsWith("${") || version.startsWith("@")) ? "unknown" : version;
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
