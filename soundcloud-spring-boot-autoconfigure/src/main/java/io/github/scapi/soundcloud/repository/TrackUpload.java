package io.github.scapi.soundcloud.repository;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.util.Assert;

/**
 * A new track: the audio file and its metadata. The audio (and any artwork) is streamed from
 * its {@link Resource} while the request is sent, never read into memory as a whole; its
 * file name (and the content type guessed from it) is sent along, so prefer resources with a
 * name, such as {@code FileSystemResource} or {@code PathResource}. A
 * {@linkplain #withProgress(UploadProgressListener) progress listener} is told how much of the
 * audio was sent.
 *
 * @param audio the audio file ({@code track[asset_data]})
 * @param metadata the metadata; a title is required
 * @param progress told how much of the audio was sent, or {@code null}
 * @author scapi contributors
 */
public record TrackUpload(Resource audio, TrackUpdate metadata, @Nullable UploadProgressListener progress) {

	/**
	 * Check the upload.
	 * @param audio the audio file
	 * @param metadata the metadata
	 * @param progress told how much of the audio was sent, or {@code null}
	 */
	public TrackUpload {
		Assert.notNull(audio, "'audio' must not be null");
		Assert.notNull(metadata, "'metadata' must not be null");
		Assert.hasText(metadata.title(), "A track needs a title: set it with TrackUpdate.builder().title(...)");
	}

	/**
	 * Create an upload without a progress listener.
	 * @param audio the audio file
	 * @param metadata the metadata; a title is required
	 */
	public TrackUpload(Resource audio, TrackUpdate metadata) {
		this(audio, metadata, null);
	}

	/**
	 * Return this upload with a listener told how much of the audio was sent: first 0, then
	 * at most every 64 KiB (and about 200 times over a file of known length), last the
	 * file's size; see {@link UploadProgressListener}. Counting adds no copy of the audio.
	 * @param listener the listener
	 * @return a new upload
	 */
	public TrackUpload withProgress(UploadProgressListener listener) {
		Assert.notNull(listener, "'listener' must not be null");
		return new TrackUpload(this.audio, this.metadata, listener);
	}

	/**
	 * Create an upload with a title only.
	 * @param title the title
	 * @param audio the audio file
	 * @return the upload
	 */
	public static TrackUpload of(String title, Resource audio) {
		return new TrackUpload(audio, TrackUpdate.builder().title(title).build());
	}

	Map<String, Object> fields() {
		Map<String, Object> fields = new LinkedHashMap<>(this.metadata.fields());
		fields.put("asset_data",
				(this.progress != null) ? new ProgressReportingResource(this.audio, this.progress) : this.audio);
		return fields;
	}

	@Override
	public String toString() {
		return "TrackUpload[" + this.audio.getDescription() + ", " + this.metadata + "]";
	}

}
