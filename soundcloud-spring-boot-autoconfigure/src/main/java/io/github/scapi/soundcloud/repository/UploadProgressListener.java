package io.github.scapi.soundcloud.repository;

/**
 * Told how far the audio of a {@link TrackUpload} has been sent, for a progress bar.
 * <p>
 * It is called on the thread that writes the request body (the uploading thread with the
 * starter's default transport), counting the audio file's bytes as they are written to the
 * connection: first with {@code 0}, then at most once per 64 KiB and at most about 200
 * times over a file of known length, and last with the number of bytes in the file. The
 * bytes sent never go down between calls; if the request is sent again (a 307 or 308
 * redirect repeats it), the count stays where it was until the new sending passes it.
 * An exception thrown by the listener ends the upload with it.
 *
 * @author scapi contributors
 * @see TrackUpload#withProgress(UploadProgressListener)
 */
@FunctionalInterface
public interface UploadProgressListener {

	/**
	 * The audio was sent up to {@code bytesSent}.
	 * @param bytesSent the bytes of the audio file written so far
	 * @param totalBytes the size of the audio file, or {@code -1} when the resource cannot
	 * tell it without being read (an {@code InputStreamResource})
	 */
	void progress(long bytesSent, long totalBytes);

}
