package io.github.scapi.soundcloud.upload;

import io.github.scapi.soundcloud.SoundCloudConnector;
import io.github.scapi.soundcloud.auth.StaticTokenAuthenticator;
import io.github.scapi.soundcloud.model.Track;
import io.github.scapi.soundcloud.repository.SoundCloudTrackRepository;
import io.github.scapi.soundcloud.repository.TrackUpload;

/**
 * Uploads generated audio through the repository, in a JVM whose heap is far smaller than
 * the upload: run by {@link StreamingUploadTests}.
 */
public final class UploadMain {

	private UploadMain() {
	}

	public static void main(String[] args) {
		SoundCloudConnector connector = SoundCloudConnector.builder()
			.baseUrl(args[0])
			.authenticator(new StaticTokenAuthenticator("upload-token"))
			.build();
		long size = Long.parseLong(args[1]);
		TrackUpload upload = TrackUpload.of("Two hundred megabytes", new GeneratedAudio(size));
		long[] last = { -1, 0 };
		if (args.length > 2 && args[2].equals("progress")) {
			upload = upload.withProgress((sent, total) -> {
				if (sent <= last[0]) {
					throw new IllegalStateException("progress went from " + last[0] + " to " + sent);
				}
				last[0] = sent;
				last[1]++;
			});
		}
		Track track = new SoundCloudTrackRepository(connector).create(upload);
		System.out.println("created " + track.urn() + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
				+ " MB, progress calls " + last[1] + ", last at " + last[0]);
	}

}
