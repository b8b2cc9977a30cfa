package io.github.scapi.soundcloud.jdbc;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Which requests SoundCloud counts as plays (15,000 per app in 24 hours): those that lead to
 * audio. SoundCloud names {@code /tracks/:id/stream}; today's API resolves a track's stream
 * URLs with {@code /tracks/{urn}/streams}, and each URL it returns,
 * {@code /tracks/{urn}/streams/{format}}, redirects to the audio. Those two count, once per
 * request sent (a retry is sent again, so it counts again). Listing the URLs does not, nor
 * does the 30-second {@code /preview}: counting them too would refuse plays that SoundCloud
 * still allows.
 *
 * @author scapi contributors
 */
final class PlayRequests {

	private static final Pattern PLAY = Pattern.compile(".*/tracks/[^/]+/(stream|streams/[^/]+)/?");

	private PlayRequests() {
	}

	static boolean isPlay(URI uri) {
		String path = uri.getRawPath();
		return path != null && PLAY.matcher(path).matches();
	}

}
