package io.github.scapi.soundcloud.batchsample;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.scapi.soundcloud.model.Track;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Passes tracks through; {@code sample.fail-at} makes it fail, and {@code sample.halt-at}
 * makes it stop dead, at an item (counted from 1 in this step execution), to try a restart.
 *
 * @author scapi contributors
 */
class TrackProcessor implements ItemProcessor<Track, Track> {

	private final BatchSampleProperties properties;

	private int seen;

	TrackProcessor(BatchSampleProperties properties) {
		this.properties = properties;
	}

	@Override
	public Track process(Track track) throws Exception {
		int item = ++this.seen;
		if (item == this.properties.getFailAt()) {
			throw new IllegalStateException("Failing at item " + item + " as sample.fail-at asks");
		}
		String marker = this.properties.getHaltMarker();
		if (item == this.properties.getHaltAt() && marker != null) {
			Files.writeString(Path.of(marker), Integer.toString(item));
			// wait for the kill: nothing of this chunk is committed
			Thread.sleep(Long.MAX_VALUE);
		}
		return track;
	}

}
