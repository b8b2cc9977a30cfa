package io.github.scapi.soundcloud.repository;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.util.Assert;

/**
 * A new track: the audio file and its metadata. The audio (and any artwork) is streamed from
 * its {@link Resource} while the request is sent, never read into memory as a whole; its
 * file name (and the content type guessed from it) is sent along, so prefer resources with a
 * name, such as {@code FileSystemResource} or {@code PathResource}.
 *
 * @param audio the audio file ({@code track[asset_data]})
 * @param metadata the metadata; a title is required
 * @author scapi contributors
 */
public record TrackUpload(Resource audio, TrackUpdate metadata) {

	/**
	 * Check the upload.
	 * @param audio the audio file
	 * @param metadata the metadata
	 */
	public TrackUpload {
		Assert.notNull(audio, "'audio' must not be null");
		Assert.notNull(metadata, "'metadata' must not be null");
		Assert.hasText(metadata.title(), "A track needs a title: set it with TrackUpdate.builder().title(...)");
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
		fields.put("asset_data", this.audio);
		return fields;
	}

	@Override
	public String toString() {
		return "TrackUpload[" + this.audio.getDescription() + ", " + this.metadata + "]";
	}

}
