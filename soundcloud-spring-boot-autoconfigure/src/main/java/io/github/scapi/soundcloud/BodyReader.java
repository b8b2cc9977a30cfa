package io.github.scapi.soundcloud;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a successful response, in the manner of Spring's
 * {@code ResponseExtractor}: the connector hands it the open body and closes it afterwards,
 * whatever the reader did. A reader that fails with an {@link IOException} reports a
 * connection that broke mid-body.
 *
 * @param <T> what is read
 * @author scapi contributors
 * @see SoundCloudConnector#download(java.net.URI, BodyReader)
 */
@FunctionalInterface
public interface BodyReader<T> {

	/**
	 * Read the body.
	 * @param body the body, closed by the connector afterwards
	 * @return what was read, or {@code null} for nothing
	 * @throws IOException if reading fails
	 */
	@Nullable T read(InputStream body) throws IOException;

}
